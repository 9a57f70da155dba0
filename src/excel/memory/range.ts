/** Ranges of the in-memory Excel: Range (one rectangle, or the whole sheet) and RangeAreas (several). */
import type { CellValue } from '../../core/model';
import { cellAddress, parseAddress } from '../../core/address/address';
import { cellKey, type MemoryCell, type MemorySheet } from './state';
import { bytesOf, ClientResult, Loadable, MemoryExcelError, type Context } from './context';
import {
  applyCellFormat,
  eachCell,
  formatProxy,
  type Box,
  type CellFormatPatch,
  type FormatProxy,
  type Target,
} from './format';
import { conditionalFormatsOf } from './pictures';

type RangeTarget = { sheet: MemorySheet; box: Box } | null;

/** Excel's grid: a range without an address is the whole sheet. */
export const WHOLE_SHEET: Box = { row: 0, col: 0, rows: 1_048_576, cols: 16_384 };

const inBox = (box: Box, r: number, c: number): boolean =>
  r >= box.row && r < box.row + box.rows && c >= box.col && c < box.col + box.cols;
const overlaps = (a: Box, b: Box): boolean =>
  a.row < b.row + b.rows && b.row < a.row + a.rows && a.col < b.col + b.cols && b.col < a.col + a.cols;

/** "A1:B3" or "C5" (no sheet) → a box; null when it is not one. */
export function parseBox(address: string): Box | null {
  const [a, b] = address.replace(/\$/g, '').split(':');
  const p = parseAddress(a);
  const q = parseAddress(b ?? a);
  if (!p || !q || q.row < p.row || q.col < p.col) return null;
  return { row: p.row, col: p.col, rows: q.row - p.row + 1, cols: q.col - p.col + 1 };
}

type CellPropertiesInput = { hyperlink?: NonNullable<MemoryCell['hyperlink']>; format?: CellFormatPatch };

/** "B5:D9" → its box (a single cell when there is no colon). */
function boxOfAddress(address: string): Box {
  const [a, b] = address.split(':');
  const p = parseAddress(a);
  const q = parseAddress(b ?? a);
  if (!p || !q) return { row: -1, col: -1, rows: 0, cols: 0 };
  return { row: p.row, col: p.col, rows: q.row - p.row + 1, cols: q.col - p.col + 1 };
}

export class RangeProxy extends Loadable {
  private cached: RangeTarget | undefined;
  constructor(
    ctx: Context,
    private readonly resolver: () => RangeTarget,
    protected override readonly nullable: boolean,
  ) {
    super(ctx);
  }
  target(): RangeTarget {
    if (this.cached === undefined) this.cached = this.resolver();
    return this.cached;
  }
  private must(): { sheet: MemorySheet; box: Box } {
    const t = this.target();
    if (!t) throw new MemoryExcelError('ItemNotFound', 'The range is a null object.');
    return t;
  }
  private asTarget = (): Target => {
    const { sheet, box } = this.must();
    return { sheet, boxes: [box] };
  };
  protected override isNull(): boolean {
    return this.target() === null;
  }
  protected override resolve(): void {
    this.must();
  }
  private matrix<T>(read: (cell: MemoryCell | undefined) => T): T[][] {
    const { sheet, box } = this.must();
    if (box.rows * box.cols > 5_000_000)
      throw new MemoryExcelError('ResponsePayloadSizeLimitExceeded', 'A read of more than 5,000,000 cells');
    return Array.from({ length: box.rows }, (_, r) =>
      Array.from({ length: box.cols }, (_, c) => read(sheet.cells.get(cellKey(box.row + r, box.col + c)))),
    );
  }
  protected readProp(name: string): unknown {
    const { sheet, box } = this.must();
    switch (name) {
      case 'values':
        return this.matrix((cell) => cell?.value ?? '');
      case 'numberFormat':
        return this.matrix((cell) => cell?.numberFormat ?? 'General');
      case 'formulas':
        return this.matrix((cell) => cell?.formula ?? cell?.value ?? '');
      case 'rowIndex':
        return box.row;
      case 'columnIndex':
        return box.col;
      case 'rowCount':
        return box.rows;
      case 'columnCount':
        return box.cols;
      case 'address':
        return `${sheet.name}!${cellAddress(box.row, box.col)}:${cellAddress(box.row + box.rows - 1, box.col + box.cols - 1)}`;
      default:
        throw new MemoryExcelError('InvalidArgument', `Range.${name} is not simulated`);
    }
  }
  get values(): CellValue[][] {
    return this.get('values');
  }
  get numberFormat(): string[][] {
    return this.get('numberFormat');
  }
  get formulas(): CellValue[][] {
    return this.get('formulas');
  }
  get rowIndex(): number {
    return this.get('rowIndex');
  }
  get columnIndex(): number {
    return this.get('columnIndex');
  }
  get rowCount(): number {
    return this.get('rowCount');
  }
  get columnCount(): number {
    return this.get('columnCount');
  }
  get address(): string {
    return this.get('address');
  }

