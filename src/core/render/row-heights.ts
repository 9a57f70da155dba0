import type { SheetSpec } from '../model';

const LINE_POINTS = 15;
/** Column widths count characters of the default font; Vietnamese text with diacritics runs a little wider. */
const CHAR_FACTOR = 1.0;

/**
 * Heights for rows whose wrapped text needs several lines. Excel and LibreOffice do not re-fit row heights of a
 * written file on open, so a long label would be cut off without them.
 * @example rowHeights({ rows: [[{ value: "a long label...", style: { wrap: true } }]], columnWidths: [10] })
 */
export function rowHeights(sheet: SheetSpec): (number | null)[] {
  const widths = sheet.columnWidths ?? [];
  const merged = new Set((sheet.merges ?? []).filter((m) => m.right > m.left).map((m) => `${m.top},${m.left}`));
  return sheet.rows.map((row, r) => {
    let lines = 1;
    row.forEach((cell, c) => {
      if (!cell || typeof cell.value !== 'string' || !cell.style?.wrap) return;
      const width = Math.max(widths[c] ?? 9, 4);
      if (cell.value.length * CHAR_FACTOR <= width && !cell.value.includes('\n')) return;
      // Asked last: a key string per cell for the 1.5 million cells of a country-scale workbook cost more than the rest.
      if (merged.size > 0 && merged.has(`${r},${c}`)) return;
      const needed = cell.value.split('\n').reduce((n, part) => n + Math.max(1, Math.ceil((part.length * CHAR_FACTOR) / width)), 0);
      lines = Math.max(lines, needed);
    });
    return lines > 1 ? Math.min(lines, 20) * LINE_POINTS : null;
  });
}
