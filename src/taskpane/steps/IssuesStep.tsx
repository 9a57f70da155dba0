import { useMemo, useState } from 'react';
import { makeStyles, tokens, Button, Dropdown, Option, Field, Text, Badge } from '@fluentui/react-components';
import type { ConsolidationResult, Severity } from '../../core/model';
import { SEVERITY_TEXTS, SEVERITY_ORDER } from '../../core/issues';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  filters: { display: 'grid', gridTemplateColumns: 'repeat(auto-fit, minmax(140px, 1fr))', gap: tokens.spacingHorizontalS },
  list: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS, margin: 0, padding: 0, listStyleType: 'none' },
  issue: { justifyContent: 'flex-start', textAlign: 'left', width: '100%', height: 'auto', paddingBlock: tokens.spacingVerticalS, gap: tokens.spacingHorizontalS },
});

const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'informative'> = { error: 'danger', warning: 'warning', info: 'informative' };
const ALL = '*';

export type IssuesStepProps = {
  t: Strings;
  lang: 'vi' | 'en';
  result: ConsolidationResult | null;
  onSelect: (cell: string) => void;
};

export function IssuesStep({ t, lang, result, onSelect }: IssuesStepProps) {
  const styles = useStyles();
  const [severity, setSeverity] = useState<string>(ALL);
  const [unit, setUnit] = useState<string>(ALL);
  const [indicator, setIndicator] = useState<string>(ALL);
  const issues = result?.issues ?? [];
  const names = useMemo(() => new Map((result?.summary.catalog.indicators ?? []).map((i) => [i.id, lang === 'en' && i.nameEn ? i.nameEn : i.name])), [result, lang]);
  const units = useMemo(() => [...new Set(issues.map((i) => i.unit).filter((u): u is string => Boolean(u)))].sort(), [issues]);
  const indicators = useMemo(() => [...new Set(issues.map((i) => i.indicator).filter((u): u is string => Boolean(u)))], [issues]);
  const shown = useMemo(
    () =>
      issues
        .filter((i) => (severity === ALL || i.severity === severity) && (unit === ALL || i.unit === unit) && (indicator === ALL || i.indicator === indicator))
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    [issues, severity, unit, indicator],
  );

  if (!result) return <Text>{t.noRunYet}</Text>;
  const label = (options: Map<string, string>, value: string) => (value === ALL ? t.all : options.get(value) ?? value);
  const severityNames = new Map((['error', 'warning', 'info'] as const).map((s) => [s, SEVERITY_TEXTS[s][lang]]));
  const unitNames = new Map(units.map((u) => [u, u]));

  return (
    <>
      <div className={styles.filters}>
        <FilterDropdown label={t.filterSeverity} value={severity} text={label(severityNames, severity)} options={severityNames} all={t.all} onChange={setSeverity} />
        <FilterDropdown label={t.filterUnit} value={unit} text={label(unitNames, unit)} options={unitNames} all={t.all} onChange={setUnit} />
        <FilterDropdown label={t.filterIndicator} value={indicator} text={label(names, indicator)} options={new Map(indicators.map((i) => [i, names.get(i) ?? i]))} all={t.all} onChange={setIndicator} />
      </div>
      <Text size={200}>{issues.length ? t.issuesCount(shown.length, issues.length) : t.issuesNone}</Text>
      <ul className={styles.list} aria-label={t.stepIssues}>
        {shown.slice(0, 500).map((issue, n) => (
          <li key={`${issue.code}|${issue.cell}|${n}`}>
            <Button
              appearance="subtle"
              className={styles.issue}
              disabled={!issue.cell}
              title={issue.cell ? t.goToCell(issue.cell) : undefined}
              onClick={() => issue.cell && onSelect(issue.cell)}
            >
              <Badge color={SEVERITY_COLOR[issue.severity]} appearance="filled">
                {SEVERITY_TEXTS[issue.severity][lang]}
              </Badge>
              <span>{lang === 'en' ? issue.messageEn : issue.message}</span>
            </Button>
          </li>
        ))}
      </ul>
    </>
  );
}

type FilterDropdownProps = { label: string; value: string; text: string; options: Map<string, string>; all: string; onChange: (v: string) => void };

function FilterDropdown({ label, value, text, options, all, onChange }: FilterDropdownProps) {
  return (
    <Field label={label}>
      <Dropdown value={text} selectedOptions={[value]} onOptionSelect={(_, d) => onChange(d.optionValue ?? ALL)}>
        <Option value={ALL}>{all}</Option>
        {[...options].map(([v, name]) => (
          <Option key={v} value={v}>
            {name}
          </Option>
        ))}
      </Dropdown>
    </Field>
  );
}
