import { useMemo, useState } from 'react';
import { makeStyles, tokens, Button, Dropdown, Option, Spinner, Text, Badge, Caption1 } from '@fluentui/react-components';
import type { Catalog, ConsolidationResult } from '../../core/model';
import { createMatcher } from '../../core/match';
import { formatCellRef } from '../../core/address/address';
import { shortCellRef } from '../cell-label';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  list: { display: 'flex', flexDirection: 'column' },
});


export type MappingStepProps = {
  t: Strings;
  analysis: ConsolidationResult | null;
  catalog: Catalog;
  onChoose: (indicatorId: string, label: string) => void;
  onNext: () => void;
};

type Place = { unit: string; cell: string };
/** One label to decide, with every unit that wrote it: one choice covers them all (it becomes an alias). */
type Row = { key: string; label: string; places: Place[]; confidence: number | null; candidates: string[] };

export function MappingStep({ t, analysis, catalog, onChoose, onNext }: MappingStepProps) {
  const styles = useStyles();
  const [saved, setSaved] = useState<Record<string, string>>({});
  const names = useMemo(() => new Map(catalog.indicators.map((i) => [i.id, i.name])), [catalog]);
  const rows: Row[] = useMemo(() => {
    if (!analysis) return [];
    const matcher = createMatcher(analysis.summary.catalog);
    const candidatesOf = (label: string, fallback: string[]): string[] => {
      const m = matcher.match(label);
      const ids = m.kind === 'ignored' ? [] : m.candidates.map((c) => c.id);
      return [...new Set([...fallback, ...ids, ...catalog.indicators.map((i) => i.id)])];
    };
    const unmatched: Row[] = analysis.summary.unmatched.map((u) => ({
      key: u.label,
      label: u.label,
      places: [{ unit: u.unit, cell: formatCellRef(u.cell) }],
      confidence: null,
      candidates: candidatesOf(u.label, u.candidates.map((c) => c.id)),
    }));
    const low: Row[] = analysis.summary.mapping
      .filter((m) => m.indicatorId && m.tier === 'likely')
      .map((m) => ({ key: m.label, label: m.label, places: [{ unit: m.unit, cell: formatCellRef(m.cell) }], confidence: m.confidence, candidates: candidatesOf(m.label, [m.indicatorId as string]) }));
    const byLabel = new Map<string, Row>();
    for (const row of [...unmatched, ...low]) {
      const seen = byLabel.get(row.key);
      if (!seen) byLabel.set(row.key, row);
      else if (!seen.places.some((p) => p.unit === row.places[0].unit)) seen.places.push(...row.places);
    }
    return [...byLabel.values()];
  }, [analysis, catalog]);

  if (!analysis) return <Spinner label={t.analysing} />;
  return (
    <>
      <Text>{rows.length ? t.mappingIntro : t.mappingNone}</Text>
      <div className={styles.list} role="list">
        {rows.map((row) => (
          <div key={row.key} className={styles.item} role="listitem">
            <div className={styles.head}>
              <Text weight="semibold">{row.label}</Text>
              <Badge appearance="tint" color={row.confidence === null ? 'danger' : 'warning'}>
                {row.confidence === null ? t.mappingUnmatched : t.mappingLowConfidence(Math.round(row.confidence * 100))}
              </Badge>
              {saved[row.key] && <Badge color="success">{t.mappingSaved}</Badge>}
            </div>
            <Caption1 title={row.places.map((p) => `${p.unit} · ${shortCellRef(p.cell)}`).join('\n')}>
              {row.places.length === 1 ? `${row.places[0].unit} · ${shortCellRef(row.places[0].cell)}` : `${t.mappingWhere(row.places.length)}: ${row.places.map((p) => p.unit).join(', ')}`}
            </Caption1>
            <Dropdown
              aria-label={`${t.mappingChoose}: ${row.label}`}
              placeholder={t.mappingChoose}
              selectedOptions={saved[row.key] ? [saved[row.key]] : []}
              value={saved[row.key] ? names.get(saved[row.key]) ?? '' : ''}
              onOptionSelect={(_, data) => {
                if (!data.optionValue) return;
                setSaved((s) => ({ ...s, [row.key]: data.optionValue as string }));
                onChoose(data.optionValue, row.label);
              }}
            >
              {row.candidates.slice(0, 30).map((id) => (
                <Option key={id} value={id} text={names.get(id) ?? id}>
                  {names.get(id) ?? id}
                </Option>
              ))}
            </Dropdown>
          </div>
        ))}
      </div>
      <div>
        <Button appearance="primary" onClick={onNext}>
          {t.next}
        </Button>
      </div>
    </>
  );
}
