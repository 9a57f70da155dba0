/**
 * Writes sheet specs (the same ones the command line writes with ExcelJS) to the open workbook:
 * (1) one sync to see which sheets exist, (2) each new sheet written under a temporary name — number formats
 * before values, so text stays text, then formats in blocks, notes, links, panes, print settings — split into
 * more syncs only when a request would pass the budget, (3) one sync that deletes the old sheets and renames the
 * new ones. A failure before (3) leaves the earlier summary as it was.
 */
import type { SheetSpec, WorkbookSpec } from '../core/model';
import { cellAddress, columnLetters } from '../core/address/address';
import { chunkRows, formatBlocks, sheetWidth, styleRects, tempSheetName, valueMatrix, widthToPoints, type Rect } from './spec-blocks';
import { toHyperlink } from './cell-ref';
import type { Capabilities, WriteResult, WrittenSheet } from './types';
import { writeSheetPictures } from './charts';

/** Bytes per request: under Excel on the web's 5 MB, with room for the envelope. */
export const WRITE_BUDGET = 3_500_000;

export type WriteOptions = {
  file: string;
  capabilities: Capabilities;
  /** Source sheets: writing over one of them is refused. */
  sources: string[];
  /** Sheet to show at the end (default: the first of the spec). */
  activate?: string;
};

export class WriteRefusedError extends Error {
  constructor(readonly sheet: string) {
    super(`Refusing to overwrite the source sheet '${sheet}'.`);
  }
}

/** Queues the writes and syncs whenever the queued bytes would pass the budget. */
class Batch {
  bytes = 0;
  syncs = 0;
  constructor(private readonly context: Excel.RequestContext) {}
  async add(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > WRITE_BUDGET) await this.flush();
    this.bytes += bytes;
  }
  async flush(): Promise<void> {
    await this.context.sync();
    this.syncs += 1;
    this.bytes = 0;
  }
}

const jsonBytes = (v: unknown): number => JSON.stringify(v).length;

export async function writeWorkbookSpec(context: Excel.RequestContext, spec: WorkbookSpec, options: WriteOptions): Promise<WriteResult> {
  const sources = new Set(options.sources.map((s) => s.toLowerCase()));
  for (const sheet of spec.sheets) if (sources.has(sheet.name.toLowerCase())) throw new WriteRefusedError(sheet.name);
  const sheets = context.workbook.worksheets;

  // Sync 1: which targets and leftover temporary sheets exist.
  const probes = spec.sheets.map((s) => {
    const old = sheets.getItemOrNullObject(s.name);
    const temp = sheets.getItemOrNullObject(tempSheetName(s.name));
    old.load('name');
    temp.load('name');
    return { spec: s, old, temp };
  });
  const batch = new Batch(context);
  await batch.flush();

  // Sync 2…: the new sheets, complete, under temporary names.
  const notesMode: WriteResult['notes'] = spec.sheets.some((s) => s.rows.some((r) => r.some((c) => c?.note)))
    ? options.capabilities.notes
      ? 'notes'
      : 'column'
    : 'none';
  const written: { ws: Excel.Worksheet; spec: SheetSpec; replaced: boolean; old: Excel.Worksheet }[] = [];
  for (const p of probes) {
    if (!p.temp.isNullObject) p.temp.delete();
    const ws = sheets.add(tempSheetName(p.spec.name));
    await writeSheet(ws, p.spec, options, batch);
    written.push({ ws, spec: p.spec, replaced: !p.old.isNullObject, old: p.old });
  }
  await batch.flush();

  // Last sync: swap. Old sheets go only now that the new ones are complete.
  for (const w of written) {
    if (w.replaced) w.old.delete();
    w.ws.name = w.spec.name;
  }
  const show = written.find((w) => w.spec.name === (options.activate ?? spec.sheets[0]?.name));
  show?.ws.activate();
  await batch.flush();

  const result: WrittenSheet[] = written.map((w) => ({ name: w.spec.name, rows: w.spec.rows.length, cols: sheetWidth(w.spec), replaced: w.replaced }));
  return { sheets: result, notes: notesMode, syncs: batch.syncs };
}

