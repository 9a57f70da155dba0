/** Pure planning of a sheet write: value and format matrices, style rectangles, row chunks under a byte budget. */
import type { CellSpec, CellStyle, SheetSpec, SpecValue } from '../core/model';

export type Rect = { row: number; col: number; rows: number; cols: number };

/** Width of the sheet: the longest row. */
export const sheetWidth = (spec: SheetSpec): number => spec.rows.reduce((w, row) => Math.max(w, row.length), 0);

/**
 * Values as Excel takes them: null → "" (empty). Strings stay strings: the number format matrix makes them text.
 */
export function valueMatrix(spec: SheetSpec, width: number, from = 0, to = spec.rows.length): (string | number | boolean)[][] {
  return spec.rows.slice(from, to).map((row) => Array.from({ length: width }, (_, c) => toExcelValue(row[c]?.value ?? null)));
}

const toExcelValue = (v: SpecValue): string | number | boolean => (v === null ? '' : v);

/** Number formats: the style's, else "@" for text (so "=..." stays text), else General. */
export function formatMatrix(spec: SheetSpec, width: number, from = 0, to = spec.rows.length): string[][] {
  return spec.rows.slice(from, to).map((row) => Array.from({ length: width }, (_, c) => cellFormat(row[c])));
}

const cellFormat = (cell: CellSpec | null | undefined): string => {
  if (cell?.style?.numberFormat) return cell.style.numberFormat;
  return typeof cell?.value === 'string' ? '@' : 'General';
};

/**
 * The number-format matrix as rectangles of one format: runs down each column, and neighbouring columns with the
 * same runs joined. A report's columns keep one format from top to bottom, so the 80,000 cells of the mapping
 * sheet become a few dozen blocks (each sent as one value, not as one string per cell).
 * @example a 7,000-row table of 11 text or number columns → about a dozen blocks
 */
export function formatBlocks(spec: SheetSpec, width: number): { format: string; rect: Rect }[] {
  const height = spec.rows.length;
  const blocks: { format: string; rect: Rect }[] = [];
  let open: { format: string; rect: Rect }[] = [];
  let openKey = '';
  for (let c = 0; c < width; c++) {
    const runs: { format: string; rect: Rect }[] = [];
    let start = 0;
    let current = cellFormat(spec.rows[0]?.[c]);
    for (let r = 1; r <= height; r++) {
      const f = r < height ? cellFormat(spec.rows[r][c]) : '';
      if (r < height && f === current) continue;
      runs.push({ format: current, rect: { row: start, col: c, rows: r - start, cols: 1 } });
      start = r;
      current = f;
    }
    const key = runs.map((b) => `${b.rect.row}:${b.rect.rows}:${b.format}`).join('\u0000');
    if (c > 0 && key === openKey) {
      for (const b of open) b.rect.cols += 1;
      continue;
    }
    blocks.push(...runs);
    open = runs;
    openKey = key;
  }
  return blocks;
}

/** The visual part of a style (number formats are written as a matrix). */
export type VisualStyle = Omit<CellStyle, 'numberFormat'>;

const styleKey = (style: CellStyle | undefined): string => {
  if (!style) return '';
  const { numberFormat: _ignored, ...rest } = style;
  const entries = Object.entries(rest).filter(([, v]) => v !== undefined && v !== false);
  return entries.length ? JSON.stringify(entries.sort(([a], [b]) => a.localeCompare(b))) : '';
};

/**
 * Groups cells of equal visual style into rectangles: runs along each row, then runs of equal runs down the rows.
 * @example a 10×4 table with a bold header → 2 rectangles, not 40 cells.
 */
export function styleRects(spec: SheetSpec): { style: VisualStyle; rects: Rect[] }[] {
  const byKey = new Map<string, { style: VisualStyle; rects: Rect[] }>();
  // Open rectangles keyed by "key|col|cols", extended while the next row has the same run.
  let open = new Map<string, Rect>();
  spec.rows.forEach((row, r) => {
    const next = new Map<string, Rect>();
    let c = 0;
    while (c < row.length) {
      const key = styleKey(row[c]?.style);
      let end = c + 1;
      while (end < row.length && styleKey(row[end]?.style) === key) end++;
      if (key) {
        const id = `${key}|${c}|${end - c}`;
        const prev = open.get(id);
        if (prev && prev.row + prev.rows === r) {
          prev.rows += 1;
          next.set(id, prev);
        } else {
          const rect = { row: r, col: c, rows: 1, cols: end - c };
          const { numberFormat: _n, ...style } = (row[c] as CellSpec).style as CellStyle;
          const group = byKey.get(key) ?? { style, rects: [] };
          group.rects.push(rect);
          byKey.set(key, group);
          next.set(id, rect);
        }
      }
      c = end;
    }
    open = next;
  });
  return [...byKey.values()];
}

/**
 * Splits rows [0, rowCount) into chunks whose estimated JSON size stays under `budget` bytes.
 * @example chunkRows(10, () => 100, 250) // [[0,2],[2,4],[4,6],[6,8],[8,10]]
 */
export function chunkRows(rowCount: number, rowBytes: (row: number) => number, budget: number): [number, number][] {
  const chunks: [number, number][] = [];
  let start = 0;
  let size = 0;
  for (let r = 0; r < rowCount; r++) {
    const b = rowBytes(r);
    if (r > start && size + b > budget) {
      chunks.push([start, r]);
      start = r;
      size = 0;
    }
    size += b;
  }
  if (rowCount > start) chunks.push([start, rowCount]);
  return chunks;
}

/** Column width in characters (as ExcelJS and the CLI write it) → points for Office.js. */
export const widthToPoints = (chars: number): number => Math.round(chars * 5.6 + 5);

/** A name for the sheet being written before it replaces `name` (≤ 31 characters, no forbidden characters). */
export const tempSheetName = (name: string): string => `~${name}`.slice(0, 28) + '~nw';
