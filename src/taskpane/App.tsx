import { useCallback, useEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { makeStyles, tokens, Tab, TabList, Spinner, MessageBar, MessageBarBody, MessageBarTitle, MessageBarActions, Button, Title3 } from '@fluentui/react-components';
import type { Catalog, DetectResult, Grid } from '../core/model';
import { detectReport } from '../core/detect';
import { detectOptionsForUnits } from '../core/consolidate';
import { defaultCatalog, validateCatalog, addAlias } from '../core/catalog';
import { previousFromSummaryGrid } from '../core/previous';
import type { UnitsLayout } from '../core/render';
import { catalogFromGrid, catalogToSheet } from '../excel/catalog-sheet';
import { emptySettings, type ReadResult, type Settings, type WorkbookPort, type WriteResult } from '../excel/types';
import { CancelledError, type EngineOutput, type EngineRunner } from './engine';
import { STRINGS } from './strings';
import { plainError } from './errors';
import { SourcesStep, type SheetDetection } from './steps/SourcesStep';
import { MappingStep } from './steps/MappingStep';
import { ConsolidateStep, type RunState } from './steps/ConsolidateStep';
import { IssuesStep } from './steps/IssuesStep';
import { TemplateStep } from './steps/TemplateStep';
import { TEMPLATE_STRINGS } from './steps/template-strings';
import { deliverForms } from './template-forms';

const useStyles = makeStyles({
  root: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM, padding: tokens.spacingHorizontalM, minHeight: '100%', boxSizing: 'border-box', backgroundColor: tokens.colorNeutralBackground1 },
  panel: { display: 'flex', flexDirection: 'column', gap: tokens.spacingVerticalM },
  // Four steps must fit a 320–380 px task pane: small tabs, and a second line rather than a clipped tab.
  steps: { flexWrap: 'wrap', rowGap: tokens.spacingVerticalXS, marginInline: `calc(-1 * ${tokens.spacingHorizontalSNudge})` },
});

const STEPS: readonly Step[] = ['sources', 'mapping', 'consolidate', 'issues', 'template'];

export type Step = 'sources' | 'mapping' | 'consolidate' | 'issues' | 'template';

export type AppProps = {
  workbook: WorkbookPort;
  engine: EngineRunner;
  lang: 'vi' | 'en';
  /** Shown above the steps (the preview's banner). */
  banner?: ReactNode;
  /** Today's date, ISO (injected for tests). */
  today?: () => string;
};

type Loaded = { read: ReadResult; catalog: Catalog; catalogOnSheet: boolean; catalogErrors: string[] };

function catalogOf(read: ReadResult): Pick<Loaded, 'catalog' | 'catalogOnSheet' | 'catalogErrors'> {
  if (!read.catalogGrid) return { catalog: defaultCatalog, catalogOnSheet: false, catalogErrors: [] };
  const fromSheet = catalogFromGrid(read.catalogGrid);
  if (!fromSheet.ok) return { catalog: defaultCatalog, catalogOnSheet: true, catalogErrors: fromSheet.errors };
  const valid = validateCatalog(fromSheet.catalog);
  return valid.ok ? { catalog: valid.catalog, catalogOnSheet: true, catalogErrors: [] } : { catalog: defaultCatalog, catalogOnSheet: true, catalogErrors: valid.errors };
}

