/** Pure planning of a sheet write: value and format matrices, style rectangles, row chunks under a byte budget. */
import type { CellSpec, CellStyle, SheetSpec, SpecValue } from '../core/model';
import { columnLetters } from '../core/address/address';

export type Rect = { row: number; col: number; rows: number; cols: number };

/** Width of the sheet: the longest row. */
export const sheetWidth = (spec: SheetSpec): number => spec.rows.reduce((w, row) => Math.max(w, row.length), 0);

/**
 * Values as Excel takes them: null → "" (empty). Strings stay strings: the number format matrix makes them text.
 */
export function valueMatrix(
  spec: SheetSpec,
  width: number,
  from = 0,
  to = spec.rows.length,
): (string | number | boolean)[][] {
  return spec.rows
    .slice(from, to)
    .map((row) => Array.from({ length: width }, (_, c) => toExcelValue(row[c]?.value ?? null)));
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

/** "B3:D7", or "B3" for one cell. */
export function rectAddress(rect: Rect): string {
  const start = `${columnLetters(rect.col)}${rect.row + 1}`;
  return rect.rows === 1 && rect.cols === 1
    ? start
    : `${start}:${columnLetters(rect.col + rect.cols - 1)}${rect.row + rect.rows}`;
}

/** Excel truncates an address list longer than 8,192 characters (getRanges): lists stay under this. */
export const MAX_ADDRESS_LIST = 8000;

/**
 * Joins addresses into comma-separated lists of at most `max` characters, one RangeAreas each.
 * @example addressLists(["A1", "B2:C3"], 8000) // ["A1,B2:C3"]
 */
export function addressLists(addresses: string[], max = MAX_ADDRESS_LIST): string[] {
  const lists: string[] = [];
  let current = '';
  for (const a of addresses) {
    if (current && current.length + 1 + a.length > max) {
      lists.push(current);
      current = '';
    }
    current = current ? `${current},${a}` : a;
  }
  if (current) lists.push(current);
  return lists;
}

/**
 * The style rectangles of a sheet as address lists, one per style (and, for borders, per kind of rectangle, since
 * inside edges exist only in rectangles of two rows or columns): formats go to a few RangeAreas, not to one
 * range per rectangle.
 * @example a summary whose flagged cells are red → one list "E7,H9,K12,…" for the red style
 */
export function styleAreas(
  spec: SheetSpec,
): { style: VisualStyle; inside: { rows: boolean; cols: boolean }; addresses: string }[] {
  const out: { style: VisualStyle; inside: { rows: boolean; cols: boolean }; addresses: string }[] = [];
  for (const { style, rects } of styleRects(spec)) {
    const groups = new Map<string, Rect[]>();
    for (const rect of rects) {
      const key = style.border ? `${rect.rows > 1 ? 'r' : ''}${rect.cols > 1 ? 'c' : ''}` : '';
      const group = groups.get(key) ?? [];
      group.push(rect);
      groups.set(key, group);
    }
    for (const [key, group] of groups) {
      for (const addresses of addressLists(group.map(rectAddress)))
        out.push({ style, inside: { rows: key.includes('r'), cols: key.includes('c') }, addresses });
    }
  }
  return out;
}

/** A run of cells down one column that carry links: written with one setCellProperties call. */
export type LinkRun = {
  row: number;
  col: number;
  links: (
    { hyperlink: { address?: string; documentReference?: string; textToDisplay?: string } } | Record<string, never>
  )[];
};

/**
 * Links per column, as runs of rows (a gap of up to `gap` rows without a link is kept inside the run as {}).
 * @example links in C2, C3 and C5 → one run from row 1 of four cells, the third one empty
 */
export function linkRuns(spec: SheetSpec, toLink: (cell: CellSpec) => LinkRun['links'][number], gap = 2): LinkRun[] {
  const runs: LinkRun[] = [];
  const width = sheetWidth(spec);
  for (let c = 0; c < width; c++) {
    let run: LinkRun | null = null;
    let last = -1;
    spec.rows.forEach((row, r) => {
      const cell = row[c];
      if (!cell?.link) return;
      if (run && r - last - 1 <= gap) {
        for (let g = last + 1; g < r; g++) run.links.push({});
      } else {
        run = { row: r, col: c, links: [] };
        runs.push(run);
      }
      run.links.push(toLink(cell));
      last = r;
    });
  }
  return runs;
}

/** Rows of one height as address lists ("A5,A9,A12…": a row's height applies to the whole row). */
export function rowHeightAreas(spec: SheetSpec): { height: number; addresses: string }[] {
  const byHeight = new Map<number, string[]>();
  (spec.rowHeights ?? []).forEach((h, r) => {
    if (!h) return;
    const list = byHeight.get(h) ?? [];
    list.push(`A${r + 1}`);
    byHeight.set(h, list);
  });
  return [...byHeight].flatMap(([height, rows]) => addressLists(rows).map((addresses) => ({ height, addresses })));
}

/** Runs of neighbouring columns of one width (in characters). */
export function widthRuns(spec: SheetSpec): { col: number; cols: number; width: number }[] {
  const runs: { col: number; cols: number; width: number }[] = [];
  (spec.columnWidths ?? []).forEach((w, c) => {
    if (!w) return;
    const last = runs[runs.length - 1];
    if (last && last.width === w && last.col + last.cols === c) last.cols += 1;
    else runs.push({ col: c, cols: 1, width: w });
  });
  return runs;
}
