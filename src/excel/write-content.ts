/**
 * The content of one sheet spec, written into a worksheet through a RequestBatch: number formats first (so "@"
 * is in place before "=…" labels arrive and they stay text), values in row blocks, styles by whole areas (one
 * RangeAreas per style), merges, links by whole column runs (setCellProperties), and notes. Every range is
 * untracked as soon as it is made: it is used in one request only, and a tracked one would cost a _KeepReference
 * now and a cleanup request after the run.
 */
import type { CellSpec, CellStyle, SheetSpec } from '../core/model';
import { cellAddress } from '../core/address/address';
import { chunkRows, formatBlocks, linkRuns, sheetWidth, styleAreas, valueMatrix, type Rect } from './spec-blocks';
import { toHyperlink } from './cell-ref';
import { COST, RequestBatch, wireBytes } from './meter';

export type ContentOptions = {
  /** The workbook's file name: links to it stay inside the workbook. */
  file: string;
  /** Worksheet.notes (ExcelApi 1.18); without it the notes go to a column at the right of the sheet. */
  notes: boolean;
};

const HALIGN = { left: 'Left', center: 'Center', right: 'Right' } as const;
const VALIGN = { top: 'Top', middle: 'Center', bottom: 'Bottom' } as const;

const rangeOf = (ws: Excel.Worksheet, rect: Rect): Excel.Range =>
  ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols).untrack();

/** Writes `spec` into `ws` (an empty worksheet); returns the width written, notes column included. */
export async function writeContent(
  ws: Excel.Worksheet,
  spec: SheetSpec,
  options: ContentOptions,
  batch: RequestBatch,
): Promise<number> {
  const width = sheetWidth(spec);
  const height = spec.rows.length;
  if (width === 0 || height === 0) return 0;

  for (const { format, rect } of formatBlocks(spec, width)) {
    await batch.reserve(COST.object + COST.call + wireBytes(format));
    // One value for the whole block: Excel applies it to every cell (the typings ask for a matrix).
    rangeOf(ws, rect).numberFormat = format as unknown as string[][];
  }

  const rowBytes = spec.rows.map(
    (row) => wireBytes(valueMatrix({ name: '', rows: [row] }, width)) + width * COST.perCellOfMatrix,
  );
  for (const [from, to] of chunkRows(height, (r) => rowBytes[r], batch.budgetForBlock)) {
    await batch.reserve(COST.object + COST.call + rowBytes.slice(from, to).reduce((s, b) => s + b, 0));
    rangeOf(ws, { row: from, col: 0, rows: to - from, cols: width }).values = valueMatrix(spec, width, from, to);
  }

  for (const { style, inside, addresses } of styleAreas(spec)) {
    await batch.reserve(styleBytes(style, inside) + addresses.length);
    applyStyle(ws.getRanges(addresses).untrack().format, style, inside);
  }

  for (const m of spec.merges ?? []) {
    await batch.reserve(COST.object + COST.call);
    rangeOf(ws, { row: m.top, col: m.left, rows: m.bottom - m.top + 1, cols: m.right - m.left + 1 }).merge(false);
  }

  // textToDisplay only for text: given for a number, it would turn the number into text.
  const toLink = (cell: CellSpec) => ({
    hyperlink: {
      ...toHyperlink(cell.link as string, options.file),
      ...(typeof cell.value === 'string' ? { textToDisplay: cell.value } : {}),
    },
  });
  for (const run of linkRuns(spec, toLink)) {
    for (const [from, to] of chunkRows(run.links.length, (i) => wireBytes(run.links[i]), batch.budgetForBlock)) {
      const cells = run.links.slice(from, to).map((link) => [link]);
      await batch.reserve(COST.object + COST.call + wireBytes(cells));
      rangeOf(ws, { row: run.row + from, col: run.col, rows: to - from, cols: 1 }).setCellProperties(cells);
    }
  }

  return writeNotes(ws, spec, width, options, batch);
}

