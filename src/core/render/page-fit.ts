/**
 * Paper arithmetic for the printed sheets: how wide a column prints, how much a page holds, where pages break.
 * Widths count characters of the default font (Calibri 11). Excel prints a character as 7 pixels (96 an inch);
 * LibreOffice, with Calibri's metric twin Carlito, about 7.6: the estimate takes the wider, so a page planned here
 * holds its columns in both.
 */
import type { PrintSpec } from '../model';

/** A4 in points. */
const A4 = { portrait: { width: 595.3, height: 841.9 }, landscape: { width: 841.9, height: 595.3 } } as const;

/** Margins (inches) of the summary sheets: narrow at the sides, room for the page number at the bottom. */
export const MARGINS: NonNullable<PrintSpec['margins']> = { left: 0.4, right: 0.4, top: 0.5, bottom: 0.6 };

/** The default font's size (points); a sheet printed at scale s shows it at s × this. */
export const BODY_POINTS = 11;

/** Points a column of `width` characters takes on paper at 100 %, at most. @example columnPoints(10) // 57 */
export function columnPoints(width: number): number {
  return Math.ceil(width * 7.6) * 0.75;
}

/** The printable width of an A4 page in points. */
export function printableWidth(orientation: PrintSpec['orientation'], margins = MARGINS): number {
  return A4[orientation].width - (margins.left + margins.right) * 72;
}

/** The printable height of an A4 page in points. */
export function printableHeight(orientation: PrintSpec['orientation'], margins = MARGINS): number {
  return A4[orientation].height - (margins.top + margins.bottom) * 72;
}

/**
 * The scale "fit to one page wide" prints at: 1 when the columns fit, less when they are shrunk.
 * @example fitScale([5, 36, 9, 12], 'landscape') // 1
 */
export function fitScale(widths: number[], orientation: PrintSpec['orientation'], margins = MARGINS): number {
  const total = widths.reduce((sum, w) => sum + columnPoints(w), 0);
  return Math.min(1, printableWidth(orientation, margins) / total);
}

/** A section moves whole to the next page only when what it leaves empty is less than this share of a page. */
const MOVE_WHOLE = 0.35;

/**
 * Columns that start a printed page, for a sheet printed at 100 % across pages with columns [0, repeated) at the
 * left of every page. A group of columns (a section) that does not fit moves whole to the next page when that
 * wastes little of this one; otherwise, or when it is wider than a page, it is cut between two columns.
 * @example columnBreaks([10, 10, 20, 20], [[2, 2], [3, 3]], 2, 250) // [3]: 114 + 114 points fit, a third column does not
 */
export function columnBreaks(
  widths: number[],
  groups: [number, number][],
  repeated: number,
  pageWidth: number,
): number[] {
  const span = (from: number, to: number): number =>
    widths.slice(from, to + 1).reduce((sum, w) => sum + columnPoints(w), 0);
  const fixed = span(0, repeated - 1);
  const fresh = pageWidth - fixed;
  const breaks: number[] = [];
  let used = span(0, (groups[0]?.[0] ?? 0) - 1);
  const newPage = (col: number): void => {
    breaks.push(col);
    used = fixed;
  };
  for (const [from, to] of groups) {
    const size = span(from, to);
    const room = pageWidth - used;
    if (size > room && used > fixed && size <= fresh && room < fresh * MOVE_WHOLE) newPage(from);
    for (let c = from; c <= to; c++) {
      const w = columnPoints(widths[c]);
      if (used + w > pageWidth && used > fixed) newPage(c);
      used += w;
    }
  }
  return breaks;
}

/**
 * Rows that start a printed page so that no block (a chart with its table) is cut: `blocks` are [first, last] rows.
 * @example rowBreaks([15, 15, 15, 15], [[0, 1], [2, 3]], 40) // [2]
 */
export function rowBreaks(heights: number[], blocks: [number, number][], pageHeight: number): number[] {
  const breaks: number[] = [];
  let used = 0;
  let last = 0;
  for (const [from, to] of blocks) {
    const size = heights.slice(from, to + 1).reduce((sum, h) => sum + h, 0);
    const gap = heights.slice(last, from).reduce((sum, h) => sum + h, 0);
    if (used + gap + size > pageHeight && used > 0) {
      breaks.push(from);
      used = size;
    } else used += gap + size;
    last = to + 1;
  }
  return breaks;
}
