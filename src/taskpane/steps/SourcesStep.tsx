import { useMemo, useRef, useState } from 'react';
import {
  makeStyles,
  tokens,
  Button,
  Checkbox,
  Field,
  Input,
  Textarea,
  Subtitle2,
  Text,
  Badge,
} from '@fluentui/react-components';
import type { DetectResult, Grid } from '../../core/model';
import type { Settings } from '../../excel/types';
import type { Strings } from '../strings';
import { unitsOverview } from '../../core/consolidate';
import { parseUnitList } from '../../core/units';
import { ProvincePicker } from '../ProvincePicker';

/** Badges shown before "Show all": a province has up to 168 units. */
const NOT_SENT_SHOWN = 24;

const useStyles = makeStyles({
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalXS },
  row: { display: 'flex', gap: tokens.spacingHorizontalS, flexWrap: 'wrap' },
  list: { margin: 0, paddingLeft: tokens.spacingHorizontalL, color: tokens.colorNeutralForeground2 },
  hidden: { display: 'none' },
  report: { display: 'flex', alignItems: 'center', gap: tokens.spacingHorizontalXS },
  badge: { whiteSpace: 'nowrap', flexShrink: 0 },
});

export type SheetDetection = { grid: Grid; result: DetectResult };

export type SourcesStepProps = {
  t: Strings;
  detections: SheetDetection[];
  emptySheets: string[];
  selected: Set<string>;
  onToggle: (sheet: string, on: boolean) => void;
  settings: Settings;
  onSettings: (settings: Settings) => void;
  canImport: boolean;
  importing: boolean;
  onImport: (files: File[]) => void;
  onReload: () => void;
  onNext: () => void;
};

export function SourcesStep({
  t,
  detections,
  emptySheets,
  selected,
  onToggle,
  settings,
  onSettings,
  canImport,
  importing,
  onImport,
  onReload,
  onNext,
}: SourcesStepProps) {
  const styles = useStyles();
  const fileInput = useRef<HTMLInputElement>(null);
  const [unitsText, setUnitsText] = useState(settings.expectedUnits.join('\n'));
  const reports = detections.filter((d) => d.result.kind === 'report');
  const others = detections.filter((d) => d.result.kind === 'not_report');
  // Who must report and who has not, named as the consolidation will name them (the province's list or the pasted one).
  const overview = useMemo(
    () =>
      unitsOverview(
        reports.flatMap((d) => (d.result.kind === 'report' && selected.has(d.grid.name) ? [d.result.report] : [])),
        settings,
      ),
    [reports, selected, settings],
  );
  const notSent = overview.missing;
  const [allShown, setAllShown] = useState(false);

  return (
    <>
      <div className={styles.row}>
        <Button appearance="primary" disabled={importing} onClick={() => fileInput.current?.click()}>
          {importing ? t.importing : t.importFiles}
        </Button>
        <Button onClick={onReload}>{t.reload}</Button>
        {/* The file picker: several .xlsx at once. Shown even without ExcelApi 1.13, to explain why it cannot. */}
        <input
          ref={fileInput}
          className={styles.hidden}
          type="file"
          accept=".xlsx,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          multiple
          aria-label={t.importFiles}
          data-can-import={canImport}
          onChange={(e) => {
            const files = [...(e.target.files ?? [])];
            e.target.value = '';
            if (files.length) onImport(files);
          }}
        />
      </div>
      <section className={styles.section} aria-label={t.reportsFound(reports.length)}>
        <Subtitle2 as="h2">{t.reportsFound(reports.length)}</Subtitle2>
        {reports.length === 0 && <Text>{t.noSheets}</Text>}
        {reports.map(({ grid, result }) =>
          result.kind === 'report' ? (
            <div key={grid.name} className={styles.report}>
              <Checkbox
                checked={selected.has(grid.name)}
                onChange={(_, data) => onToggle(grid.name, Boolean(data.checked))}
                label={`${grid.name} — ${result.report.unit ?? t.unitUnknown} · ${result.report.period ?? t.periodUnknown}`}
              />
              {/* A sheet whose unit or period was not recognised is still ticked, but a person should look at it. */}
              {(result.report.unit === null || result.report.period === null) && (
                <Badge color="warning" appearance="tint" className={styles.badge}>
                  {t.checkThis}
                </Badge>
              )}
            </div>
          ) : null,
        )}
      </section>
      {(others.length > 0 || emptySheets.length > 0) && (
        <section className={styles.section} aria-label={t.notReports(others.length)}>
          <Subtitle2 as="h2">{t.notReports(others.length)}</Subtitle2>
          <ul className={styles.list}>
            {others.map(({ grid, result }) => (
              <li key={grid.name}>
                {grid.name}: {result.kind === 'not_report' ? result.reason : ''}
              </li>
            ))}
          </ul>
          {emptySheets.length > 0 && <Text size={200}>{t.emptySheets(emptySheets.join(', '))}</Text>}
        </section>
      )}
      <section className={styles.section}>
        <ProvincePicker
          t={t}
          province={settings.province}
          era={settings.era}
          overview={overview}
          onChange={({ province, era }) => onSettings({ ...settings, province, era })}
        />
        <Field label={t.expectedUnits}>
          <Textarea
            value={unitsText}
            resize="vertical"
            rows={4}
            onChange={(_, data) => setUnitsText(data.value)}
            onBlur={() => onSettings({ ...settings, expectedUnits: parseUnitList(unitsText) })}
          />
        </Field>
        {overview.expected && notSent.length > 0 && (
          <Text>{t.sentOf(overview.expected.length - notSent.length, overview.expected.length)}</Text>
        )}
        {overview.expected &&
          (notSent.length ? (
            <div className={styles.row} role="group" aria-label={t.notSent(notSent.length)}>
              <Text weight="semibold">{t.notSent(notSent.length)}:</Text>
              {(allShown ? notSent : notSent.slice(0, NOT_SENT_SHOWN)).map((u) => (
                <Badge key={u.name} color="danger" appearance="tint">
                  {u.code ? `${u.name} (${u.code})` : u.name}
                </Badge>
              ))}
              {!allShown && notSent.length > NOT_SENT_SHOWN && (
                <Button size="small" appearance="transparent" onClick={() => setAllShown(true)}>
                  {t.showAll(notSent.length)}
                </Button>
              )}
            </div>
          ) : (
            <Text>{t.allSent}</Text>
          ))}
        <SettingInput
          label={t.period}
          value={settings.period}
          onCommit={(period) => onSettings({ ...settings, period })}
        />
        <SettingInput
          label={t.department}
          value={settings.department}
          onCommit={(department) => onSettings({ ...settings, department })}
        />
      </section>
      <div className={styles.row}>
        <Button appearance="primary" onClick={onNext} disabled={selected.size === 0}>
          {t.next}
        </Button>
      </div>
    </>
  );
}

function SettingInput({ label, value, onCommit }: { label: string; value: string; onCommit: (v: string) => void }) {
  const [text, setText] = useState(value);
  return (
    <Field label={label}>
      <Input
        value={text}
        onChange={(_, d) => setText(d.value)}
        onBlur={() => text !== value && onCommit(text.trim())}
      />
    </Field>
  );
}
