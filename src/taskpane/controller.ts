/**
 * The task pane's controller: it calls the workbook port and the engine (in its worker) and hands plain data back;
 * the pane (App.tsx) holds the state and renders it. No React here, so the flows are tested without a DOM.
 */
import type { Catalog, Grid, PreviousPeriod, WorkbookSpec } from '../core/model';
import { defaultCatalog, validateCatalog, addAlias } from '../core/catalog';
import { previousFromSummaryGrid } from '../core/previous';
import type { UnitsLayout } from '../core/render';
import { catalogFromGrid, catalogToSheet } from '../excel/catalog-sheet';
import {
  emptySettings,
  type ImportProgress,
  type ImportResult,
  type ReadResult,
  type Settings,
  type WorkbookPort,
  type WriteResult,
} from '../excel/types';
import type {
  DetectRunner,
  EngineOutput,
  EngineRequest,
  EngineRunner,
  EngineStage,
  MainThreadNote,
  UnitsChoice,
} from './engine';
import type { SheetDetection } from './steps/SourcesStep';
import { deliverForms, bytesToBase64 } from './template-forms';
import type { FormsOutcome } from './steps/TemplateStep';
import { changesSince, parseRunRecord, recordOf, RUN_KEY, type RunRecord, type WorkbookChanges } from './run-record';

export type Loaded = {
  read: ReadResult;
  catalog: Catalog;
  catalogOnSheet: boolean;
  catalogErrors: string[];
  detections: SheetDetection[];
  /** Earlier summaries kept in the workbook (a copy of last period's "Tổng hợp"): the user may compare with one. */
  previousSheets: { name: string; previous: PreviousPeriod }[];
  /** What the last run consolidated (from the workbook's settings). */
  lastRun: RunRecord | null;
  /** Set when detection could not run in the worker. */
  note?: MainThreadNote;
};

/** What the user chose in the pane. */
export type Choice = {
  excluded: ReadonlySet<string>;
  settings: Settings;
  previousSheet: string;
  lang: 'vi' | 'en';
  generatedAt: string;
  /** The per-unit sheet: units as rows or as columns ('auto': by their number). */
  layout?: UnitsLayout;
};

export type RunOutcome = {
  /** The workbook as read for this run (fresh). */
  loaded: Loaded;
  out: EngineOutput;
  written: WriteResult;
  /** Sheets changed since the run before (null: first run, or nothing changed). */
  changes: WorkbookChanges | null;
};

export type ImportOutcome = { result: ImportResult; loaded: Loaded | null; renamed: number };

/** The settings that decide how the sheets' units are recognised. */
export function unitsChoice(settings: Settings): UnitsChoice {
  return {
    expectedUnits: settings.expectedUnits,
    province: settings.province,
    era: settings.era,
    period: settings.period,
  };
}

/** True when a change of settings changes how the units are recognised. */
export function unitsChanged(a: Settings, b: Settings): boolean {
  return (
    a.expectedUnits.join('\n') !== b.expectedUnits.join('\n') ||
    a.province !== b.province ||
    a.era !== b.era ||
    a.period !== b.period
  );
}

export type ControllerOptions = { workbook: WorkbookPort; engine: EngineRunner; detect: DetectRunner };

function catalogOf(read: ReadResult): Pick<Loaded, 'catalog' | 'catalogOnSheet' | 'catalogErrors'> {
  if (!read.catalogGrid) return { catalog: defaultCatalog, catalogOnSheet: false, catalogErrors: [] };
  const fromSheet = catalogFromGrid(read.catalogGrid);
  if (!fromSheet.ok) return { catalog: defaultCatalog, catalogOnSheet: true, catalogErrors: fromSheet.errors };
  const valid = validateCatalog(fromSheet.catalog);
  return valid.ok
    ? { catalog: valid.catalog, catalogOnSheet: true, catalogErrors: [] }
    : { catalog: defaultCatalog, catalogOnSheet: true, catalogErrors: valid.errors };
}

