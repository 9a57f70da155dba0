import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import {
  makeStyles,
  tokens,
  Tab,
  TabList,
  Spinner,
  MessageBar,
  MessageBarBody,
  MessageBarTitle,
  MessageBarActions,
  Button,
  Title3,
  Text,
} from '@fluentui/react-components';
import type { Catalog } from '../core/model';
import type { UnitsLayout } from '../core/render';
import { emptySettings, type ImportFailure, type Settings, type WorkbookPort, type WriteResult } from '../excel/types';
import {
  CancelledError,
  inlineDetect,
  type DetectRunner,
  type EngineOutput,
  type EngineRunner,
  type MainThreadNote,
} from './engine';
import { createController, unitsChanged, unitsChoice, type Choice, type Loaded } from './controller';
import type { WorkbookChanges } from './run-record';
import { STRINGS, type Strings } from './strings';
import { plainError } from './errors';
import { SourcesStep } from './steps/SourcesStep';
import { MappingStep } from './steps/MappingStep';
import { ConsolidateStep, type RunMessage, type RunState } from './steps/ConsolidateStep';
import { IssuesStep } from './steps/IssuesStep';
import { TemplateStep } from './steps/TemplateStep';
import { TEMPLATE_STRINGS } from './steps/template-strings';

const useStyles = makeStyles({
  root: {
    display: 'flex',
    flexDirection: 'column',
    gap: tokens.spacingVerticalM,
    padding: tokens.spacingHorizontalM,
    minHeight: '100%',
    boxSizing: 'border-box',
    backgroundColor: tokens.colorNeutralBackground1,
  },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Five steps must fit a 320–380 px task pane: small tabs, and a second line rather than a clipped tab.
  steps: {
    flexWrap: 'wrap',
    rowGap: tokens.spacingVerticalXS,
    marginInline: `calc(-1 * ${tokens.spacingHorizontalSNudge})`,
  },
});

const STEPS: readonly Step[] = ['sources', 'mapping', 'consolidate', 'issues', 'template'];

export type Step = 'sources' | 'mapping' | 'consolidate' | 'issues' | 'template';

export type AppProps = {
  workbook: WorkbookPort;
  engine: EngineRunner;
  /** Recognises the report sheets (default: on this thread; the add-in passes the worker's). */
  detect?: DetectRunner;
  lang: 'vi' | 'en';
  /** Shown above the steps (the preview's banner). */
  banner?: ReactNode;
  /** Today's date, ISO (injected for tests). */
  today?: () => string;
};

const isoToday = (): string => new Date().toISOString().slice(0, 10);

type Importing = { done: number; total: number; file: string } | null;
type Output = { out: EngineOutput; written: WriteResult; changes: WorkbookChanges | null };

