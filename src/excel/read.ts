/**
 * Reads the candidate sheets of the open workbook as grids, fresh at every call, in few requests whatever the
 * number of sheets: (1) the sheet list, settings and file name; (2) the used range of every sheet (empty sheets
 * come back as null objects, cheaply); (3…) values and number formats in pieces whose answers stay under the
 * budget (Excel on the web refuses a response over 5 MB), and the font of the label columns — one name per sheet
 * when the sheet uses one font there, cell by cell only for the sheets that mix fonts. The size of an answer is
 * learnt as the pieces come back; a piece Excel still finds too large is split in two and read again.
 */
import type { CellValue, Grid } from '../core/model';
import { BUDGET, COST, wireBytes } from './meter';
import type { Capabilities, ReadResult, Settings } from './types';

export const SETTINGS_KEY = 'tonghop.settings';
/** The names of the sheets the last write made (JSON array): never read as sources, whatever they are called. */
export const OUTPUTS_KEY = 'tonghop.outputs';
/** Bounds of one sheet's read: a unit report is a few hundred rows; more is not a report (marked truncated). */
export const MAX_ROWS = 3000;
export const MAX_COLS = 60;
/** Fonts are read for the first columns only (where labels are), to detect .Vn* / VNI-* legacy encodings. */
export const FONT_ROWS = 500;
export const FONT_COLS = 4;
/** First guess of an answer's bytes per cell (a value and its number format); corrected by what comes back. */
const GUESS_BYTES_PER_CELL = 40;
/** Bytes per cell of getCellProperties' font names ({"format":{"font":{"name":"…"}}}, escaped). */
const FONT_BYTES_PER_CELL = 60;

export type ReadOptions = {
  /** Sheet names that are never sources (the output sheets). Compared case-insensitively. */
  exclude: string[];
  catalogSheet: string;
  capabilities: Capabilities;
  /** Bytes per response (tests use small budgets). */
  budget?: number;
  /** Extra settings to read (their raw values come back in `extraSettings`). */
  settingKeys?: string[];
};

type Sheet = { ws: Excel.Worksheet; name: string; id: string; hidden: boolean; catalog: boolean; used: Excel.Range };
type Dims = { row: number; col: number; rows: number; cols: number; truncated: boolean };
/** Rows [from, to) of one sheet's used block. */
type Piece = { sheet: Sheet; dims: Dims; from: number; to: number };
type Read = { piece: Piece; range: Excel.Range };

/** Excel returns "" for empty cells; the engine wants null. Office.js gives only text, numbers and booleans. */
const cleanValue = (v: string | number | boolean | null | undefined): CellValue =>
  v === '' || v === undefined || v === null ? null : v;

const isTooLarge = (e: unknown): boolean => (e as { code?: unknown })?.code === 'ResponsePayloadSizeLimitExceeded';

export async function readWorkbook(context: Excel.RequestContext, options: ReadOptions): Promise<ReadResult> {
  const budget = options.budget ?? BUDGET;
  let syncs = 0;
  const sync = async (): Promise<void> => {
    syncs += 1;
    await context.sync();
  };
  const exclude = new Set(options.exclude.map((n) => n.toLowerCase()));

  // 1. The sheet list, the file name, the settings.
  const sheets = context.workbook.worksheets;
  sheets.load('items/name,items/visibility,items/id');
  context.workbook.load('name');
  const keys = [SETTINGS_KEY, OUTPUTS_KEY, ...(options.settingKeys ?? [])];
  const settingItems = keys.map((key) => context.workbook.settings.getItemOrNullObject(key).load('value'));
  await sync();
  const file = context.workbook.name || 'workbook.xlsx';
  const rawSettings = Object.fromEntries(
    keys.map((key, i) => [key, settingItems[i].isNullObject ? null : settingItems[i].value]),
  );
  for (const name of namesOf(rawSettings[OUTPUTS_KEY])) exclude.add(name.toLowerCase());

  // 2. Used ranges (values only: a sheet with formatting and no value is empty).
  const candidates: Sheet[] = [];
  for (const ws of sheets.items) {
    const key = ws.name.toLowerCase();
    const catalog = key === options.catalogSheet.toLowerCase();
    if (!catalog && (exclude.has(key) || isTempName(ws.name))) continue;
    const used = ws.getUsedRangeOrNullObject(true).untrack();
    used.load('rowIndex,columnIndex,rowCount,columnCount');
    candidates.push({ ws, name: ws.name, id: ws.id, hidden: ws.visibility !== 'Visible', catalog, used });
  }
  await sync();
  const full = candidates.filter((s) => !s.used.isNullObject);
  const emptySheets = candidates.filter((s) => s.used.isNullObject && !s.catalog).map((s) => s.name);

  // 3. Values and number formats, in pieces under the budget; the label columns' font alongside; then the fonts
  // cell by cell of the sheets that mix fonts there.
  const { got, fonts } = await readValues(full, options.capabilities.cellProperties, budget, sync);
  const cellFonts = await readMixedFonts(
    [...fonts].filter(([, font]) => font.name === null).map(([sheet]) => sheet),
    budget,
    sync,
  );

  const toGrid = (sheet: Sheet): Grid =>
    gridOf(sheet, file, got.get(sheet) ?? [], fonts.get(sheet)?.name ?? null, cellFonts.get(sheet));
  const catalog = full.find((s) => s.catalog);
  return {
    file,
    grids: full.filter((s) => !s.catalog).map(toGrid),
    sheetIds: Object.fromEntries(candidates.filter((s) => !s.catalog).map((s) => [s.name, s.id])),
    emptySheets,
    catalogGrid: catalog ? toGrid(catalog) : null,
    settings: parseSettings(rawSettings[SETTINGS_KEY]),
    extraSettings: rawSettings,
    syncs,
  };
}

