import { useMemo, useState } from 'react';
import { makeStyles, tokens, Combobox, Field, Radio, RadioGroup, useComboboxFilter } from '@fluentui/react-components';
import type { UnitsOverview } from '../core/consolidate';
import { provinceKey, provinceNames } from '../core/units';
import type { Strings } from './strings';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
});

export type UnitsChoice = { province: string; era?: 'before' | 'since' };

export type ProvincePickerProps = {
  t: Strings;
  province: string;
  era?: 'before' | 'since';
  /** Who must report for the period being consolidated, as core names them (its era, the list in play). */
  overview: UnitsOverview;
  onChange: (choice: UnitsChoice) => void;
};

/**
 * The province, chosen once and kept in the workbook: the gazetteer then gives the units that must report. For a
 * period across 1 July 2025 it asks which list applies (districts before, communes since), or takes both.
 */
export function ProvincePicker({ t, province, era, overview, onChange }: ProvincePickerProps) {
  const styles = useStyles();
  const names = useMemo(() => provinceNames(), []);
  const [query, setQuery] = useState(province);
  // "binh phuoc", "Bình Phước" and "BÌNH PHƯỚC" find the same province.
  const options = useComboboxFilter(query, names, {
    noOptionsMessage: t.provinceNone,
    filter: (name, typed) => provinceKey(name).includes(provinceKey(typed)),
  });
  const from = overview.unitsFrom;
  const hint =
    from?.source === 'gazetteer' && from.province && from.era && overview.expected
      ? t.provinceUnits(from.province, overview.expected.length, from.era)
      : t.provinceHint;
  return (
    <div className={styles.root}>
      <Field label={t.provinceLabel} hint={hint}>
        <Combobox
          value={query}
          selectedOptions={province ? [province] : []}
          onChange={(e) => setQuery(e.target.value)}
          onOptionSelect={(_, data) => {
            const chosen = data.optionText ?? '';
            setQuery(chosen);
            if (chosen !== province) onChange({ province: chosen, era });
          }}
          onBlur={() => {
            // Cleared by the user: no province, no gazetteer list.
            if (query.trim() === '' && province !== '') onChange({ province: '', era });
          }}
        >
          {options}
        </Combobox>
      </Field>
      {province && overview.asksEra && (
        <Field label={t.eraQuestion(overview.period ?? '')}>
          <RadioGroup
            value={era ?? 'both'}
            onChange={(_, data) =>
              onChange({ province, era: data.value === 'before' || data.value === 'since' ? data.value : undefined })
            }
          >
            <Radio value="both" label={t.eraBoth} />
            <Radio value="before" label={t.eraBefore} />
            <Radio value="since" label={t.eraSince} />
          </RadioGroup>
        </Field>
      )}
    </div>
  );
}