/** Cell notes (ExcelApi 1.18), or before it a notes column at the right: "C7: …" lines per row. */
async function writeNotes(
  ws: Excel.Worksheet,
  spec: SheetSpec,
  width: number,
  options: ContentOptions,
  batch: RequestBatch,
): Promise<number> {
  const notes: { row: number; col: number; text: string }[] = [];
  spec.rows.forEach((row, r) =>
    row.forEach((cell, c) => cell?.note && notes.push({ row: r, col: c, text: cell.note })),
  );
  if (!notes.length) return width;
  if (options.notes) {
    // The collection's path is a property of the sheet: valid in every request (re-sent once in each). add()
    // returns the new note, an object of its own in the request.
    const collection = ws.notes;
    await batch.reserve(COST.subObject);
    for (const note of notes) {
      const address = cellAddress(note.row, note.col);
      await batch.reserve(COST.object + wireBytes([address, note.text]));
      collection.add(address, note.text);
    }
    return width;
  }
  const lines: string[][] = spec.rows.map(() => ['']);
  for (const note of notes)
    lines[note.row][0] = [lines[note.row][0], `${cellAddress(note.row, note.col)}: ${note.text}`]
      .filter(Boolean)
      .join('\n');
  if (!lines[0][0]) lines[0][0] = NOTES_HEADER;
  const column: Rect = { row: 0, col: width, rows: spec.rows.length, cols: 1 };
  await batch.reserve(COST.object + 2 * COST.call + COST.subObject + 10);
  const range = rangeOf(ws, column);
  range.numberFormat = '@' as unknown as string[][];
  range.format.wrapText = true;
  for (const [from, to] of chunkRows(lines.length, (r) => wireBytes(lines[r]), batch.budgetForBlock)) {
    await batch.reserve(COST.object + COST.call + wireBytes(lines.slice(from, to)));
    rangeOf(ws, { ...column, row: from, rows: to - from }).values = lines.slice(from, to);
  }
  return width + 1;
}

/** The heading of the notes column (hosts without cell notes). */
export const NOTES_HEADER = 'Ghi chú';
/** Its width in characters. */
export const NOTES_COLUMN_WIDTH = 50;

/** What setting `style` on one RangeAreas costs. */
function styleBytes(style: Omit<CellStyle, 'numberFormat'>, inside: { rows: boolean; cols: boolean }): number {
  let bytes = COST.object + COST.subObject;
  const font = [style.bold, style.italic, style.size, style.color].filter((v) => v !== undefined && v !== false).length;
  if (font) bytes += COST.subObject + font * (COST.call + 12);
  if (style.fill) bytes += COST.subObject + COST.call + 12;
  if (style.hAlign) bytes += COST.call + 10;
  if (style.vAlign) bytes += COST.call + 10;
  if (style.wrap) bytes += COST.call;
  if (style.border)
    bytes += COST.subObject + (4 + (inside.rows ? 1 : 0) + (inside.cols ? 1 : 0)) * (COST.subObject + COST.call + 16);
  return bytes;
}

function applyStyle(
  f: Excel.RangeFormat,
  style: Omit<CellStyle, 'numberFormat'>,
  inside: { rows: boolean; cols: boolean },
): void {
  if (style.bold) f.font.bold = true;
  if (style.italic) f.font.italic = true;
  if (style.size) f.font.size = style.size;
  if (style.color) f.font.color = style.color;
  if (style.fill) f.fill.color = style.fill;
  if (style.hAlign) f.horizontalAlignment = HALIGN[style.hAlign];
  if (style.vAlign) f.verticalAlignment = VALIGN[style.vAlign];
  if (style.wrap) f.wrapText = true;
  if (style.border) {
    const edges: ('EdgeTop' | 'EdgeBottom' | 'EdgeLeft' | 'EdgeRight' | 'InsideHorizontal' | 'InsideVertical')[] = [
      'EdgeTop',
      'EdgeBottom',
      'EdgeLeft',
      'EdgeRight',
    ];
    // Inside edges exist only inside an area of two rows or columns: set them only where every area has them.
    if (inside.rows) edges.push('InsideHorizontal');
    if (inside.cols) edges.push('InsideVertical');
    for (const edge of edges) f.borders.getItem(edge).style = 'Continuous';
  }
}
