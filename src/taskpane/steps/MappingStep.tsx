import { useMemo, useState } from 'react';
import { makeStyles, tokens, Button, Dropdown, Option, Spinner, Text, Badge, Caption1 } from '@fluentui/react-components';
import type { Catalog, ConsolidationResult } from '../../core/model';
import { createMatcher, MATCH_THRESHOLD } from '../../core/match';
import { formatCellRef } from '../../core/address/address';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  item: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXXS, paddingBlock: tokens.spacingVerticalS, borderBottom: `${tokens.strokeWidthThin} solid ${tokens.colorNeutralStroke2}` },
  head: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  list: { display: 'flex', flexDirection: 'column' },
});

/** Below this confidence a matched label is shown for review too. */
const REVIEW_BELOW = Math.min(0.95, MATCH_THRESHOLD + 0.1);

export type MappingStepProps = {
  t: Strings;
  analysis: ConsolidationResult | null;
  catalog: Catalog;
  onChoose: (indicatorId: string, label: string) => void;
  onNext: () => void;
};

type Row = { key: string; unit: string; label: string; cell: string; confidence: number | null; candidates: string[] };

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
      key: `${u.unit}|${u.label}`,
      unit: u.unit,
      label: u.label,
      cell: formatCellRef(u.cell),
      confidence: null,
      candidates: candidatesOf(u.label, u.candidates.map((c) => c.id)),
    }));
    const low: Row[] = analysis.summary.mapping
      .filter((m) => m.indicatorId && m.confidence < REVIEW_BELOW)
      .map((m) => ({ key: `${m.unit}|${m.label}`, unit: m.unit, label: m.label, cell: formatCellRef(m.cell), confidence: m.confidence, candidates: candidatesOf(m.label, [m.indicatorId as string]) }));
    const seen = new Set<string>();
    return [...unmatched, ...low].filter((r) => (seen.has(r.key) ? false : (seen.add(r.key), true)));
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
            <Caption1>
              {row.unit} · {row.cell}
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
