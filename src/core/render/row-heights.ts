import type { SheetSpec } from '../model';

const LINE_POINTS = 15;
/** Column widths count characters of the default font; Vietnamese text with diacritics runs a little wider. */
const CHAR_FACTOR = 1.0;

/**
 * Heights for rows whose wrapped text needs several lines. Excel and LibreOffice do not re-fit row heights of a
 * written file on open, so a long label would be cut off without them.
 * @example rowHeights({ rows: [[{ value: "a long label...", style: { wrap: true } }]], columnWidths: [10] })
 */
export function rowHeights(
  sheet: SheetSpec,
  lines: (value: string, width: number) => number = linesNeeded,
): (number | null)[] {
  // Texts shorter than this share of their column never wrap, whichever measure is used.
  const charFactor = lines === linesNeeded ? CHAR_FACTOR : PROSE_CHAR;
  const widths = (sheet.columnWidths ?? []).map((w) => Math.max(w ?? 9, 4));
  const narrowest = Math.min(9, ...widths);
  const merged = new Set((sheet.merges ?? []).filter((m) => m.right > m.left).map((m) => `${m.top},${m.left}`));
  const heights: (number | null)[] = new Array<number | null>(sheet.rows.length).fill(null);
  sheet.rows.forEach((row, r) => {
    let most = 1;
    for (let c = 0; c < row.length; c++) {
      const value = row[c]?.value;
      // Cheapest test first: most cells of a big sheet are short, and a cell's style is read only when it is not.
      if (typeof value !== 'string' || (value.length * charFactor <= narrowest && !value.includes('\n'))) continue;
      const width = widths[c] ?? 9;
      if (value.length * charFactor <= width && !value.includes('\n')) continue;
      if (!row[c]?.style?.wrap) continue;
      // Asked last: a key string per cell for the 1.5 million cells of a country-scale workbook cost more than the rest.
      if (merged.size > 0 && merged.has(`${r},${c}`)) continue;
      most = Math.max(most, lines(value, width));
    }
    heights[r] = heightOfLines(most);
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
export function linesNeeded(value: string, width: number): number {
  if (!value.includes('\n')) return Math.ceil((value.length * CHAR_FACTOR) / width);
  return value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil((part.length * CHAR_FACTOR) / width)), 0);
}

/** Width of a letter of mixed-case Vietnamese text in Calibri (or its metric twin Carlito), in digit widths. */
const PROSE_CHAR = 0.85;

/**
 * Lines a label or sentence takes when wrapped word by word, as Excel and LibreOffice wrap it: the generic measure
 * counts every letter as wide as a digit and leaves such rows a line too tall; this one breaks at spaces and counts
 * a letter as Calibri draws it. A word longer than a line takes lines of its own.
 * @example proseLines('Số kết quả giải quyết thủ tục hành chính trả qua dịch vụ bưu chính công ích', 32.5) // 3
 */
export function proseLines(value: string, width: number): number {
  const capacity = Math.max(1, Math.floor(width / PROSE_CHAR));
  let lines = 0;
  for (const paragraph of value.split('\n')) {
    let line = 0;
    lines += 1;
    for (const word of paragraph.split(' ')) {
      const needed = line === 0 ? word.length : line + 1 + word.length;
      if (needed <= capacity) {
        line = needed;
        continue;
      }
      // The word starts a line (a new one unless this one is empty), and runs on over more if it is longer.
      if (line > 0) lines += 1;
      lines += Math.ceil(word.length / capacity) - 1;
      line = word.length % capacity || capacity;
    }
  }
  return Math.max(1, lines);
}
