import { useMemo, useState } from 'react';
import {
  makeStyles,
  mergeClasses,
  tokens,
  Button,
  Dropdown,
  Option,
  Field,
  Text,
  Badge,
  Caption1,
} from '@fluentui/react-components';
import type { ConsolidationResult, Severity } from '../../core/model';
import { SEVERITY_TEXTS, SEVERITY_ORDER } from '../../core/issues';
import { shortCellRef } from '../cell-label';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  // Severity and unit side by side; the indicator (long Vietnamese names) gets the whole width.
  filters: { display: 'grid', gridTemplateColumns: 'minmax(0, 1fr) minmax(0, 1fr)', gap: tokens.spacingHorizontalS },
  wide: { gridColumn: '1 / -1' },
  dropdown: { minWidth: 0, width: '100%' },
  list: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXXS,
    margin: 0,
    padding: 0,
    listStyleType: 'none',
  },
  issue: {
    flexDirection: 'column',
    alignItems: 'stretch',
    textAlign: 'left',
    width: '100%',
    height: 'auto',
    paddingBlock: tokens.spacingVerticalS,
    gap: tokens.spacingVerticalXXS,
    fontWeight: tokens.fontWeightRegular,
  },
  current: {
    backgroundColor: tokens.colorSubtleBackgroundSelected,
    boxShadow: `inset ${tokens.strokeWidthThick} 0 0 ${tokens.colorBrandStroke1}`,
  },
  head: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalS, minWidth: 0 },
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
  where: {
    color: tokens.colorNeutralForeground2,
    overflow: 'hidden',
    textOverflow: 'ellipsis',
    whiteSpace: 'nowrap',
    minWidth: 0,
  },
});

// Tint badges: coloured text on a pale ground keeps the contrast that the grey "informative" fill lacked.
const SEVERITY_COLOR: Record<Severity, 'danger' | 'warning' | 'brand'> = {
  error: 'danger',
  warning: 'warning',
  info: 'brand',
};
const ALL = '*';

export type IssuesStepProps = {
  t: Strings;
  lang: 'vi' | 'en';
  result: ConsolidationResult | null;
  onSelect: (cell: string) => void;
  /** Shown with the empty state: the issues exist only after a run. */
  onRunFirst: () => void;
};

export function IssuesStep({ t, lang, result, onSelect, onRunFirst }: IssuesStepProps) {
  const styles = useStyles();
  const [current, setCurrent] = useState<string | null>(null);
  const [severity, setSeverity] = useState<string>(ALL);
  const [unit, setUnit] = useState<string>(ALL);
  const [indicator, setIndicator] = useState<string>(ALL);
  const issues = useMemo(() => result?.issues ?? [], [result]);
  const names = useMemo(
    () =>
      new Map(
        (result?.summary.catalog.indicators ?? []).map((i) => [i.id, lang === 'en' && i.nameEn ? i.nameEn : i.name]),
      ),
    [result, lang],
  );
  const units = useMemo(
    () => [...new Set(issues.map((i) => i.unit).filter((u): u is string => Boolean(u)))].sort(),
    [issues],
  );
  const indicators = useMemo(
    () => [...new Set(issues.map((i) => i.indicator).filter((u): u is string => Boolean(u)))],
    [issues],
  );
  const shown = useMemo(
    () =>
      issues
        .filter(
          (i) =>
            (severity === ALL || i.severity === severity) &&
            (unit === ALL || i.unit === unit) &&
            (indicator === ALL || i.indicator === indicator),
        )
        .sort((a, b) => SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity]),
    [issues, severity, unit, indicator],
  );

  if (!result)
    return (
      <>
        <Text>{t.noRunYet}</Text>
        <div>
          <Button appearance="primary" onClick={onRunFirst}>
            {t.goToConsolidate}
          </Button>
        </div>
      </>
    );
  const label = (options: Map<string, string>, value: string) =>
    value === ALL ? t.all : (options.get(value) ?? value);
  const severityNames = new Map((['error', 'warning', 'info'] as const).map((s) => [s, SEVERITY_TEXTS[s][lang]]));
  const unitNames = new Map(units.map((u) => [u, u]));

  return (
    <>
      <div className={styles.filters}>
        <FilterDropdown
          label={t.filterSeverity}
          value={severity}
          text={label(severityNames, severity)}
          options={severityNames}
          all={t.all}
          onChange={setSeverity}
        />
        <FilterDropdown
          label={t.filterUnit}
          value={unit}
          text={label(unitNames, unit)}
          options={unitNames}
          all={t.all}
          onChange={setUnit}
        />
        <FilterDropdown
          className={styles.wide}
          label={t.filterIndicator}
          value={indicator}
          text={label(names, indicator)}
          options={new Map(indicators.map((i) => [i, names.get(i) ?? i]))}
          all={t.all}
          onChange={setIndicator}
        />
      </div>
      <Text size={200} aria-live="polite">
        {issues.length ? t.issuesCount(shown.length, issues.length) : t.issuesNone}
      </Text>
      <ul className={styles.list} aria-label={t.stepIssues}>
        {shown.slice(0, 500).map((issue, n) => {
          const key = `${issue.code}|${issue.cell}|${issue.unit}|${n}`;
          const severityText = SEVERITY_TEXTS[issue.severity][lang];
          const unitText = issue.unit ?? t.wholeProvince;
          const message = lang === 'en' ? issue.messageEn : issue.message;
          const isCurrent = current === key;
          return (
            <li key={key}>
              {/* Issues without a cell stay focusable (read by Tab like the others) but do nothing. */}
              <Button
                appearance="subtle"
                className={mergeClasses(styles.issue, isCurrent && styles.current)}
                disabledFocusable={!issue.cell}
                aria-label={t.issueName(severityText, unitText, message)}
                aria-current={isCurrent || undefined}
                title={issue.cell ? t.goToCell(shortCellRef(issue.cell)) : undefined}
                onClick={() => {
                  if (!issue.cell) return;
                  setCurrent(key);
                  onSelect(issue.cell);
                }}
              >
                <span className={styles.head}>
                  <Badge className={styles.badge} color={SEVERITY_COLOR[issue.severity]} appearance="tint">
                    {severityText}
                  </Badge>
                  <Caption1 className={styles.where}>
                    {unitText} · {issue.cell ? shortCellRef(issue.cell) : t.noCell}
                  </Caption1>
                </span>
                <span>{message}</span>
              </Button>
            </li>
          );
        })}
      </ul>
    </>
  );
}

type FilterDropdownProps = {
  label: string;
  value: string;
  text: string;
  options: Map<string, string>;
  all: string;
  onChange: (v: string) => void;
  className?: string;
};

function FilterDropdown({ label, value, text, options, all, onChange, className }: FilterDropdownProps) {
  const styles = useStyles();
  return (
    <Field label={label} className={className}>
      <Dropdown
        className={styles.dropdown}
        value={text}
        selectedOptions={[value]}
        onOptionSelect={(_, d) => onChange(d.optionValue ?? ALL)}
      >
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