export function App({ workbook, engine, detect = inlineDetect, lang, banner, today = isoToday }: AppProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const controller = useMemo(() => createController({ workbook, engine, detect }), [workbook, engine, detect]);
  const [step, setStep] = useState<Step>('sources');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [settings, setSettings] = useState<Settings>(emptySettings);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [analysis, setAnalysis] = useState<EngineOutput | 'running' | null>(null);
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [output, setOutput] = useState<Output | null>(null);
  const [importing, setImporting] = useState<Importing>(null);
  const [importFailures, setImportFailures] = useState<ImportFailure[]>([]);
  const [previousSheet, setPreviousSheet] = useState('');
  const [layout, setLayout] = useState<UnitsLayout>('auto');
  const abortRef = useRef<AbortController | null>(null);

  const stepName: Record<Step, string> = {
    sources: t.stepSources,
    mapping: t.stepMapping,
    consolidate: t.stepConsolidate,
    issues: t.stepIssues,
    template: TEMPLATE_STRINGS[lang].stepName,
  };
  const fail = useCallback((e: unknown) => setError(plainError(e, t)), [t]);
  const choice = useCallback(
    (): Choice => ({ excluded, settings, previousSheet, layout, lang, generatedAt: today() }),
    [excluded, settings, previousSheet, layout, lang, today],
  );

  const load = useCallback(
    () =>
      controller
        .load()
        .then((next) => {
          setLoaded(next);
          if (next.read.settings) setSettings(next.read.settings);
          setAnalysis(null);
        })
        .catch((e: unknown) => fail(e)),
    [controller, fail],
  );

  useEffect(() => {
    void load();
  }, [load]);

  const selected = useMemo(
    () => new Set(loaded ? controller.selectedGrids(loaded, excluded).map((g) => g.name) : []),
    [controller, loaded, excluded],
  );
  // Fingerprints of every selected sheet: computed when the selection or the workbook read changes, not per render.
  const pending = useMemo(
    () => (loaded ? controller.pendingChanges(loaded, excluded) : null),
    [controller, loaded, excluded],
  );

  // The mapping step needs a dry run of the engine over the selected sheets; a stale run's answer is dropped.
  const analysisToken = useRef(0);
  useEffect(() => {
    if (step !== 'mapping' || analysis !== null || !loaded) return;
    const token = ++analysisToken.current;
    // eslint-disable-next-line react-hooks/set-state-in-effect -- marks the run this effect starts: no second one starts
    setAnalysis('running');
    controller.analyse(loaded, choice(), new AbortController().signal).then(
      (out) => token === analysisToken.current && setAnalysis(out),
      (e) => token === analysisToken.current && fail(e),
    );
  }, [step, analysis, loaded, controller, fail, choice]);

  const saveSettings = (next: Settings) => {
    const redetect = unitsChanged(settings, next);
    setSettings(next);
    analysisToken.current += 1;
    setAnalysis(null);
    controller.saveSettings(next).catch(fail);
    if (redetect && loaded) controller.redetect(loaded, unitsChoice(next)).then(setLoaded, fail);
  };

  const importFiles = async (files: File[]) => {
    setImporting({ done: 0, total: files.length, file: files[0]?.name ?? '' });
    setImportFailures([]);
    try {
      const { result, loaded: after } = await controller.importFiles(
        files,
        unitsChoice(settings),
        (done, total, file) => setImporting({ done, total, file }),
      );
      if (result.kind === 'unsupported') {
        setError(t.importUnsupported);
        return;
      }
      setImportFailures(result.failed);
      if (after) {
        setLoaded(after);
        setAnalysis(null);
      }
    } catch (e) {
      fail(e);
    } finally {
      setImporting(null);
    }
  };

  const chooseAlias = async (id: string, label: string) => {
    if (!loaded) return;
    try {
      setLoaded(await controller.chooseAlias(loaded, id, label));
    } catch (e) {
      fail(e);
    }
  };

  const consolidate = async () => {
    const controllerAbort = new AbortController();
    abortRef.current = controllerAbort;
    setError(null);
    setRun({ status: 'reading', progress: 0 });
    try {
      const outcome = await controller.run(
        choice(),
        (phase, progress) => setRun({ status: phase, progress }),
        controllerAbort.signal,
      );
      setLoaded(outcome.loaded);
      setOutput({ out: outcome.out, written: outcome.written, changes: outcome.changes });
      setRun({ status: 'done' });
    } catch (e) {
      if (e instanceof CancelledError) setRun({ status: 'cancelled' });
      else {
        setRun({ status: 'failed' });
        fail(e);
      }
    } finally {
      abortRef.current = null;
    }
  };

  const select = (ref: string) => controller.select(ref).catch(fail);

  const saveCatalog = async (catalog: Catalog) => {
    if (!loaded) return;
    setLoaded(await controller.saveCatalog(loaded, catalog));
    setAnalysis(null);
  };

  return (
    <div className={styles.root}>
      {banner}
      <Title3 as="h1">{t.title}</Title3>
      {error && (
        // role="alert": FluentProvider has no live announcer, so the error is announced by the role itself.
        <MessageBar intent="error" role="alert">
          <MessageBarBody>
            <MessageBarTitle>{t.errorTitle}</MessageBarTitle>
            {error}
          </MessageBarBody>
          <MessageBarActions
            containerAction={
              <Button appearance="transparent" aria-label={t.dismiss} onClick={() => setError(null)}>
                ×
              </Button>
            }
          />
        </MessageBar>
      )}
      {loaded && loaded.catalogErrors.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.catalogBroken} {loaded.catalogErrors.slice(0, 3).join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      {importing && <Text role="status">{t.importProgress(importing.done, importing.total, importing.file)}</Text>}
      {importFailures.length > 0 && (
        <ImportFailures t={t} failures={importFailures} onDismiss={() => setImportFailures([])} />
      )}
      {loaded?.note && <MainThread t={t} note={loaded.note} />}
      <TabList
        size="small"
        className={styles.steps}
        aria-label={t.steps}
        selectedValue={step}
        onTabSelect={(_, data) => setStep(data.value as Step)}
      >
        {STEPS.map((s, n) => (
          <Tab key={s} id={`step-${s}`} value={s} aria-controls="step-panel">
            {n + 1}. {stepName[s]}
          </Tab>
        ))}
      </TabList>
      <div role="tabpanel" id="step-panel" aria-labelledby={`step-${step}`} className={styles.panel}>
        {!loaded ? (
          <Spinner label={t.loading} />
        ) : step === 'sources' ? (
          <SourcesStep
            t={t}
            detections={loaded.detections}
            emptySheets={loaded.read.emptySheets}
            selected={selected}
            onToggle={(name, on) => {
              setExcluded((s) => {
                const next = new Set(s);
                if (on) next.delete(name);
                else next.add(name);
                return next;
              });
              setAnalysis(null);
            }}
            settings={settings}
            onSettings={saveSettings}
            canImport={workbook.capabilities.importFiles}
            importing={importing !== null}
            onImport={(files) => void importFiles(files)}
            onReload={() => void load()}
            onNext={() => setStep('mapping')}
          />
        ) : step === 'mapping' ? (
          <MappingStep
            t={t}
            lang={lang}
            analysis={analysis === 'running' ? null : (analysis?.result ?? null)}
            catalog={loaded.catalog}
            onChoose={(id, label) => void chooseAlias(id, label)}
            onNext={() => setStep('consolidate')}
          />
        ) : step === 'consolidate' ? (
          <ConsolidateStep
            t={t}
            sheetCount={selected.size}
            previousSheets={loaded.previousSheets.map((p) => p.name)}
            previousSheet={previousSheet}
            onPrevious={setPreviousSheet}
            layout={layout}
            onLayout={setLayout}
            run={run}
            output={output}
            onRun={() => void consolidate()}
            onCancel={() => abortRef.current?.abort()}
            onShow={(sheet) => void select(`${sheet}!A1`)}
            onNext={() => setStep('issues')}
            messages={runMessages(t, run, output, pending)}
          />
        ) : step === 'issues' ? (
          <IssuesStep
            t={t}
            lang={lang}
            result={output?.out.result ?? null}
            onSelect={(cell) => void select(cell)}
            onRunFirst={() => setStep('consolidate')}
          />
        ) : (
          <TemplateStep
            lang={lang}
            grids={loaded.read.grids}
            catalog={loaded.catalog}
            units={settings.expectedUnits}
            period={settings.period}
            onSaveCatalog={saveCatalog}
            onMakeForms={(spec) => controller.makeForms(loaded, spec)}
            onError={fail}
          />
        )}
      </div>
    </div>
  );
}

/** The notes around a run: what changed in the workbook, parts the host refused, a run on the main thread. */
function runMessages(t: Strings, run: RunState, output: Output | null, pending: WorkbookChanges | null): RunMessage[] {
  const messages: RunMessage[] = [];
  const changes = run.status === 'done' ? output?.changes : pending;
  if (changes)
    messages.push({
      intent: 'info',
      title: t.changedTitle,
      lines: [
        t.changedSheets(changes.changed, changes.added, changes.removed),
        run.status === 'done' ? t.changedDone : t.changedPending,
      ],
    });
  if (run.status === 'done' && output) {
    if (output.written.warnings.length)
      messages.push({
        intent: 'warning',
        title: t.partsTitle,
        lines: output.written.warnings.map((w) => `${t.part(w.kind, w.sheet, w.reason === 'unsupported')}.`),
      });
    if (output.out.note) messages.push({ intent: 'warning', lines: [t.mainThread(output.out.note.reason)] });
  }
  return messages;
}

function MainThread({ t, note }: { t: Strings; note: MainThreadNote }) {
  return (
    <MessageBar intent="warning" role="status">
      <MessageBarBody>{t.mainThread(note.reason)}</MessageBarBody>
    </MessageBar>
  );
}

function ImportFailures({ t, failures, onDismiss }: { t: Strings; failures: ImportFailure[]; onDismiss: () => void }) {
  const mb = (bytes = 0) =>
    (bytes / 1_000_000).toLocaleString(t === STRINGS.en ? 'en' : 'vi', { maximumFractionDigits: 1 });
  return (
    <MessageBar intent="warning" role="alert" layout="multiline">
      <MessageBarBody>
        <MessageBarTitle>{t.importFailedTitle(failures.length)}</MessageBarTitle>
        {failures.map((f) => (
          <div key={f.file}>
            {f.reason === 'too_large'
              ? t.importTooLarge(f.file, mb(f.bytes))
              : t.importRefused(f.file, f.message ?? f.code ?? '?')}
          </div>
        ))}
      </MessageBarBody>
      <MessageBarActions
        containerAction={
          <Button appearance="transparent" aria-label={t.dismiss} onClick={onDismiss}>
            ×
          </Button>
        }
      />
    </MessageBar>
  );
}