  private each(bytes: number, patch: (cell: MemoryCell, r: number, c: number) => void): void {
    eachCell(this.ctx, this.asTarget, bytes, patch);
  }
  private static pick<T>(input: T | T[][], r: number, c: number): T {
    return Array.isArray(input) ? input[r][c] : input;
  }
  private checkShape(input: unknown): void {
    if (!Array.isArray(input)) return;
    this.ctx.enqueue(() => {
      const { box } = this.must();
      const rows = input as unknown[][];
      if (rows.length !== box.rows || rows.some((row) => !Array.isArray(row) || row.length !== box.cols)) {
        throw new MemoryExcelError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size of the range (${box.rows}×${box.cols}).`,
        );
      }
    }, 0);
  }
  set values(input: CellValue[][] | CellValue) {
    this.checkShape(input);
    this.each(bytesOf(input), (cell, r, c) => {
      const v = RangeProxy.pick(input, r, c);
      // Excel's rule: text starting with "=" in a cell not formatted as text is a formula.
      if (typeof v === 'string' && v.startsWith('=') && cell.numberFormat !== '@') {
        cell.formula = v;
        cell.value = '#NAME?';
      } else {
        delete cell.formula;
        cell.value = v === '' ? null : v;
      }
    });
  }
  set formulas(input: CellValue[][] | CellValue) {
    this.checkShape(input);
    this.each(bytesOf(input), (cell, r, c) => {
      const v = RangeProxy.pick(input, r, c);
      if (typeof v === 'string' && v.startsWith('=')) cell.formula = v;
      else {
        delete cell.formula;
        cell.value = v === '' ? null : v;
      }
    });
  }
  set numberFormat(input: string[][] | string) {
    this.checkShape(input);
    this.each(bytesOf(input), (cell, r, c) => {
      cell.numberFormat = RangeProxy.pick(input, r, c);
    });
  }
  set hyperlink(link: NonNullable<MemoryCell['hyperlink']>) {
    this.each(bytesOf(link), (cell) => setLink(cell, link));
  }
  setCellProperties(input: CellPropertiesInput[][]): void {
    this.ctx.excel.requireSet('1.9', 'setCellProperties');
    this.checkShape(input);
    this.each(bytesOf(input), (cell, r, c) => {
      const props = input[r][c];
      if (props.hyperlink) setLink(cell, props.hyperlink);
      if (props.format) applyCellFormat(cell, props.format);
    });
  }
  get format(): FormatProxy {
    return formatProxy(this.ctx, this.asTarget);
  }
  merge(across = false): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.must();
      this.ctx.excel.checkWritable(sheet);
      if (box.rows < 1 || box.cols < 1)
        throw new MemoryExcelError('InvalidArgument', 'A range to merge must have a positive size.');
      if (across) for (let r = 0; r < box.rows; r++) sheet.merges.push({ ...box, row: box.row + r, rows: 1 });
      else sheet.merges.push({ ...box });
    }, 20);
  }
  unmerge(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.must();
      sheet.merges = sheet.merges.filter((m) => !overlaps(m, box));
    }, 10);
  }
  /** "All" (the default) clears values, formats, links and notes; "Contents" only values; "Formats" only formats. */
  clear(applyTo = 'All'): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.must();
      this.ctx.excel.checkWritable(sheet);
      for (const [key, cell] of [...sheet.cells]) {
        const [r, c] = key.split(',').map(Number);
        if (!inBox(box, r, c)) continue;
        if (applyTo === 'All') sheet.cells.delete(key);
        else if (applyTo === 'Contents') {
          cell.value = null;
          delete cell.formula;
        } else if (applyTo === 'Formats')
          sheet.cells.set(key, {
            value: cell.value,
            ...(cell.formula ? { formula: cell.formula } : {}),
            ...(cell.note ? { note: cell.note } : {}),
          });
      }
      if (applyTo !== 'Contents') sheet.merges = sheet.merges.filter((m) => !overlaps(m, box));
      // Conditional formats are formats: Clear All and Clear Formats take those of the range with them.
      if (applyTo !== 'Contents')
        sheet.conditionalFormats = sheet.conditionalFormats.filter((f) => !overlaps(boxOfAddress(f.address), box));
      this.ctx.excel.changed();
    }, 20);
  }
  /** Range.conditionalFormats (ExcelApi 1.6): data bars, recorded on the sheet. */
  get conditionalFormats(): ReturnType<typeof conditionalFormatsOf> {
    this.ctx.excel.requireSet('1.6', 'conditionalFormats');
    return conditionalFormatsOf(
      (op, bytes) =>
        this.ctx.enqueue(() => {
          op();
        }, bytes),
      () => {
        const { sheet, box } = this.must();
        return {
          sheet,
          address: `${cellAddress(box.row, box.col)}:${cellAddress(box.row + box.rows - 1, box.col + box.cols - 1)}`,
        };
      },
    );
  }
  /** Copies another range here, top-left aligned: "All" carries values, formats, links, notes and merges. */
  copyFrom(source: RangeProxy | string, copyType = 'All'): void {
    this.ctx.excel.requireSet('1.9', 'copyFrom');
    this.ctx.enqueue(() => {
      const { sheet, box } = this.must();
      this.ctx.excel.checkWritable(sheet);
      this.ctx.excel.refuse('Range.copyFrom', sheet.name);
      const from = typeof source === 'string' ? { sheet, box: parseBox(source) } : source.must();
      if (!from.box)
        throw new MemoryExcelError(
          'InvalidArgument',
          `Bad address ${typeof source === 'string' ? source : '(a range)'}`,
        );
      const src = from.box;
      const dr = box.row - src.row;
      const dc = box.col - src.col;
      for (const [key, cell] of from.sheet.cells) {
        const [r, c] = key.split(',').map(Number);
        if (!inBox(src, r, c)) continue;
        const copy = JSON.parse(JSON.stringify(cell)) as MemoryCell;
        const targetKey = cellKey(r + dr, c + dc);
        const existing = sheet.cells.get(targetKey) ?? { value: null };
        if (copyType === 'Values') sheet.cells.set(targetKey, { ...existing, value: copy.value });
        else if (copyType === 'Formats')
          sheet.cells.set(targetKey, {
            ...copy,
            value: existing.value,
            formula: existing.formula,
            note: existing.note,
            hyperlink: existing.hyperlink,
          });
        else sheet.cells.set(targetKey, copy);
      }
      if (copyType !== 'Values') {
        for (const m of from.sheet.merges)
          if (overlaps(m, src)) sheet.merges.push({ ...m, row: m.row + dr, col: m.col + dc });
      }
      this.ctx.excel.changed();
    }, 60);
  }
  /** office.js splits a large values/numberFormat matrix into row blocks: getRow(i).getBoundingRect(getRow(j)). */
  getRow(row: number): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const { sheet, box } = this.must();
        return { sheet, box: { row: box.row + row, col: box.col, rows: 1, cols: box.cols } };
      },
      false,
    );
  }
  getBoundingRect(other: RangeProxy): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const { sheet, box: a } = this.must();
        const { box: b } = other.must();
        const row = Math.min(a.row, b.row);
        const col = Math.min(a.col, b.col);
        return {
          sheet,
          box: {
            row,
            col,
            rows: Math.max(a.row + a.rows, b.row + b.rows) - row,
            cols: Math.max(a.col + a.cols, b.col + b.cols) - col,
          },
        };
      },
      false,
    );
  }
  _ValidateArraySize(rows: number, cols: number): void {
    this.ctx.enqueue(() => {
      const { box } = this.must();
      if (rows !== box.rows || cols !== box.cols)
        throw new MemoryExcelError(
          'InvalidArgument',
          `The number of rows or columns in the input array doesn't match the size of the range (${box.rows}×${box.cols}).`,
        );
    }, 10);
  }
  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.must();
      this.ctx.excel.state.selection = { sheet: sheet.name, row: box.row, col: box.col };
      this.ctx.excel.changed();
    }, 10);
  }
  getCellProperties(spec: {
    format?: { font?: { name?: boolean } };
  }): ClientResult<{ format: { font: { name: string } } }[][]> {
    this.ctx.excel.requireSet('1.9', 'getCellProperties');
    const result = new ClientResult<{ format: { font: { name: string } } }[][]>();
    this.ctx.enqueue(() => {
      const value = this.matrix((cell) => ({
        format: { font: { name: spec.format?.font?.name ? (cell?.font?.name ?? 'Calibri') : '' } },
      }));
      result.set(value);
      return bytesOf(value);
    }, bytesOf(spec));
    return result;
  }
}

