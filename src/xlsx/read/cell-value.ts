import type { CellValue } from '../../core/model';
import type { SharedStrings } from './shared-strings';
import type { CellStyle } from './styles';
import { decodeEntitiesAgain } from './xml-text';

/** The `t` attribute of a cell; "n" when absent or unknown. */
export type CellType = 'n' | 's' | 'str' | 'inlineStr' | 'b' | 'e' | 'd';

/** What one `<c>` holds as written; the sheet reader reuses one object from cell to cell. */
export type RawCell = {
  type: CellType;
  /** `s` as parseInt reads it (NaN when absent); ExcelJS applies a style only when it is not 0. */
  styleId: number;
  /** Text of `<v>` and of an inline string's `<t>`, in document order; undefined when there is none. */
  text: string | undefined;
  /** An inline string's rich text runs, joined. */
  runs: string | undefined;
  /** The cell has `<f>` with text or a `t` (shared, array): a formula, whose value is its cached result. */
  formula: boolean;
  /**
   * ExcelJS keeps the formula's text, or the address of its shared formula's master. A formula without either
   * (a shared formula whose master is missing) reads as an empty cell.
   */
  formulaKept: boolean;
};

export type ValueContext = { sharedStrings: SharedStrings; date1904: boolean };

/** A value before it becomes a grid value: an error stays apart from text so a hyperlink can tell them apart. */
type Typed = string | number | boolean | Date | { error: string } | undefined;

/**
 * The grid value of a cell, exactly as `toCellValue(cell.value)` of src/cli/read-xlsx.ts gives it after ExcelJS
 * loaded the file; undefined when ExcelJS drops the cell (no value, no formula, no style, no link).
 * `link` is the target of a hyperlink on the cell: a cell with a link shows its text, or the link when its
 * value is not text.
 */
export function cellValue(
  cell: RawCell,
  style: CellStyle | null,
  ctx: ValueContext,
  link?: string,
): CellValue | undefined {
  if (cell.formula) {
    const result = cell.text ? typedText(cell.type, cell.text) : undefined;
    const dated =
      result !== undefined && !(result instanceof Date) && style?.isDate
        ? serialDate(asNumber(result), ctx.date1904)
        : result;
    if (link) return linkText(dated, link);
    // A result of 0 or FALSE is a figure (=SUM over empty cells is a real 0), although ExcelJS's cell.value drops it.
    return cell.formulaKept ? plain(dated) : null;
  }
  if (cell.text !== undefined || cell.runs !== undefined) {
    let value = storedValue(cell, ctx);
    if (typeof value === 'number' && style?.isDate) value = serialDate(value, ctx.date1904);
    return link ? linkText(value, link) : plain(value);
  }
  if (link) return link;
  return cell.styleId ? null : undefined;
}

/** A cell's own value by its type; formulas go through typedText. */
function storedValue(cell: RawCell, ctx: ValueContext): Typed {
  switch (cell.type) {
    case 's':
      return ctx.sharedStrings[parseIntLikeJs(cell.text ?? '')];
    case 'inlineStr':
      return cell.runs ?? cell.text;
    default:
      return typedText(cell.type, cell.text ?? '');
  }
}

/** `<v>` text read by type, as ExcelJS reads it (a formula's cached result too). */
function typedText(type: CellType, text: string): Typed {
  switch (type) {
    case 'str':
      return decodeEntitiesAgain(text);
    case 'b':
      return parseInt(text, 10) !== 0;
    case 'e':
      return { error: text };
    case 'd':
      // ExcelJS reads t="d" as a number (parseFloat("2022-06-30") = 2022); the ISO date is what was meant.
      return isoDate(text);
    default:
      return parseFloatLikeJs(text);
  }
}

/** `parseInt(text, 10)`, without the call for the usual plain digits (shared string indexes). */
function parseIntLikeJs(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57 || i > 14) return parseInt(text, 10);
    n = n * 10 + c - 48;
  }
  return text.length > 0 ? n : NaN;
}

/** `parseFloat(text)`, without the call for plain integers of up to 15 digits (exact either way). */
function parseFloatLikeJs(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 48 || c > 57 || i > 14) return parseFloat(text);
    n = n * 10 + c - 48;
  }
  return text.length > 0 ? n : NaN;
}

function plain(value: Typed): CellValue {
  if (value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateText(value);
  return value.error;
}

/**
 * A linked cell shows its text; a linked number, date or boolean keeps its value (ExcelJS would give the link's
 * target instead, losing the figure); only a cell with nothing else to show gives the target.
 */
function linkText(value: Typed, link: string): CellValue {
  if (typeof value === 'string') return value || null;
  if (typeof value === 'number' || typeof value === 'boolean' || value instanceof Date) return plain(value);
  return link;
}

/** `value - 25569` in JavaScript: what ExcelJS computes when a date format meets a text or boolean result. */
function asNumber(value: Typed): number {
  if (typeof value === 'number') return value;
  if (typeof value === 'string') return Number(value);
  if (typeof value === 'boolean') return value ? 1 : 0;
  return NaN;
}

/** An Excel serial as a UTC date: day 25569 is 1970-01-01; the 1904 system counts 1462 days less. */
function serialDate(serial: number, date1904: boolean): Date {
  return new Date(Math.round((serial - 25569 + (date1904 ? 1462 : 0)) * 24 * 3600 * 1000));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}(T\d{2}:\d{2}(:\d{2}(\.\d+)?)?)?(Z|[+-]\d{2}:?\d{2})?$/;

/** A t="d" cell's ISO 8601 text as a date; a time without a zone is taken as written (UTC, like serials). */
function isoDate(text: string): Typed {
  const trimmed = text.trim();
  const m = ISO_DATE.exec(trimmed);
  if (!m) return trimmed;
  const date = new Date(m[4] || !m[1] ? trimmed : `${trimmed}Z`);
  return Number.isNaN(date.getTime()) ? trimmed : date;
}

/**
 * Excel stores dates as serials read back in UTC; a date without a time reads as "2022-06-30".
 * @example dateText(new Date(Date.UTC(2022, 5, 20, 8, 30))) // '2022-06-20T08:30:00Z'
 */
export function dateText(date: Date): string {
  if (Number.isNaN(date.getTime())) return '';
  const iso = date.toISOString();
  return iso.endsWith('T00:00:00.000Z') ? iso.slice(0, 10) : iso.replace('.000Z', 'Z');
}