const dimsOf = (s: Sheet): Dims => ({
  row: s.used.rowIndex,
  col: s.used.columnIndex,
  rows: Math.min(s.used.rowCount, MAX_ROWS),
  cols: Math.min(s.used.columnCount, MAX_COLS),
  truncated: s.used.rowCount > MAX_ROWS || s.used.columnCount > MAX_COLS,
});

/** The label columns' block of a sheet, whose fonts tell TCVN3 and VNI text. */
const fontBlock = (sheet: Sheet): Excel.Range => {
  const d = dimsOf(sheet);
  return sheet.ws.getRangeByIndexes(d.row, d.col, Math.min(d.rows, FONT_ROWS), Math.min(d.cols, FONT_COLS)).untrack();
};

/**
 * Values and number formats of every sheet, in pieces whose answers stay under the budget: the size per cell is
 * learnt from what comes back, and a piece Excel still finds too large is read again in halves. With the first
 * piece of a sheet, its label columns' font (one name, or null where they mix fonts).
 */
async function readValues(
  sheets: Sheet[],
  readFonts: boolean,
  budget: number,
  sync: () => Promise<void>,
): Promise<{ got: Map<Sheet, Read[]>; fonts: Map<Sheet, Excel.RangeFont> }> {
  let queue: Piece[] = sheets.map((sheet) => {
    const dims = dimsOf(sheet);
    return { sheet, dims, from: 0, to: dims.rows };
  });
  const fonts = new Map<Sheet, Excel.RangeFont>();
  const got = new Map<Sheet, Read[]>();
  let bytesPerCell = GUESS_BYTES_PER_CELL;
  while (queue.length) {
    const { chunk, rest } = takeChunk(queue, bytesPerCell, budget);
    const reads: Read[] = chunk.map((piece) => {
      const { dims, from, to, sheet } = piece;
      const range = sheet.ws.getRangeByIndexes(dims.row + from, dims.col, to - from, dims.cols).untrack();
      range.load(sheet.catalog ? 'values' : 'values,numberFormat');
      if (readFonts && !sheet.catalog && from === 0) fonts.set(sheet, fontBlock(sheet).format.font.load('name'));
      return { piece, range };
    });
    try {
      await sync();
    } catch (e) {
      if (!isTooLarge(e) || (chunk.length === 1 && chunk[0].to - chunk[0].from === 1)) throw e;
      // Excel found the answer too large after all: twice the rate makes the next chunk half as large.
      queue = [...splitLone(chunk), ...rest];
      bytesPerCell *= 2;
      continue;
    }
    let bytes = 0;
    let cells = 0;
    for (const r of reads) {
      bytes += wireBytes(r.range.values) + (r.piece.sheet.catalog ? 0 : wireBytes(r.range.numberFormat));
      cells += (r.piece.to - r.piece.from) * r.piece.dims.cols;
      got.set(r.piece.sheet, [...(got.get(r.piece.sheet) ?? []), r]);
    }
    // What came back says what the rest will cost: the largest rate seen, with a margin.
    if (cells > 0) bytesPerCell = Math.max(bytesPerCell, (bytes / cells) * 1.25);
    queue = rest;
  }
  return { got, fonts };
}