async function writeSheet(ws: Excel.Worksheet, spec: SheetSpec, options: WriteOptions, batch: Batch): Promise<void> {
  const width = sheetWidth(spec);
  const height = spec.rows.length;
  if (width === 0 || height === 0) return;

  // Number formats first, so "@" is in place before "=..." labels arrive and they stay text. Sent in blocks of one
  // format with a single value each (Excel applies a single value to every cell of the range): a per-cell matrix
  // of the 7,000-row mapping sheet alone was a tenth of the request and pushed a 168-sheet run into a 4th sync.
  for (const { format, rect } of formatBlocks(spec, width)) {
    await batch.add(format.length + 60);
    // The typings ask for any[][]; Office.js also takes one value for the whole range.
    block(ws, rect).numberFormat = format as unknown as string[][];
  }
  // Values in row blocks under the budget.
  const rowBytes = (r: number): number => jsonBytes(spec.rows[r]) + width * 4;
  for (const [from, to] of chunkRows(height, rowBytes, WRITE_BUDGET / 2)) {
    const values = valueMatrix(spec, width, from, to);
    await batch.add(jsonBytes(values));
    ws.getRangeByIndexes(from, 0, to - from, width).values = values;
  }

  // Formats in blocks: one call per property per rectangle of equal style.
  for (const { style, rects } of styleRects(spec)) {
    for (const rect of rects) {
      await batch.add(200);
      const f = block(ws, rect).format;
      if (style.bold) f.font.bold = true;
      if (style.italic) f.font.italic = true;
      if (style.size) f.font.size = style.size;
      if (style.color) f.font.color = style.color;
      if (style.fill) f.fill.color = style.fill;
      if (style.hAlign) f.horizontalAlignment = ({ left: 'Left', center: 'Center', right: 'Right' } as const)[style.hAlign];
      if (style.vAlign) f.verticalAlignment = ({ top: 'Top', middle: 'Center', bottom: 'Bottom' } as const)[style.vAlign];
      if (style.wrap) f.wrapText = true;
      if (style.border) {
        for (const edge of ['EdgeTop', 'EdgeBottom', 'EdgeLeft', 'EdgeRight', 'InsideVertical', 'InsideHorizontal'] as const) {
          if ((edge === 'InsideVertical' && rect.cols < 2) || (edge === 'InsideHorizontal' && rect.rows < 2)) continue;
          f.borders.getItem(edge).style = 'Continuous';
        }
      }
    }
  }

  for (const [c, w] of (spec.columnWidths ?? []).entries()) {
    if (!w) continue;
    await batch.add(60);
    ws.getRangeByIndexes(0, c, 1, 1).format.columnWidth = widthToPoints(w);
  }
  for (const m of spec.merges ?? []) {
    await batch.add(60);
    ws.getRangeByIndexes(m.top, m.left, m.bottom - m.top + 1, m.right - m.left + 1).merge(false);
  }

  // Links to source cells, and notes (or, before ExcelApi 1.18, a notes column at the right).
  const fallbackNotes: string[][] = [];
  for (const [r, row] of spec.rows.entries()) {
    for (const [c, cell] of row.entries()) {
      if (!cell) continue;
      if (cell.link) {
        // textToDisplay would turn a number into text: give it only for text cells.
        const link = { ...toHyperlink(cell.link, options.file), ...(typeof cell.value === 'string' ? { textToDisplay: cell.value } : {}) };
        await batch.add(jsonBytes(link) + 40);
        ws.getRangeByIndexes(r, c, 1, 1).hyperlink = link;
      }
      if (cell.note) {
        if (options.capabilities.notes) {
          await batch.add(cell.note.length + 40);
          ws.notes.add(cellAddress(r, c), cell.note);
        } else {
          (fallbackNotes[r] ??= []).push(`${cellAddress(r, c)}: ${cell.note}`);
        }
      }
    }
  }
  if (fallbackNotes.length) {
    const column = Array.from({ length: height }, (_, r) => [r === 0 && !fallbackNotes[0] ? 'Ghi chú' : (fallbackNotes[r] ?? []).join('\n')]);
    await batch.add(jsonBytes(column));
    const range = ws.getRangeByIndexes(0, width, height, 1);
    range.numberFormat = column.map(() => ['@']);
    range.values = column;
    range.format.wrapText = true;
    range.format.columnWidth = widthToPoints(50);
  }

  if (spec.freeze && (spec.freeze.rows || spec.freeze.cols)) {
    await batch.add(60);
    const { rows, cols } = spec.freeze;
    if (!cols) ws.freezePanes.freezeRows(rows);
    else if (!rows) ws.freezePanes.freezeColumns(cols);
    else ws.freezePanes.freezeAt(ws.getRangeByIndexes(0, 0, rows, cols));
  }
  if (spec.tabColor) {
    await batch.add(40);
    ws.tabColor = spec.tabColor;
  }
  if (options.capabilities.pageLayout) {
    if (spec.print) {
      await batch.add(200);
      const layout = ws.pageLayout;
      layout.orientation = spec.print.orientation === 'landscape' ? 'Landscape' : 'Portrait';
      layout.paperSize = 'A4';
      if (spec.print.fitToWidth) layout.zoom = { horizontalFitToPages: 1, verticalFitToPages: 0 };
      if (spec.print.repeatRows) layout.setPrintTitleRows(`$${spec.print.repeatRows[0] + 1}:$${spec.print.repeatRows[1] + 1}`);
    }
    if (spec.autoFilter) {
      await batch.add(60);
      const { row, fromCol, toCol } = spec.autoFilter;
      ws.autoFilter.apply(ws.getRange(`${columnLetters(fromCol)}${row + 1}:${columnLetters(toCol)}${(spec.autoFilter.toRow ?? height - 1) + 1}`));
    }
  }
  await writeSheetPictures(ws, spec, options.capabilities, (bytes) => batch.add(bytes));
}

const block = (ws: Excel.Worksheet, rect: Rect): Excel.Range => ws.getRangeByIndexes(rect.row, rect.col, rect.rows, rect.cols);