export function createController({ workbook, engine, detect }: ControllerOptions) {
  const readFresh = () => workbook.read({ settingKeys: [RUN_KEY] });

  async function detected(read: ReadResult, units: UnitsChoice): Promise<Pick<Loaded, 'detections' | 'note'>> {
    const { results, note } = await detect({ grids: read.grids, units });
    return { detections: read.grids.map((grid, i) => ({ grid, result: results[i] })), ...(note ? { note } : {}) };
  }

  /** Everything the pane shows from a read (detection runs in the worker). */
  async function loadFrom(read: ReadResult, choice?: UnitsChoice): Promise<Loaded> {
    const catalog = catalogOf(read);
    const units = choice ?? unitsChoice(read.settings ?? emptySettings);
    const previousSheets = read.grids.flatMap((grid) => {
      const p = previousFromSummaryGrid(grid, catalog.catalog);
      return p.ok ? [{ name: grid.name, previous: p.previous }] : [];
    });
    return {
      read,
      ...catalog,
      ...(await detected(read, units)),
      previousSheets,
      lastRun: parseRunRecord(read.extraSettings[RUN_KEY]),
    };
  }

  /** Report sheets the user did not untick. */
  const selectedGrids = (loaded: Loaded, excluded: ReadonlySet<string>): Grid[] =>
    loaded.detections.filter((d) => d.result.kind === 'report' && !excluded.has(d.grid.name)).map((d) => d.grid);

  function request(loaded: Loaded, choice: Choice, grids = selectedGrids(loaded, choice.excluded)): EngineRequest {
    const { settings } = choice;
    return {
      grids,
      catalog: loaded.catalog,
      expectedUnits: settings.expectedUnits,
      province: settings.province || undefined,
      era: settings.era,
      period: settings.period || undefined,
      previous: loaded.previousSheets.find((p) => p.name === choice.previousSheet)?.previous,
      render: {
        department: settings.department || undefined,
        province: settings.province || undefined,
        generatedAt: choice.generatedAt,
        lang: choice.lang,
        layout: choice.layout,
      },
    };
  }

  return {
    load: async (units?: UnitsChoice): Promise<Loaded> => loadFrom(await readFresh(), units),

    /** Detection again (the expected units, the province, its era or the period changed). */
    redetect: async (loaded: Loaded, units: UnitsChoice): Promise<Loaded> => ({
      ...loaded,
      ...(await detected(loaded.read, units)),
    }),

    selectedGrids,

    /** Sheets changed since the last run, as the pane shows them before a run. */
    pendingChanges: (loaded: Loaded, excluded: ReadonlySet<string>): WorkbookChanges | null =>
      changesSince(loaded.lastRun, recordOf(selectedGrids(loaded, excluded), '')),

    /** The mapping step's dry run over the sheets as they were read. */
    analyse: (loaded: Loaded, choice: Choice, signal: AbortSignal): Promise<EngineOutput> =>
      engine(request(loaded, choice), () => undefined, signal),

    /**
     * A run: the workbook read again (a figure fixed since the pane opened must be the one consolidated), the
     * engine, then the write of the output sheets (and of the catalog sheet the first time).
     */
    async run(
      choice: Choice,
      onProgress: (phase: 'reading' | 'running' | 'writing', fraction: number, stage?: EngineStage) => void,
      signal: AbortSignal,
    ): Promise<RunOutcome> {
      onProgress('reading', 0);
      const loaded = await loadFrom(await readFresh(), unitsChoice(choice.settings));
      const grids = selectedGrids(loaded, choice.excluded);
      const record = recordOf(grids, choice.generatedAt);
      const out = await engine(
        request(loaded, choice, grids),
        (fraction, stage) => onProgress('running', fraction, stage),
        signal,
      );
      onProgress('writing', 1);
      const sheets = loaded.catalogOnSheet ? out.spec.sheets : [...out.spec.sheets, catalogToSheet(loaded.catalog)];
      const written = await workbook.write(
        { sheets },
        loaded.read.grids.map((g) => g.name),
        { settings: { [RUN_KEY]: JSON.stringify(record) } },
      );
      return {
        loaded: { ...loaded, catalogOnSheet: true, lastRun: record },
        out,
        written,
        changes: changesSince(loaded.lastRun, record),
      };
    },

    /** Imports files one by one, then names each imported report sheet after its unit (by worksheet id). */
    async importFiles(files: File[], units: UnitsChoice, onProgress: ImportProgress): Promise<ImportOutcome> {
      const payload = await Promise.all(files.map(async (f) => ({ name: f.name, base64: await toBase64(f) })));
      const result = await workbook.importFiles(payload, onProgress);
      if (result.kind === 'unsupported' || !result.files.length) return { result, loaded: null, renamed: 0 };
      const after = await loadFrom(await readFresh(), units);
      const imported = new Set(result.files.flatMap((f) => f.sheets.map((s) => s.id)));
      const renames = after.detections.flatMap(({ grid, result: d }) => {
        const id = after.read.sheetIds[grid.name];
        return id && imported.has(id) && d.kind === 'report' && d.report.unit && d.report.unit !== grid.name
          ? [{ id, from: grid.name, to: d.report.unit }]
          : [];
      });
      if (!renames.length) return { result, loaded: after, renamed: 0 };
      const given = await workbook.renameSheets(renames.map(({ id, to }) => ({ id, to })));
      // The sheets just read are renamed in memory too: reading the whole workbook again would cost a second full
      // read of every sheet for a change of names only.
      const newName = new Map(renames.map((r, i) => [r.from, given[i] ?? r.to]));
      const rename = (g: Grid): Grid => {
        const name = newName.get(g.name);
        return name === undefined ? g : { ...g, name, source: { ...g.source, sheet: name } };
      };
      const sheetIds = Object.fromEntries(
        Object.entries(after.read.sheetIds).map(([name, id]) => [newName.get(name) ?? name, id]),
      );
      const loaded: Loaded = {
        ...after,
        read: { ...after.read, grids: after.read.grids.map(rename), sheetIds },
        detections: after.detections.map((d) => ({ ...d, grid: rename(d.grid) })),
      };
      return { result, loaded, renamed: renames.length };
    },

    /** Saves a label as an alias of an indicator, on the catalog sheet (created the first time). */
    async chooseAlias(loaded: Loaded, id: string, label: string): Promise<Loaded> {
      const catalog = addAlias(loaded.catalog, id, label);
      await workbook.saveAlias(id, label, catalogToSheet(catalog));
      return { ...loaded, catalog, catalogOnSheet: true };
    },

    /** The catalog read from the department's form replaces the one in use, on its sheet, for the next runs. */
    async saveCatalog(loaded: Loaded, catalog: Catalog): Promise<Loaded> {
      await workbook.write(
        { sheets: [catalogToSheet(catalog)] },
        loaded.read.grids.map((g) => g.name),
      );
      return { ...loaded, catalog, catalogOnSheet: true, catalogErrors: [] };
    },

    /** The units' forms, as a new workbook where the host can open one. */
    makeForms: (loaded: Loaded, spec: WorkbookSpec): Promise<FormsOutcome> =>
      deliverForms(
        workbook,
        spec,
        loaded.read.grids.map((g) => g.name),
      ),

    saveSettings: (settings: Settings) => workbook.saveSettings(settings),
    select: (ref: string) => workbook.select(ref),
  };
}

export type Controller = ReturnType<typeof createController>;

async function toBase64(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
