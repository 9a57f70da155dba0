/**
 * Reads the candidate sheets of the open workbook as grids in a constant number of syncs, whatever the number of
 * sheets: (1) the sheet list, settings and file name, (2) the used range of every sheet (empty sheets come back as
 * null objects, cheaply), (3) values, number formats and label-column fonts of every non-empty sheet — split into
 * more syncs only when the data itself would pass the payload budget.
 */
import type { CellValue, Grid } from '../core/model';
import type { Capabilities, ReadResult, Settings } from './types';

export const SETTINGS_KEY = 'tonghop.settings';
/** Bounds of one sheet's read: a unit report is a few hundred rows; more is not a report (marked truncated). */
export const MAX_ROWS = 3000;
export const MAX_COLS = 60;
/** Fonts are read for the first columns only (where labels are), to detect .Vn* / VNI-* legacy encodings. */
export const FONT_ROWS = 500;
export const FONT_COLS = 4;
/** Estimated response bytes per cell (value + number format), and the budget per sync (responses ≤ 5 MB). */
const BYTES_PER_CELL = 28;
const READ_BUDGET = 3_500_000;

export type ReadOptions = {
  /** Sheet names that are never sources (the output sheets). Compared case-insensitively. */
  exclude: string[];
  catalogSheet: string;
  capabilities: Capabilities;
};

type Dim = { ws: Excel.Worksheet; name: string; hidden: boolean; used: Excel.Range };

/** Excel returns "" for empty cells; the engine wants null. */
const cleanValue = (v: unknown): CellValue =>
  v === '' || v === undefined || v === null ? null : typeof v === 'number' || typeof v === 'boolean' ? v : String(v);

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<ReadResult> {
  let syncs = 0;
  const sync = async (): Promise<void> => {
    await context.sync();
    syncs += 1;
  };
  const exclude = new Set(options.exclude.map((n) => n.toLowerCase()));

  // Sync 1: the sheet list, the file name, the settings.
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility');
  context.workbook.load('name');
  const setting = context.workbook.settings.getItemOrNullObject(SETTINGS_KEY);
  setting.load('value');
  await sync();
  const file = context.workbook.name || 'workbook.xlsx';
  const settings = setting.isNullObject ? null : parseSettings(setting.value);

  // Sync 2: used ranges (values only: a sheet with formatting and no value is empty).
  const dims: Dim[] = [];
  let catalogDim: Dim | null = null;
  for (const ws of sheets.items) {
    const key = ws.name.toLowerCase();
    const isCatalog = key === options.catalogSheet.toLowerCase();
    if (!isCatalog && (exclude.has(key) || isTempName(ws.name))) continue;
    const used = ws.getUsedRangeOrNullObject(true);
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    const dim = { ws, name: ws.name, hidden: ws.visibility !== 'Visible', used };
    if (isCatalog) catalogDim = dim;
    else dims.push(dim);
  }
  await sync();

  // Sync 3 (more only for very large data): values, number formats, fonts of the label columns.
  const emptySheets = dims.filter((d) => d.used.isNullObject).map((d) => d.name);
  const full = dims.filter((d) => !d.used.isNullObject);
  const all = catalogDim && !catalogDim.used.isNullObject ? [...full, catalogDim] : full;
  type Pending = { dim: Dim; range: Excel.Range; fonts: OfficeExtension.ClientResult<Excel.CellProperties[][]> | null; truncated: boolean };
  const pending: Pending[] = [];
  let budget = 0;
  for (const dim of all) {
    const rows = Math.min(dim.used.rowCount, MAX_ROWS);
    const cols = Math.min(dim.used.columnCount, MAX_COLS);
    const cells = rows * cols;
    if (budget > 0 && (budget + cells) * BYTES_PER_CELL > READ_BUDGET) {
      await sync();
      budget = 0;
    }
    budget += cells;
    const range = dim.ws.getRangeByIndexes(dim.used.rowIndex, dim.used.columnIndex, rows, cols);
    range.load(dim === catalogDim ? 'values' : 'values,numberFormat');
    const fonts =
      options.capabilities.cellProperties && dim !== catalogDim
        ? dim.ws
            .getRangeByIndexes(dim.used.rowIndex, dim.used.columnIndex, Math.min(rows, FONT_ROWS), Math.min(cols, FONT_COLS))
            .getCellProperties({ format: { font: { name: true } } })
        : null;
    pending.push({ dim, range, fonts, truncated: rows < dim.used.rowCount || cols < dim.used.columnCount });
  }
  if (pending.length) await sync();

  const toGrid = (p: Pending): Grid => {
    const values = p.range.values.map((row) => row.map(cleanValue));
    const grid: Grid = {
      name: p.dim.name,
      source: { file, sheet: p.dim.name },
      values,
      origin: { row: p.dim.used.rowIndex, col: p.dim.used.columnIndex },
    };
    if (p.dim !== catalogDim) grid.numberFormats = p.range.numberFormat.map((row) => row.map((f) => (f && f !== 'General' ? f : null)));
    if (p.fonts) {
      const names = p.fonts.value;
      grid.fonts = values.map((row, r) => row.map((_, c) => names[r]?.[c]?.format?.font?.name ?? null));
    }
    if (p.dim.hidden) grid.hidden = true;
    if (p.truncated) grid.truncated = { rows: p.dim.used.rowCount, cols: p.dim.used.columnCount };
    return grid;
  };
  const grids = pending.filter((p) => p.dim !== catalogDim).map(toGrid);
  const catalogPending = pending.find((p) => p.dim === catalogDim);
  return { file, grids, emptySheets, catalogGrid: catalogPending ? toGrid(catalogPending) : null, settings, syncs };
}

export const isTempName = (name: string): boolean => name.startsWith('~') && name.endsWith('~nw');

function parseSettings(raw: unknown): Settings | null {
  try {
    const v = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Partial<Settings> | null;
    if (!v || typeof v !== 'object') return null;
    return {
      department: typeof v.department === 'string' ? v.department : '',
      province: typeof v.province === 'string' ? v.province : '',
      period: typeof v.period === 'string' ? v.period : '',
      expectedUnits: Array.isArray(v.expectedUnits) ? v.expectedUnits.filter((u): u is string => typeof u === 'string') : [],
      ...(v.era === 'before' || v.era === 'since' ? { era: v.era } : {}),
    };
  } catch {
    return null;
  }
}
