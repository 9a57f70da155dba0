import {
  makeStyles,
  tokens,
  Button,
  Dropdown,
  Field,
  Option,
  ProgressBar,
  Text,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
} from '@fluentui/react-components';
import type { EngineOutput } from '../engine';
import type { UnitsLayout } from '../../core/render';
import type { WriteResult } from '../../excel/types';
import type { Strings } from '../strings';

const useStyles = makeStyles({
  row: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', flexWrap: 'wrap' },
  section: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalS },
  list: {
    margin: 0,
    padding: 0,
    listStyleType: 'none',
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalXS,
  },
  // The sheet's name on the left, its "Show" button lined up on the right.
  sheet: { display: 'flex', gap: tokens.spacingHorizontalS, alignItems: 'center', justifyContent: 'space-between' },
});

export type RunState =
  | { status: 'idle' | 'done' | 'cancelled' | 'failed' }
  | { status: 'reading' | 'running' | 'writing'; progress: number };

/** Notes the pane adds around a run (the workbook changed, parts refused, the engine ran on the main thread). */
export type RunMessage = { intent: 'info' | 'warning'; title?: string; lines: string[] };

export type ConsolidateStepProps = {
  t: Strings;
  sheetCount: number;
  /** Sheets holding an earlier period's summary; choosing one adds a change column and jump checks. */
  previousSheets: string[];
  previousSheet: string;
  onPrevious: (sheet: string) => void;
  /** How the "Theo đơn vị" sheet lists the units. */
  layout: UnitsLayout;
  onLayout: (layout: UnitsLayout) => void;
  run: RunState;
  output: { out: EngineOutput; written: WriteResult } | null;
  onRun: () => void;
  onCancel: () => void;
  onShow: (sheet: string) => void;
  onNext: () => void;
  messages?: RunMessage[];
};

export function ConsolidateStep({
  t,
  sheetCount,
  previousSheets,
  previousSheet,
  onPrevious,
  layout,
  onLayout,
  run,
  output,
  onRun,
  onCancel,
  onShow,
  onNext,
  messages = [],
}: ConsolidateStepProps) {
  const styles = useStyles();
  const active = run.status === 'reading' || run.status === 'running' || run.status === 'writing';
  const layoutText: Record<UnitsLayout, string> = { auto: t.layoutAuto, rows: t.layoutRows, columns: t.layoutColumns };
  return (
    <>
      <Text>{t.consolidateIntro(sheetCount)}</Text>
      {previousSheets.length > 0 && (
        <Field label={t.previousLabel} hint={t.previousHint}>
          <Dropdown
            value={previousSheet || t.previousNone}
            selectedOptions={[previousSheet]}
            disabled={active}
            onOptionSelect={(_, data) => onPrevious(data.optionValue ?? '')}
          >
            <Option value="">{t.previousNone}</Option>
            {previousSheets.map((name) => (
              <Option key={name} value={name}>
                {name}
              </Option>
            ))}
          </Dropdown>
        </Field>
      )}
      <Field label={t.layoutLabel} hint={t.layoutHint}>
        <Dropdown
          value={layoutText[layout]}
          selectedOptions={[layout]}
          disabled={active}
          onOptionSelect={(_, data) => onLayout((data.optionValue as UnitsLayout | undefined) ?? 'auto')}
        >
          {(['auto', 'rows', 'columns'] as const).map((l) => (
            <Option key={l} value={l}>
              {layoutText[l]}
            </Option>
          ))}
        </Dropdown>
      </Field>
      <div className={styles.row}>
        <Button appearance="primary" disabled={active || sheetCount === 0} onClick={onRun}>
          {t.run}
        </Button>
        {/* Cancel stops the engine; once writing has begun the swap is all-or-nothing, so it is no longer offered. */}
        {active && (
          <Button disabled={run.status === 'writing'} onClick={onCancel}>
            {t.cancel}
          </Button>
        )}
      </div>
      {active && <Progress t={t} status={run.status} progress={run.progress} />}
      {messages.map((m, i) => (
        <MessageBar key={i} intent={m.intent} role="status">
          <MessageBarBody>
            {m.title && <MessageBarTitle>{m.title}</MessageBarTitle>}
            {m.lines.join(' ')}
          </MessageBarBody>
        </MessageBar>
      ))}
      {run.status === 'cancelled' && (
        <MessageBar intent="info" role="status">
          <MessageBarBody>{t.cancelled}</MessageBarBody>
        </MessageBar>
      )}
      {output && run.status === 'done' && (
        <section aria-label={t.written} className={styles.section}>
          <MessageBar intent="success" role="status">
            <MessageBarBody>
              {t.summaryLine(
                output.out.result.summary.units.length,
                output.out.result.summary.rows.length,
                output.out.result.issues.length,
              )}
            </MessageBarBody>
          </MessageBar>
          <Text weight="semibold">{t.written}</Text>
          <ul className={styles.list}>
            {output.written.sheets.map((s) => (
              <li key={s.name} className={styles.sheet}>
                <Text>{t.writtenSheet(s.name, s.rows, s.replaced)}</Text>
                <Button size="small" aria-label={`${t.show} ${s.name}`} onClick={() => onShow(s.name)}>
                  {t.show}
                </Button>
              </li>
            ))}
          </ul>
          {output.written.notes === 'column' && <Text size={200}>{t.notesColumn}</Text>}
          <div>
            <Button appearance="primary" onClick={onNext}>
              {t.next}
            </Button>
          </div>
        </section>
      )}
    </>
  );
}

/** The engine's 0..1 progress as a percentage bar, named and valued for screen readers. */
function Progress({
  t,
  status,
  progress,
}: {
  t: Strings;
  status: 'reading' | 'running' | 'writing';
  progress: number;
}) {
  const percent = Math.round(Math.min(1, Math.max(0, progress)) * 100);
  const label = status === 'reading' ? t.reading : status === 'running' ? t.running : t.writing;
  return (
    <Field validationMessage={`${label} ${t.progress(percent)}`} validationState="none">
      <ProgressBar value={percent} max={100} aria-label={label} aria-valuetext={t.progress(percent)} />
    </Field>
  );
}
