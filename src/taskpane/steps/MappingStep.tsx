import { useMemo, useState } from 'react';
import {
  makeStyles,
  tokens,
  Button,
  Dropdown,
  Option,
  Spinner,
  Text,
  Badge,
  Caption1,
} from '@fluentui/react-components';
import type { Catalog, ConsolidationResult } from '../../core/model';
import { pendingDecisions, type PendingDecision } from '../../core/learn';
import { formatCellRef } from '../../core/address/address';
import { shortCellRef } from '../cell-label';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  item: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    paddingBlock: tokens.spacingVerticalS,
    borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}`,
  },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  actions: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  list: { display: 'flex', flexDirection: 'column' },
  reason: { color: tokens.colorNeutralForeground3 },
});

export type MappingStepProps = {
  t: Strings;
  /** The dry run's result: its likely and unmatched rows are what a person decides here. */
  analysis: ConsolidationResult | null;
  catalog: Catalog;
  lang?: 'vi' | 'en';
  onChoose: (indicatorId: string, label: string) => void;
  onNext: () => void;
};

/** The indicators offered for a decision: its proposal and closest ones first, then the whole catalog. */
function choicesOf(decision: PendingDecision, catalog: Catalog): string[] {
  return [
    ...new Set([
      ...(decision.proposal ? [decision.proposal] : []),
      ...decision.candidates.map((c) => c.id),
      ...catalog.indicators.map((i) => i.id),
    ]),
  ];
}

/**
 * One decision per wording across units ("Số hộ dân → Số hộ gia đình · 9 đơn vị · Đồng ý cả 9 đơn vị"): likely
 * matches, already in the totals, to confirm; unmatched ones to map. Each choice becomes an alias.
 */
export function MappingStep({ t, analysis, catalog, lang = 'vi', onChoose, onNext }: MappingStepProps) {
  const styles = useStyles();
  const [saved, setSaved] = useState<Record<string, string>>({});
  const names = useMemo(() => new Map(catalog.indicators.map((i) => [i.id, i.name])), [catalog]);
  const decisions = useMemo(() => (analysis ? pendingDecisions(analysis.summary) : []), [analysis]);

  if (!analysis) return <Spinner label={t.analysing} />;
  const choose = (decision: PendingDecision, id: string) => {
    setSaved((s) => ({ ...s, [decision.key]: id }));
    onChoose(id, decision.label);
  };
  return (
    <>
      <Text>{decisions.length ? t.mappingIntro : t.mappingNone}</Text>
      <div className={styles.list} role="list">
        {decisions.map((d) => {
          const units = [...new Set(d.places.map((p) => p.unit))];
          const where =
            units.length === 1
              ? `${units[0]} · ${shortCellRef(formatCellRef(d.places[0].cell))}`
              : `${t.mappingWhere(units.length)}: ${units.join(', ')}`;
          const choice = saved[d.key];
          return (
            <div key={d.key} className={styles.item} role="listitem" aria-label={d.label}>
              <div className={styles.head}>
                <Text weight="semibold">{d.label}</Text>
                {d.proposal && <Text>→ {names.get(d.proposal) ?? d.proposal}</Text>}
                <Badge appearance="tint" color={d.status === 'likely' ? 'warning' : 'danger'}>
                  {d.status === 'likely'
                    ? `${t.mappingLikely} · ${t.mappingApplied}`
                    : `${t.mappingUnmatched} · ${t.mappingNotApplied}`}
                </Badge>
                {choice && <Badge color="success">{t.mappingSaved}</Badge>}
              </div>
              <Caption1 title={d.places.map((p) => `${p.unit} · ${shortCellRef(formatCellRef(p.cell))}`).join('\n')}>
                {where}
              </Caption1>
              <Caption1 className={styles.reason}>{lang === 'en' ? d.reasonEn : d.reason}</Caption1>
              <div className={styles.actions}>
                {d.proposal && (
                  <Button
                    appearance="primary"
                    size="small"
                    disabled={choice === d.proposal}
                    onClick={() => choose(d, d.proposal as string)}
                  >
                    {t.mappingAgree(units.length)}
                  </Button>
                )}
                <Dropdown
                  aria-label={`${d.proposal ? t.mappingChooseOther : t.mappingChoose}: ${d.label}`}
                  placeholder={d.proposal ? t.mappingChooseOther : t.mappingChoose}
                  selectedOptions={choice ? [choice] : []}
                  value={choice ? (names.get(choice) ?? '') : ''}
                  onOptionSelect={(_, data) => {
                    if (data.optionValue) choose(d, data.optionValue);
                  }}
                >
                  {choicesOf(d, catalog)
                    .slice(0, 30)
                    .map((id) => (
                      <Option key={id} value={id} text={names.get(id) ?? id}>
                        {names.get(id) ?? id}
                      </Option>
                    ))}
                </Dropdown>
              </div>
            </div>
          );
        })}
      </div>
      <div>
        <Button appearance="primary" onClick={onNext}>
          {t.next}
        </Button>
      </div>
    </>
  );
}
