import type { SheetSpec } from '../model';

const LINE_POINTS = 15;
/** Column widths count characters of the default font; Vietnamese text with diacritics runs a little wider. */
const CHAR_FACTOR = 1.0;

/**
 * Heights for rows whose wrapped text needs several lines. Excel and LibreOffice do not re-fit row heights of a
 * written file on open, so a long label would be cut off without them.
 * @example rowHeights({ rows: [[{ value: "a long label...", style: { wrap: true } }]], columnWidths: [10] })
 */
export function rowHeights(sheet: SheetSpec, charFactor = CHAR_FACTOR): (number | null)[] {
  const widths = (sheet.columnWidths ?? []).map((w) => Math.max(w ?? 9, 4));
  const narrowest = Math.min(9, ...widths);
  const merged = new Set((sheet.merges ?? []).filter((m) => m.right > m.left).map((m) => `${m.top},${m.left}`));
  const heights: (number | null)[] = new Array<number | null>(sheet.rows.length).fill(null);
  sheet.rows.forEach((row, r) => {
    let lines = 1;
    for (let c = 0; c < row.length; c++) {
      const value = row[c]?.value;
      // Cheapest test first: most cells of a big sheet are short, and a cell's style is read only when it is not.
      if (typeof value !== 'string' || (value.length * charFactor <= narrowest && !value.includes('\n'))) continue;
      const width = widths[c] ?? 9;
      if (value.length * charFactor <= width && !value.includes('\n')) continue;
      if (!row[c]?.style?.wrap) continue;
      // Asked last: a key string per cell for the 1.5 million cells of a country-scale workbook cost more than the rest.
      if (merged.size > 0 && merged.has(`${r},${c}`)) continue;
      lines = Math.max(lines, linesNeeded(value, width, charFactor));
    }
    heights[r] = heightOfLines(lines);
  });
  return heights;
}

/** Row height in points for a row whose tallest wrapped cell needs `lines` lines; null = Excel's default. */
export function heightOfLines(lines: number): number | null {
  return lines > 1 ? Math.min(lines, 20) * LINE_POINTS : null;
}

/**
 * Lines a wrapped text needs in a column `width` characters wide.
 * @example linesNeeded('a\nbb', 10) // 2
 */
export function linesNeeded(value: string, width: number, charFactor = CHAR_FACTOR): number {
  if (!value.includes('\n')) return Math.ceil((value.length * charFactor) / width);
  return value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil((part.length * charFactor) / width)), 0);
}

/**
 * Characters per width unit of mixed-case Vietnamese text in Calibri (or its twin Carlito), word wrapping included:
 * a line of a 30-wide column holds about 35 letters. For sheets of labels and sentences, where the generic
 * measure leaves rows a line too tall.
 */
export const PROSE_FACTOR = 0.86;