function setLink(cell: MemoryCell, link: NonNullable<MemoryCell['hyperlink']>): void {
  cell.hyperlink = { ...link };
  // Without a text to display, Excel keeps the cell's value; an empty cell shows the link itself.
  if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
  else if (cell.value === null || cell.value === '') cell.value = link.documentReference ?? link.address ?? null;
}

/** Several rectangles of one sheet (getRanges("A1:B2,D5")): formats apply to each. */
export class RangeAreasProxy extends Loadable {
  private cached: Target | undefined;
  constructor(
    ctx: Context,
    private readonly sheet: () => MemorySheet,
    private readonly addresses: string,
  ) {
    super(ctx);
  }
  private target = (): Target => {
    if (this.cached) return this.cached;
    if (this.addresses.length > 8192)
      throw new MemoryExcelError('InvalidArgument', 'An address over 8,192 characters is truncated by Excel.');
    const boxes = this.addresses.split(',').map((a) => parseBox(a.trim()));
    if (boxes.some((b) => b === null) || boxes.length === 0)
      throw new MemoryExcelError('InvalidArgument', `Bad address ${this.addresses}`);
    this.cached = { sheet: this.sheet(), boxes: boxes as Box[] };
    return this.cached;
  };
  protected override resolve(): void {
    this.target();
  }
  protected readProp(name: string): unknown {
    const { sheet, boxes } = this.target();
    if (name === 'address')
      return boxes
        .map((b) => `${sheet.name}!${cellAddress(b.row, b.col)}:${cellAddress(b.row + b.rows - 1, b.col + b.cols - 1)}`)
        .join(',');
    if (name === 'areaCount') return boxes.length;
    throw new MemoryExcelError('InvalidArgument', `RangeAreas.${name} is not simulated`);
  }
  get format(): FormatProxy {
    return formatProxy(this.ctx, this.target);
  }
}
