import type { CellValue, Grid } from '../../core/model';
import type { ReadLimits } from './limits';
import type { Merge, SheetRow, SheetScan } from './sheet';

/**
 * A scanned sheet as the grid `worksheetToGrid` (src/cli/read-xlsx.ts) makes of the same sheet loaded by ExcelJS:
 * merges applied (only the top-left cell keeps a value), rows cut after their last value, trailing empty rows
 * dropped, and `truncated` set when the sheet is bigger than the limits.
 */
export function gridFromScan(scan: SheetScan, name: string, file: string, hidden: boolean, limits: ReadLimits): Grid {
  // Merged cells exist in ExcelJS's model, so a merge below the last written row extends the sheet.
  let rowCount = scan.lastRow;
  for (const m of scan.merges) rowCount = Math.max(rowCount, m.bottom);
  for (const merge of scan.merges) applyMerge(scan, merge, limits);
  return assembleGrid(
    {
      name,
      hidden,
      rowCount,
      row: (r) => {
        const row = scan.rows[r];
        return row && { hidden: row.hidden, cellCount: row.cellCount, read: (maxCols) => readRow(row, maxCols) };
      },
      merges: gridMerges(scan.merges, limits),
      columnCountBelow: () => columnCountBelow(scan, limits),
    },
    file,
    limits,
  );
}

/** The values, number formats and fonts of one row, cut after its last value. */
export type RowRead = { values: CellValue[]; formats: (string | null)[]; fonts: (string | null)[] };

/** A sheet as a reader sees it (this one over the XML, or ExcelJS's model), for assembleGrid. */
export type SheetRows = {
  name: string;
  hidden: boolean;
  /** Rows the sheet has, counting from row 1. */
  rowCount: number;
  /** The 0-based row, or undefined for a row the sheet does not have. */
  row: (r: number) => { hidden: boolean; cellCount: number; read: (maxCols: number) => RowRead } | undefined;
  /** Merges in grid coordinates, already limited and sorted. */
  merges: Merge[];
  /** The widest row below the scanned rows, asked only when the sheet has more rows than the limits. */
  columnCountBelow: () => number;
};

/**
 * The grid of a sheet read row by row: hidden rows noted, trailing empty rows dropped, and `truncated` set when the
 * sheet is bigger than the limits. Both readers of the command line end here, so their grids are built alike.
 */
export function assembleGrid(sheet: SheetRows, file: string, limits: ReadLimits): Grid {
  const values: CellValue[][] = [];
  const numberFormats: (string | null)[][] = [];
  const fonts: (string | null)[][] = [];
  const hiddenRows: number[] = [];
  let widest = 0;
  for (let r = 0; r < Math.min(sheet.rowCount, limits.maxRows); r++) {
    const row = sheet.row(r);
    if (row?.hidden) hiddenRows.push(r);
    widest = Math.max(widest, row?.cellCount ?? 0);
    const read = row ? row.read(limits.maxCols) : { values: [], formats: [], fonts: [] };
    values.push(read.values);
    numberFormats.push(read.formats);
    fonts.push(read.fonts);
  }
  trimTrailingEmptyRows(values, numberFormats, fonts);
  const grid: Grid = {
    name: sheet.name,
    source: { file, sheet: sheet.name },
    values,
    numberFormats,
    fonts,
    origin: { row: 0, col: 0 },
    merges: sheet.merges,
  };
  if (sheet.hidden) grid.hidden = true;
  if (hiddenRows.length > 0) grid.hiddenRows = hiddenRows.filter((r) => r < values.length);
  if (sheet.rowCount > limits.maxRows || widest > limits.maxCols) {
    grid.truncated = {
      rows: sheet.rowCount,
      cols: Math.max(widest, sheet.rowCount > limits.maxRows ? sheet.columnCountBelow() : 0),
    };
  }
  return grid;
}

/**
 * ExcelJS creates every cell of a merged range: the ones the sheet did not write take the row's, else the
 * column's, number format and font; the ones it wrote keep their own format but lose their value.
 */
function applyMerge(scan: SheetScan, m: Merge, limits: ReadLimits): void {
  for (let r = m.top; r <= Math.min(m.bottom, limits.maxRows); r++) {
    const row = (scan.rows[r - 1] ??= {
      hidden: false,
      style: null,
      cellCount: 0,
      offset: -1,
      values: [],
      formats: [],
      fonts: [],
    });
    row.cellCount = Math.max(row.cellCount, m.right);
    for (let c = m.left; c <= Math.min(m.right, limits.maxCols); c++) {
      const i = c - 1;
      if (row.formats[i] === undefined) {
        const column = scan.columnStyles[i] ?? null;
        row.values[i] = null;
        row.formats[i] = row.style?.numFmt || column?.numFmt || null;
        row.fonts[i] = (row.style?.hasFont ? row.style.font : column?.font) ?? null;
      } else if (r > m.top || c > m.left) row.values[i] = null;
    }
  }
}

function readRow(row: SheetRow, maxCols: number): RowRead {
  const width = Math.min(row.cellCount, maxCols);
  let last = -1;
  for (let c = 0; c < width; c++) if (row.formats[c] !== undefined && row.values[c] !== null) last = c;
  const values: CellValue[] = new Array<CellValue>(last + 1);
  const formats: (string | null)[] = new Array<string | null>(last + 1);
  const fonts: (string | null)[] = new Array<string | null>(last + 1);
  for (let c = 0; c <= last; c++) {
    const kept = row.formats[c] !== undefined;
    values[c] = kept ? row.values[c] : null;
    formats[c] = kept ? row.formats[c] : null;
    fonts[c] = kept ? row.fonts[c] : null;
  }
  return { values, formats, fonts };
}

function trimTrailingEmptyRows(...tables: unknown[][][]): void {
  const values = tables[0];
  let end = values.length;
  while (end > 0 && values[end - 1].length === 0) end--;
  for (const table of tables) table.length = end;
}

/** Merges in grid coordinates (0-based), those starting inside the scanned region, top to bottom. */
function gridMerges(merges: Merge[], limits: ReadLimits): Merge[] {
  return merges
    .filter((m) => m.top <= limits.maxRows && m.left <= limits.maxCols)
    .map((m) => ({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 }))
    .sort((a, b) => a.top - b.top || a.left - b.left);
}

/**
 * ExcelJS's `columnCount` (the widest row that has values, merged cells counting as values) over the rows below
 * the scanned ones; the scanned rows are all in `widest` already. Only counts were kept below, so a merge counts
 * its right edge, and the styled-only rows where it has merged cells. Inexact only for a one-cell merge below the
 * scanned rows (Excel never writes one): whether its row has values is not known.
 */
function columnCountBelow(scan: SheetScan, limits: ReadLimits): number {
  let count = scan.columnCountBelow;
  for (const m of scan.merges) {
    if (m.bottom <= limits.maxRows) continue;
    count = Math.max(count, m.right);
    const styled = scan.styledOnlyBelow;
    for (let i = 0; i < styled.length; i += 2) {
      const r = styled[i];
      // The top row of a one-column merge holds only its master: nothing there counts as a value.
      if (r >= m.top && r <= m.bottom && (r > m.top || m.right > m.left)) count = Math.max(count, styled[i + 1]);
    }
  }
  return count;
}