export function App({ workbook, engine, lang, banner, today = () => new Date().toISOString().slice(0, 10) }: AppProps) {
  const styles = useStyles();
  const t = STRINGS[lang];
  const [step, setStep] = useState<Step>('sources');
  const [loaded, setLoaded] = useState<Loaded | null>(null);
  const [settings, setSettings] = useState<Settings>(emptySettings);
  const [excluded, setExcluded] = useState<Set<string>>(new Set());
  const [error, setError] = useState<string | null>(null);
  const [analysis, setAnalysis] = useState<EngineOutput | 'running' | null>(null);
  const [run, setRun] = useState<RunState>({ status: 'idle' });
  const [output, setOutput] = useState<{ out: EngineOutput; written: WriteResult } | null>(null);
  const [busy, setBusy] = useState<'idle' | 'importing'>('idle');
  const abortRef = useRef<AbortController | null>(null);

  const stepName: Record<Step, string> = { sources: t.stepSources, mapping: t.stepMapping, consolidate: t.stepConsolidate, issues: t.stepIssues, template: TEMPLATE_STRINGS[lang].stepName };

  const fail = useCallback((e: unknown) => setError(plainError(e, t)), [t]);

  const load = useCallback(async () => {
    try {
      const read = await workbook.read();
      const next = { read, ...catalogOf(read) };
      setLoaded(next);
      if (read.settings) setSettings(read.settings);
      setAnalysis(null);
      return next;
    } catch (e) {
      fail(e);
      return null;
    }
  }, [workbook, fail]);

  useEffect(() => {
    void load();
  }, [load]);

  // The province's units (or the pasted list) the sheets are recognised against; one object while the settings hold.
  const { province, era, period, expectedUnits } = settings;
  const unitOptions = useMemo(() => detectOptionsForUnits({ province, era, period, expectedUnits }), [province, era, period, expectedUnits]);
  const detections: SheetDetection[] = useMemo(
    () => (loaded ? loaded.read.grids.map((grid) => ({ grid, result: detectReport(grid, unitOptions) as DetectResult })) : []),
    [loaded, unitOptions],
  );

  // Every report sheet is selected unless the user unticked it.
  const selected = useMemo(
    () => new Set(detections.filter((d) => d.result.kind === 'report' && !excluded.has(d.grid.name)).map((d) => d.grid.name)),
    [detections, excluded],
  );

  const selectedGrids: Grid[] = useMemo(
    () => detections.filter((d) => d.result.kind === 'report' && selected.has(d.grid.name)).map((d) => d.grid),
    [detections, selected],
  );

  // Earlier summaries kept in the workbook (a copy of last period's "Tổng hợp"): the user may compare against one.
  const previousSheets = useMemo(
    () =>
      loaded
        ? loaded.read.grids.flatMap((grid) => {
            const read = previousFromSummaryGrid(grid, loaded.catalog);
            return read.ok ? [{ name: grid.name, previous: read.previous }] : [];
          })
        : [],
    [loaded],
  );
  const [previousSheet, setPreviousSheet] = useState('');
  const [layout, setLayout] = useState<UnitsLayout>('auto');
  const previous = previousSheets.find((p) => p.name === previousSheet)?.previous;

  const engineRequest = useCallback(
    (catalog: Catalog) => ({
      grids: selectedGrids,
      catalog,
      expectedUnits: settings.expectedUnits,
      province: settings.province || undefined,
      era: settings.era,
      period: settings.period || undefined,
      previous,
      render: { department: settings.department || undefined, province: settings.province || undefined, generatedAt: today(), lang, layout },
    }),
    [selectedGrids, settings, today, lang, previous, layout],
  );

  // The mapping step needs a dry run of the engine over the selected sheets; a stale run's answer is dropped.
  const analysisToken = useRef(0);
  useEffect(() => {
    if (step !== 'mapping' || analysis !== null || !loaded) return;
    const token = ++analysisToken.current;
    setAnalysis('running');
    engine(engineRequest(loaded.catalog), () => undefined, new AbortController().signal).then(
      (out) => token === analysisToken.current && setAnalysis(out),
      (e) => token === analysisToken.current && fail(e),
    );
  }, [step, analysis, loaded, engine, engineRequest, fail]);

  const saveSettings = (next: Settings) => {
    setSettings(next);
    analysisToken.current += 1;
    setAnalysis(null);
    workbook.saveSettings(next).catch(fail);
  };

  const importFiles = async (files: File[]) => {
    setBusy('importing');
    try {
      const payload = await Promise.all(files.map(async (f) => ({ name: f.name, base64: await toBase64(f) })));
      const result = await workbook.importFiles(payload);
      if (result.kind === 'unsupported') {
        setError(t.importUnsupported);
        return;
      }
      // Name the new sheets after their units.
      const inserted = new Set(result.files.flatMap((f) => f.sheets));
      const after = await load();
      if (!after) return;
      const renames = after.read.grids
        .filter((g) => inserted.has(g.name))
        .flatMap((g) => {
          const d = detectReport(g, unitOptions);
          return d.kind === 'report' && d.report.unit && d.report.unit !== g.name ? [{ from: g.name, to: d.report.unit }] : [];
        });
      if (renames.length) {
        const given = await workbook.renameSheets(renames);
        // The sheets just read are renamed in memory too: reading the whole workbook again would cost a second
        // full read of every sheet for a change of names only.
        const newName = new Map(renames.map((r, i) => [r.from, given[i] ?? r.to]));
        const grids = after.read.grids.map((g) => {
          const name = newName.get(g.name);
          return name === undefined ? g : { ...g, name, source: { ...g.source, sheet: name } };
        });
        setLoaded({ ...after, read: { ...after.read, grids } });
      }
    } catch (e) {
      fail(e);
    } finally {
      setBusy('idle');
    }
  };

  const chooseAlias = async (id: string, label: string) => {
    if (!loaded) return;
    const catalog = addAlias(loaded.catalog, id, label);
    setLoaded({ ...loaded, catalog, catalogOnSheet: true });
    try {
      await workbook.saveAlias(id, label, catalogToSheet(catalog));
    } catch (e) {
      fail(e);
    }
  };

  const consolidate = async () => {
    if (!loaded) return;
    const controller = new AbortController();
    abortRef.current = controller;
    setError(null);
    setRun({ status: 'running', progress: 0 });
    try {
      const out = await engine(engineRequest(loaded.catalog), (progress) => setRun({ status: 'running', progress }), controller.signal);
      setRun({ status: 'writing', progress: 1 });
      const sheets = loaded.catalogOnSheet ? out.spec.sheets : [...out.spec.sheets, catalogToSheet(loaded.catalog)];
      const written = await workbook.write({ sheets }, loaded.read.grids.map((g) => g.name));
      setOutput({ out, written });
      setRun({ status: 'done' });
      if (!loaded.catalogOnSheet) setLoaded({ ...loaded, catalogOnSheet: true });
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

  const select = (ref: string) => workbook.select(ref).catch(fail);

  // The catalog read from the department's form replaces the one in use, on its sheet, for the next runs.
  const saveCatalog = async (catalog: Catalog) => {
    if (!loaded) return;
    await workbook.write({ sheets: [catalogToSheet(catalog)] }, loaded.read.grids.map((g) => g.name));
    setLoaded({ ...loaded, catalog, catalogOnSheet: true, catalogErrors: [] });
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
          <MessageBarActions containerAction={<Button appearance="transparent" aria-label={t.dismiss} onClick={() => setError(null)}>×</Button>} />
        </MessageBar>
      )}
      {loaded && loaded.catalogErrors.length > 0 && (
        <MessageBar intent="warning">
          <MessageBarBody>
            {t.catalogBroken} {loaded.catalogErrors.slice(0, 3).join(' ')}
          </MessageBarBody>
        </MessageBar>
      )}
      <TabList size="small" className={styles.steps} aria-label={t.steps} selectedValue={step} onTabSelect={(_, data) => setStep(data.value as Step)}>
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
            detections={detections}
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
            importing={busy === 'importing'}
            onImport={importFiles}
            onReload={() => void load()}
            onNext={() => setStep('mapping')}
          />
        ) : step === 'mapping' ? (
          <MappingStep t={t} lang={lang} analysis={analysis === 'running' ? null : analysis?.result ?? null} catalog={loaded.catalog} onChoose={chooseAlias} onNext={() => setStep('consolidate')} />
        ) : step === 'consolidate' ? (
          <ConsolidateStep
            t={t}
            sheetCount={selectedGrids.length}
            previousSheets={previousSheets.map((p) => p.name)}
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
          />
        ) : step === 'issues' ? (
          <IssuesStep t={t} lang={lang} result={output?.out.result ?? null} onSelect={(cell) => void select(cell)} onRunFirst={() => setStep('consolidate')} />
        ) : (
          <TemplateStep
            lang={lang}
            grids={loaded.read.grids}
            catalog={loaded.catalog}
            units={settings.expectedUnits}
            period={settings.period}
            onSaveCatalog={saveCatalog}
            onMakeForms={(spec) => deliverForms(workbook, spec, loaded.read.grids.map((g) => g.name))}
            onError={fail}
          />
        )}
      </div>
    </div>
  );
}

async function toBase64(file: File): Promise<string> {
  const bytes = new Uint8Array(await file.arrayBuffer());
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
