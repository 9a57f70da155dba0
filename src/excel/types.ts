/** What the task pane needs from a workbook: implemented over Office.js (workbook.ts) for Excel and the preview. */
import type { Grid, SheetSpec, WorkbookSpec } from '../core/model';

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
  /** Page layout and autofilter (ExcelApi 1.9). */
  pageLayout: boolean;
  /** Range.getCellProperties (ExcelApi 1.9), used to read font names for legacy encodings. */
  cellProperties: boolean;
};

export type ReadResult = {
  /** The workbook's file name, used as `source.file` of every grid. */
  file: string;
  /** Non-empty candidate sheets, in tab order (output sheets and the catalog sheet excluded). */
  grids: Grid[];
  /** Sheets skipped because they hold no value. */
  emptySheets: string[];
  /** The catalog sheet as a grid, or null when the workbook has none yet. */
  catalogGrid: Grid | null;
  settings: Settings | null;
  syncs: number;
};

export type WrittenSheet = { name: string; rows: number; cols: number; replaced: boolean };

export type WriteResult = { sheets: WrittenSheet[]; notes: 'notes' | 'column' | 'none'; syncs: number };

export type FileToImport = { name: string; base64: string };

export type ImportResult =
  | { kind: 'imported'; files: { file: string; sheets: string[] }[] }
  | { kind: 'unsupported'; reason: 'host' };

export type WorkbookPort = {
  capabilities: Capabilities;
  read(): Promise<ReadResult>;
  /** Writes the sheets of `spec`, replacing earlier ones only once the new ones are complete; refuses to touch `sources`. */
  write(spec: WorkbookSpec, sources: string[]): Promise<WriteResult>;
  /** Selects and shows a cell given as "file#sheet!B17" or "sheet!B17". */
  select(ref: string): Promise<void>;
  importFiles(files: FileToImport[]): Promise<ImportResult>;
  /** Renames sheets (e.g. imported ones after their units); returns the names given. */
  renameSheets(renames: { from: string; to: string }[]): Promise<string[]>;
  saveSettings(settings: Settings): Promise<void>;
  /** Appends `label` to the aliases of indicator `id` on the catalog sheet; writes `catalogSheet` if there is none yet. */
  saveAlias(id: string, label: string, catalogSheet: SheetSpec): Promise<void>;
  /** Opens an .xlsx (base64) as a new workbook (Excel.createWorkbook, ExcelApi 1.8); absent where the host cannot. */
  openWorkbook?(base64: string): Promise<void>;
};
