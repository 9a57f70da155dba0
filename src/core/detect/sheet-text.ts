import { memoizeText } from '../text/memo';
import type { CellValue, Grid } from '../model';
import { collapseWhitespace, decodeLegacy, encodingOfFont, removeInvisible, type TextEncoding } from '../text';

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
  /** Some cells are covered by merges (else owner() is always null). */
  hasMerges: boolean;
  /** Legacy encodings met while decoding. */
  encodings: Set<Exclude<TextEncoding, 'unicode'>>;
  /**
   * Per-cell answers that layout search asks again for every candidate column (question × rows × cols + row × cols +
   * col; 0 = not asked yet, codes in layout.ts), so each cell is judged once per sheet; made on the first question.
   */
  answers: Int8Array | null;
};

type CleanText = { text: string; encoding: TextEncoding };

/** Printable ASCII, no leading, trailing or double space: cleaning changes nothing, decoding neither. */
const PLAIN_ASCII = /^(?:[!-~]+(?: [!-~]+)*)?$/;

// Cell texts repeat from sheet to sheet (headers, measures, common labels, a legacy font's words): decode each once.
// Decoding depends on the font only through its encoding, so there is one cache per encoding, keyed by the bare
// text: a "font + text" key would cost a new string per cell.
type Cleaner = {
  clean: (raw: string) => CleanText;
  /** False for an all-capitals legacy font (".VnTimeH"), which shows plain ASCII in capitals. */
  plainIsClean: boolean;
};
const byEncoding = new Map<string, Cleaner>();
const byFont = new Map<string | null, Cleaner>();

/** The cached decoder of text cells in a font; line breaks survive because title cells hold several lines. */
function cleanerFor(font: string | null): Cleaner {
  let cleaner = byFont.get(font);
  if (cleaner) return cleaner;
  const { encoding, caps } = encodingOfFont(font);
  const key = caps ? `${encoding}-caps` : encoding;
  cleaner = byEncoding.get(key);
  if (!cleaner) {
    // Any font of the same encoding decodes alike, so the first one met stands for all of them.
    cleaner = {
      clean: memoizeText((raw: string) => cleanTextUncached(raw, font)),
      plainIsClean: !(encoding === 'tcvn3' && caps),
    };
    byEncoding.set(key, cleaner);
  }
  // Fonts are few (a workbook has a handful): the map stays small.
  if (byFont.size < 1000) byFont.set(font, cleaner);
  return cleaner;
}

function cleanTextUncached(raw: string, font: string | null): CleanText {
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
  // Neighbouring cells nearly always share a font: its cleaner is looked up again only when the font changes.
  let lastFont: string | null = null;
  let cleaner = cleanerFor(null);
  for (let r = 0; r < rows; r++) {
    const source = grid.values[r] ?? [];
    const row: CellValue[] = [];
    for (let c = 0; c < Math.min(source.length, cols); c++) {
      const v = source[c];
      if (typeof v === 'string') {
        const font = grid.fonts?.[r]?.[c] ?? null;
        if (font !== lastFont) {
          lastFont = font;
          cleaner = cleanerFor(font);
        }
        // Plain single-spaced ASCII ("1.300", "BTS", "x") is already clean in most fonts: no cache needed.
        if (cleaner.plainIsClean && PLAIN_ASCII.test(v)) {
          row.push(v === '' ? null : v);
          continue;
        }
        const { text, encoding } = cleaner.clean(v);
        if (encoding !== 'unicode') encodings.add(encoding);
        row.push(text === '' ? null : text);
      } else {
        row.push(typeof v === 'number' && !Number.isFinite(v) ? null : (v ?? null));
      }
    }
    values.push(row);
  }
  const owners = new Map<number, { row: number; col: number }>();
  for (const m of grid.merges ?? []) {
    const owner = { row: m.top, col: m.left };
    for (let r = Math.max(m.top, 0); r <= Math.min(m.bottom, rows - 1); r++) {
      for (let c = Math.max(m.left, 0); c <= Math.min(m.right, cols - 1); c++) {
        if (r !== m.top || c !== m.left) owners.set(r * cols + c, owner);
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
    hasMerges: owners.size > 0,
    owner: (r, c) =>
      owners.size > 0 && r >= 0 && r < rows && c >= 0 && c < cols ? (owners.get(r * cols + c) ?? null) : null,
    encodings,
    answers: null,
  };
}