/** The fonts cell by cell (getCellProperties) of the sheets that mix fonts, in requests whose answers fit. */
async function readMixedFonts(
  sheets: Sheet[],
  budget: number,
  sync: () => Promise<void>,
): Promise<Map<Sheet, string[][]>> {
  const cellFonts = new Map<Sheet, string[][]>();
  for (const group of groupByBytes(sheets, (s) => fontCells(dimsOf(s)) * FONT_BYTES_PER_CELL, budget)) {
    const results = group.map((sheet) => ({
      sheet,
      result: fontBlock(sheet).getCellProperties({ format: { font: { name: true } } }),
    }));
    await sync();
    for (const { sheet, result } of results)
      cellFonts.set(
        sheet,
        result.value.map((row) => row.map((c) => c.format?.font?.name ?? '')),
      );
  }
  return cellFonts;
}

/** A sheet's pieces as one grid: values, number formats, the label columns' fonts, hidden and truncated marks. */
function gridOf(
  sheet: Sheet,
  file: string,
  pieces: Read[],
  uniformFont: string | null,
  perCell: string[][] | undefined,
): Grid {
  const reads = [...pieces].sort((a, b) => a.piece.from - b.piece.from);
  const dims = dimsOf(sheet);
  const values = reads.flatMap((r) => r.range.values.map((row) => row.map(cleanValue)));
  const grid: Grid = {
    name: sheet.name,
    source: { file, sheet: sheet.name },
    values,
    origin: { row: dims.row, col: dims.col },
  };
  if (!sheet.catalog) {
    // Office.js types range.numberFormat as any[][]; its cells are format codes (text).
    const formatsOf = (formats: unknown[][]) =>
      formats.map((row) => row.map((f) => (typeof f === 'string' && f !== '' && f !== 'General' ? f : null)));
    grid.numberFormats = reads.flatMap((r) => formatsOf(r.range.numberFormat));
    if (uniformFont || perCell) {
      const fontAt = (r: number, c: number): string | null =>
        r < FONT_ROWS && c < FONT_COLS ? (perCell ? perCell[r]?.[c] || null : uniformFont) : null;
      grid.fonts = values.map((row, r) => row.map((_, c) => fontAt(r, c)));
    }
  }
  if (sheet.hidden) grid.hidden = true;
  if (dims.truncated) grid.truncated = { rows: sheet.used.rowCount, cols: sheet.used.columnCount };
  return grid;
}

const fontCells = (d: Dims): number => Math.min(d.rows, FONT_ROWS) * Math.min(d.cols, FONT_COLS);

/** The pieces that fit one answer (at least one, split by rows when a sheet alone is too large). */
function takeChunk(queue: Piece[], bytesPerCell: number, budget: number): { chunk: Piece[]; rest: Piece[] } {
  const room = budget - 20_000;
  const chunk: Piece[] = [];
  let bytes = 0;
  for (let i = 0; i < queue.length; i++) {
    const piece = queue[i];
    const cost = (piece.to - piece.from) * piece.dims.cols * bytesPerCell + COST.object;
    if (bytes + cost <= room) {
      chunk.push(piece);
      bytes += cost;
      continue;
    }
    if (chunk.length) return { chunk, rest: queue.slice(i) };
    // One sheet larger than an answer: as many of its rows as fit, the rest later.
    const rows = Math.max(1, Math.floor((room - COST.object) / (piece.dims.cols * bytesPerCell)));
    return {
      chunk: [{ ...piece, to: piece.from + rows }],
      rest: [{ ...piece, from: piece.from + rows }, ...queue.slice(i + 1)],
    };
  }
  return { chunk, rest: [] };
}

/** A lone piece is split in two halves of rows (several pieces are simply taken fewer at a time). */
function splitLone(pieces: Piece[]): Piece[] {
  if (pieces.length > 1) return pieces;
  const [p] = pieces;
  const mid = p.from + Math.ceil((p.to - p.from) / 2);
  return [
    { ...p, to: mid },
    { ...p, from: mid },
  ];
}

function groupByBytes<T>(items: T[], bytes: (item: T) => number, budget: number): T[][] {
  const groups: T[][] = [];
  let current: T[] = [];
  let size = 0;
  for (const item of items) {
    const b = bytes(item);
    if (current.length && size + b > budget) {
      groups.push(current);
      current = [];
      size = 0;
    }
    current.push(item);
    size += b;
  }
  if (current.length) groups.push(current);
  return groups;
}

/** The names in a setting holding a JSON array of names (an absent or broken one holds none). */
export function namesOf(raw: unknown): string[] {
  try {
    const v: unknown = typeof raw === 'string' ? JSON.parse(raw) : raw;
    return Array.isArray(v) ? v.filter((n): n is string => typeof n === 'string') : [];
  } catch {
    return [];
  }
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
      expectedUnits: Array.isArray(v.expectedUnits)
        ? v.expectedUnits.filter((u): u is string => typeof u === 'string')
        : [],
      ...(v.era === 'before' || v.era === 'since' ? { era: v.era } : {}),
    };
  } catch {
    return null;
  }
}
