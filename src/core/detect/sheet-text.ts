import { memoizeText } from '../text/memo';
import type { CellValue, Grid } from '../model';
import { collapseWhitespace, decodeLegacy, removeInvisible, type TextEncoding } from '../text';

/** The bounded, decoded view of a grid that every detect step reads. */
export type SheetText = {
  /** Rows and columns inside the scanned region. */
  rows: number;
  cols: number;
  /** Cell value with text decoded from legacy encodings and cleaned (line breaks kept). */
  value: (row: number, col: number) => CellValue;
  /** Cell text: '' for empty cells, numbers as JavaScript writes them. */
  text: (row: number, col: number) => string;
  /** The top-left cell of the merged range covering this cell, when it is covered but is not that cell. */
  owner: (row: number, col: number) => { row: number; col: number } | null;
  /** Legacy encodings met while decoding. */
  encodings: Set<Exclude<TextEncoding, 'unicode'>>;
};

/** Decodes one text cell with its font; line breaks survive because title cells hold several lines. */
function cleanText(raw: string, font: string | null): { text: string; encoding: TextEncoding } {
  return cleanTextCached(font ? `${font}\u0000${raw}` : raw);
}

// Cell texts repeat from sheet to sheet (headers, measures, common labels, a legacy font's words): decode each once.
const cleanTextCached = memoizeText((key: string) => {
  const split = key.indexOf('\u0000');
  return split < 0 ? cleanTextUncached(key, null) : cleanTextUncached(key.slice(split + 1), key.slice(0, split));
});

function cleanTextUncached(raw: string, font: string | null): { text: string; encoding: TextEncoding } {
  const decoded = decodeLegacy(raw, font);
  const text = removeInvisible(decoded.text.normalize('NFC'))
    .split(/\r?\n|\r/)
    .map(collapseWhitespace)
    .filter((l) => l !== '')
    .join('\n');
  return { text, encoding: decoded.encoding };
}

/**
 * Builds the decoded view of the first `maxRows` × `maxCols` cells; nothing outside is ever read.
 * @example readSheetText(grid, 3000, 40).text(0, 0) // "UBND HUYỆN BÙ ĐỐP"
 */
export function readSheetText(grid: Grid, maxRows: number, maxCols: number): SheetText {
  const rows = Math.min(grid.values.length, maxRows);
  let cols = 0;
  for (let r = 0; r < rows; r++) cols = Math.max(cols, Math.min(grid.values[r]?.length ?? 0, maxCols));
  const values: CellValue[][] = [];
  const encodings = new Set<Exclude<TextEncoding, 'unicode'>>();
  for (let r = 0; r < rows; r++) {
    const source = grid.values[r] ?? [];
    const row: CellValue[] = [];
    for (let c = 0; c < Math.min(source.length, cols); c++) {
      const v = source[c];
      if (typeof v === 'string') {
        const { text, encoding } = cleanText(v, grid.fonts?.[r]?.[c] ?? null);
        if (encoding !== 'unicode') encodings.add(encoding);
        row.push(text === '' ? null : text);
      } else {
        row.push(typeof v === 'number' && !Number.isFinite(v) ? null : v ?? null);
      }
    }
    values.push(row);
  }
  const owners = new Map<number, { row: number; col: number }>();
  for (const m of grid.merges ?? []) {
    for (let r = Math.max(m.top, 0); r <= Math.min(m.bottom, rows - 1); r++) {
      for (let c = Math.max(m.left, 0); c <= Math.min(m.right, cols - 1); c++) {
        if (r !== m.top || c !== m.left) owners.set(r * cols + c, { row: m.top, col: m.left });
      }
    }
  }
  const value = (r: number, c: number): CellValue => values[r]?.[c] ?? null;
  return {
    rows,
    cols,
    value,
    text: (r, c) => {
      const v = value(r, c);
      return v === null ? '' : String(v);
    },
    owner: (r, c) => (r >= 0 && r < rows && c >= 0 && c < cols ? owners.get(r * cols + c) ?? null : null),
    encodings,
  };
}
