/** What the task pane needs from a workbook: implemented over Office.js (workbook.ts) for Excel and the preview. */
import type { Grid, SheetSpec, WorkbookSpec } from '../core/model';
import type { PartWarning } from './write-parts';

export type { PartWarning } from './write-parts';

/** The shape of Excel.run. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/** Settings kept in Workbook.settings (scoped to the file and the add-in). */
export type Settings = {
  department: string;
  province: string;
  period: string;
  expectedUnits: string[];
  /** For a period across 1 July 2025: the list of units chosen (districts before, communes since); absent: both. */
  era?: 'before' | 'since';
};

export const emptySettings: Settings = { department: '', province: '', period: '', expectedUnits: [] };

export type Capabilities = {
  /** Workbook.insertWorksheetsFromBase64 (ExcelApi 1.13). */
  importFiles: boolean;
  /** Worksheet.notes (ExcelApi 1.18); without it notes go to a column at the right of the sheet. */
  notes: boolean;
  /** Range.getCellProperties (ExcelApi 1.9), used to read font names for legacy encodings. */
  cellProperties: boolean;
  /** Excel.run's delayForCellEdit (ExcelApi 1.11): wait for the user to leave a cell instead of failing. */
  delayForCellEdit: boolean;
  /** Excel on the web: every request is capped at 5 MB, files to import included. */
  web: boolean;
  /** Whether the host has ExcelApi `version` (for the optional parts of a write). */
  supports: (version: string) => boolean;
};

export type ReadResult = {
  /** The workbook's file name, used as `source.file` of every grid. */
  file: string;
  /** Non-empty candidate sheets, in tab order (output sheets and the catalog sheet excluded). */
  grids: Grid[];
  /** Worksheet id of every candidate sheet by name: ids survive renames. */
  sheetIds: Record<string, string>;
  /** Sheets skipped because they hold no value. */
  emptySheets: string[];
  /** The catalog sheet as a grid, or null when the workbook has none yet. */
  catalogGrid: Grid | null;
  settings: Settings | null;
  /** Raw values of the settings asked for by key (null when absent). */
  extraSettings: Record<string, unknown>;
  syncs: number;
};

export type WrittenSheet = { name: string; rows: number; cols: number; replaced: boolean };

export type WriteResult = {
  sheets: WrittenSheet[];
  notes: 'notes' | 'column' | 'none';
  /** Optional parts (panes, print layout, charts…) skipped or refused by the host: the sheets are complete. */
  warnings: PartWarning[];
  syncs: number;
  /** Estimated bytes of each request sent (compared with office.js's real ones in the tests). */
  requests: number[];
};

export type FileToImport = { name: string; base64: string };

export type ImportedFile = { file: string; sheets: { id: string; name: string }[] };

/** Why a file was not imported: too large for one request, refused by Excel (corrupt, not .xlsx…), or other. */
export type ImportFailure = {
  file: string;
  reason: 'too_large' | 'refused';
  code?: string;
  message?: string;
  bytes?: number;
};

export type ImportResult =
  { kind: 'imported'; files: ImportedFile[]; failed: ImportFailure[] } | { kind: 'unsupported'; reason: 'host' };

export type ImportProgress = (done: number, total: number, file: string) => void;

export type WorkbookPort = {
  capabilities: Capabilities;
  /** Reads the workbook as it is now (every call reads again). */
  read(options?: { settingKeys?: string[] }): Promise<ReadResult>;
  /**
   * Writes the sheets of `spec`, replacing earlier ones only once the new ones are complete and keeping them in
   * place (formulas on them keep working); refuses to touch `sources`. `settings` are saved with the write.
   */
  write(spec: WorkbookSpec, sources: string[], options?: { settings?: Record<string, string> }): Promise<WriteResult>;
  /** Selects and shows a cell given as "file#sheet!B17" or "sheet!B17". */
  select(ref: string): Promise<void>;
  /** Imports the files one by one (one request each), saying which failed and why. */
  importFiles(files: FileToImport[], onProgress?: ImportProgress): Promise<ImportResult>;
  /** Renames sheets by worksheet id (e.g. imported ones after their units); returns the names given. */
  renameSheets(renames: { id: string; to: string }[]): Promise<string[]>;
  saveSettings(settings: Settings): Promise<void>;
  /** Appends `label` to the aliases of indicator `id` on the catalog sheet; writes `catalogSheet` if there is none yet. */
  saveAlias(id: string, label: string, catalogSheet: SheetSpec): Promise<void>;
  /** Opens an .xlsx (base64) as a new workbook (Excel.createWorkbook, ExcelApi 1.8); absent where the host cannot. */
  openWorkbook?(base64: string): Promise<void>;
};
