/**
 * An in-memory Excel for tests and the browser preview: the subset of the Office.js object model the adapter uses,
 * with Office's rules that matter — properties throw until loaded and synced, a sync counter, a payload meter
 * (5 MB per request and per response, like Excel on the web), null objects, ItemNotFound, cell-edit mode, and the
 * "=" rule: a string starting with "=" written to a cell not formatted as text becomes a formula.
 */
import type { CellValue } from '../../core/model';
import { cellAddress, parseAddress } from '../../core/address/address';
import { cellKey, newSheet, usedBounds, type MemoryCell, type MemorySheet, type MemoryWorkbookState } from './state';
import { chartsOf, conditionalFormatsOf } from './pictures';

export class MemoryExcelError extends Error {
  constructor(
    readonly code: string,
    message: string,
  ) {
    super(message);
    this.name = 'OfficeExtension.Error';
  }
}

export type SyncStats = {
  syncs: number;
  /** Largest request (queued writes and calls) of one sync, in bytes of JSON. */
  maxRequestBytes: number;
  /** Largest response (loaded properties) of one sync, in bytes of JSON. */
  maxResponseBytes: number;
};

export type MemoryExcelOptions = {
  /** Requirement sets supported, e.g. {ExcelApi: '1.18'}. Default: ExcelApi 1.18. */
  excelApi?: string;
  /** Payload limit per request and per response. Default 5,000,000 bytes. */
  payloadLimit?: number;
  /** Decodes a base64 workbook for insertWorksheetsFromBase64 (the fake cannot read .xlsx by itself). */
  decodeWorkbook?: (base64: string) => MemorySheet[];
};

type Op = () => number | void;
type Box = { row: number; col: number; rows: number; cols: number };
type RangeTarget = { sheet: MemorySheet; box: Box } | null;

const bytesOf = (value: unknown): number => (value === undefined ? 0 : JSON.stringify(value).length);

function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2] = have.split('.').map(Number);
  const [b1, b2] = want.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && (a2 || 0) >= (b2 || 0));
}

/** The request context of one `run`: a queue of operations applied at `sync()`. */
class Context {
  queue: Op[] = [];
  requestBytes = 0;
  readonly workbook: WorkbookProxy;
  constructor(readonly excel: MemoryExcel) {
    this.workbook = new WorkbookProxy(this);
  }
  enqueue(op: Op, bytes: number): void {
    this.queue.push(op);
    this.requestBytes += bytes + 40;
  }
  async sync(): Promise<void> {
    const excel = this.excel;
    const queue = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    excel.stats.syncs += 1;
    if (excel.cellEditFailures > 0) {
      excel.cellEditFailures -= 1;
      throw new MemoryExcelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
    excel.stats.maxRequestBytes = Math.max(excel.stats.maxRequestBytes, requestBytes);
    if (requestBytes > excel.payloadLimit) throw new MemoryExcelError('RequestPayloadSizeLimitExceeded', `Request of ${requestBytes} bytes`);
    let responseBytes = 0;
    for (const op of queue) responseBytes += op() ?? 0;
    excel.stats.maxResponseBytes = Math.max(excel.stats.maxResponseBytes, responseBytes);
    if (responseBytes > excel.payloadLimit) throw new MemoryExcelError('ResponsePayloadSizeLimitExceeded', `Response of ${responseBytes} bytes`);
  }
  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}

/** Base of every proxy: properties are readable only once loaded and synced. */
abstract class Loadable {
  private loaded = new Map<string, unknown>();
  constructor(protected readonly ctx: Context) {}
  protected abstract readProp(name: string): unknown;
  protected nullable = false;
  protected isNull(): boolean {
    return false;
  }
  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new MemoryExcelError('PropertyNotLoaded', `The property '${name}' is not available. Call load('${name}') and context.sync() first.`);
    }
    return this.loaded.get(name) as T;
  }
  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(() => this.snapshot(names), 60);
    return this;
  }
  /** Reads the named properties now (at sync); returns the response size. */
  snapshot(names: string[]): number {
    if (this.nullable) {
      const isNull = this.isNull();
      this.loaded.set('isNullObject', isNull);
      if (isNull) return 20;
    }
    let bytes = 0;
    for (const name of names) {
      if (name === 'isNullObject') continue;
      const value = this.readProp(name);
      this.loaded.set(name, value);
      bytes += name.length + bytesOf(value);
    }
    return bytes;
  }
  get isNullObject(): boolean {
    return this.get<boolean>('isNullObject');
  }
}

class ClientResult<T> {
  private v: { ok: true; value: T } | null = null;
  set(value: T): void {
    this.v = { ok: true, value };
  }
  get value(): T {
    if (!this.v) throw new MemoryExcelError('PropertyNotLoaded', 'The value of a ClientResult is available after context.sync().');
    return this.v.value;
  }
}

class WorkbookProxy extends Loadable {
  readonly worksheets: WorksheetsProxy;
  readonly settings: SettingsProxy;
  constructor(ctx: Context) {
    super(ctx);
    this.worksheets = new WorksheetsProxy(ctx);
    this.settings = new SettingsProxy(ctx);
  }
  protected readProp(name: string): unknown {
    if (name === 'name') return this.ctx.excel.state.name;
    throw new MemoryExcelError('InvalidArgument', `Workbook.${name} is not simulated`);
  }
  get name(): string {
    return this.get('name');
  }
  insertWorksheetsFromBase64(base64: string, options?: { positionType?: string }): ClientResult<string[]> {
    const excel = this.ctx.excel;
    excel.requireSet('1.13', 'insertWorksheetsFromBase64');
    const result = new ClientResult<string[]>();
    this.ctx.enqueue(() => {
      const decode = excel.decodeWorkbook;
      if (!decode) throw new MemoryExcelError('InvalidArgument', 'This in-memory workbook cannot read files.');
      const names: string[] = [];
      for (const sheet of decode(base64)) {
        let name = sheet.name;
        for (let i = 2; excel.findSheet(name); i++) name = `${sheet.name} (${i})`;
        sheet.name = name;
        if (options?.positionType === 'Beginning') excel.state.sheets.unshift(sheet);
        else excel.state.sheets.push(sheet);
        names.push(name);
      }
      result.set(names);
      excel.changed();
      return bytesOf(names);
    }, base64.length);
    return result;
  }
}

class SettingsProxy {
  constructor(private readonly ctx: Context) {}
  getItemOrNullObject(key: string): SettingProxy {
    return new SettingProxy(this.ctx, key);
  }
  add(key: string, value: unknown): void {
    this.ctx.enqueue(() => {
      this.ctx.excel.state.settings.set(key, JSON.parse(JSON.stringify(value)));
    }, bytesOf(value));
  }
}

class SettingProxy extends Loadable {
  protected override nullable = true;
  constructor(ctx: Context, private readonly key: string) {
    super(ctx);
  }
  protected override isNull(): boolean {
    return !this.ctx.excel.state.settings.has(this.key);
  }
  protected readProp(name: string): unknown {
    if (name === 'value') return this.ctx.excel.state.settings.get(this.key);
    if (name === 'key') return this.key;
    throw new MemoryExcelError('InvalidArgument', `Setting.${name}`);
  }
  get value(): unknown {
    return this.get('value');
  }
}

class WorksheetsProxy {
  private itemsLoaded: WorksheetProxy[] | null = null;
  constructor(private readonly ctx: Context) {}
  load(props?: string): this {
    const names = (props ?? 'items/name').split(',').map((p) => p.trim().replace(/^items\//, ''));
    this.ctx.enqueue(() => {
      const sheets = this.ctx.excel.state.sheets;
      this.itemsLoaded = sheets.map((sheet) => new WorksheetProxy(this.ctx, () => sheet, false));
      return this.itemsLoaded.reduce((sum, ws) => sum + ws.snapshot(names), 0);
    }, 60);
    return this;
  }
  get items(): WorksheetProxy[] {
    if (!this.itemsLoaded) throw new MemoryExcelError('PropertyNotLoaded', "Call worksheets.load('items/name') and sync first.");
    return this.itemsLoaded;
  }
  getItem(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => {
      const sheet = this.ctx.excel.findSheet(name);
      if (!sheet) throw new MemoryExcelError('ItemNotFound', `The worksheet '${name}' does not exist.`);
      return sheet;
    }, false);
  }
  getItemOrNullObject(name: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.excel.findSheet(name), true);
  }
  add(name: string): WorksheetProxy {
    let created: MemorySheet | null = null;
    this.ctx.enqueue(() => {
      const excel = this.ctx.excel;
      excel.checkSheetName(name);
      created = newSheet(name);
      excel.state.sheets.push(created);
      excel.changed();
    }, name.length);
    return new WorksheetProxy(this.ctx, () => {
      if (!created) throw new MemoryExcelError('ItemNotFound', `The worksheet '${name}' was not added.`);
      return created;
    }, false);
  }
}

class WorksheetProxy extends Loadable {
  private cached: MemorySheet | null = null;
  constructor(
    ctx: Context,
    private readonly resolver: () => MemorySheet | null,
    protected override readonly nullable: boolean,
  ) {
    super(ctx);
  }
  /** Resolves the sheet once (at sync), then keeps it, so a renamed sheet is still the same object. */
  sheet(): MemorySheet {
    if (!this.cached) this.cached = this.resolver();
    if (!this.cached) throw new MemoryExcelError('ItemNotFound', 'The worksheet does not exist.');
    return this.cached;
  }
  protected override isNull(): boolean {
    if (!this.cached) this.cached = this.resolver();
    return this.cached === null;
  }
  protected readProp(name: string): unknown {
    const sheet = this.sheet();
    switch (name) {
      case 'name': return sheet.name;
      case 'visibility': return sheet.visibility;
      case 'position': return this.ctx.excel.state.sheets.indexOf(sheet);
      case 'tabColor': return sheet.tabColor;
      default: throw new MemoryExcelError('InvalidArgument', `Worksheet.${name} is not simulated`);
    }
  }
  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      if (sheet.name !== value) this.ctx.excel.checkSheetName(value);
      sheet.name = value;
      this.ctx.excel.changed();
    }, value.length);
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set position(value: number) {
    this.ctx.enqueue(() => {
      const sheets = this.ctx.excel.state.sheets;
      const sheet = this.sheet();
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
    }, 10);
  }
  set tabColor(value: string) {
    this.ctx.enqueue(() => {
      this.sheet().tabColor = value;
    }, value.length);
  }
  delete(): void {
    this.ctx.enqueue(() => {
      const state = this.ctx.excel.state;
      const sheet = this.sheet();
      if (state.sheets.length === 1) throw new MemoryExcelError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      if (state.activeSheet === sheet.name) state.activeSheet = state.sheets[0].name;
      this.ctx.excel.changed();
    }, 10);
  }
  activate(): void {
    this.ctx.enqueue(() => {
      this.ctx.excel.state.activeSheet = this.sheet().name;
      this.ctx.excel.changed();
    }, 10);
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(this.ctx, () => {
      const sheet = this.sheet();
      const box = usedBounds(sheet, valuesOnly);
      return box ? { sheet, box } : null;
    }, true);
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), box: { row, col, rows, cols } }), false);
  }
  getRange(address: string): RangeProxy {
    const [a, b] = address.split(':');
    const p = parseAddress(a);
    const q = parseAddress(b ?? a);
    if (!p || !q) throw new MemoryExcelError('InvalidArgument', `Bad address ${address}`);
    return this.getRangeByIndexes(p.row, p.col, q.row - p.row + 1, q.col - p.col + 1);
  }
  get freezePanes(): { freezeRows: (n: number) => void; freezeColumns: (n: number) => void; freezeAt: (r: RangeProxy) => void } {
    const set = (rows: number, cols: number): void =>
      this.ctx.enqueue(() => {
        this.sheet().freeze = { rows, cols };
      }, 20);
    return {
      freezeRows: (n) => set(n, 0),
      freezeColumns: (n) => set(0, n),
      freezeAt: (r) => {
        this.ctx.enqueue(() => {
          const t = r.target();
          if (t) this.sheet().freeze = { rows: t.box.row + t.box.rows, cols: t.box.col + t.box.cols };
        }, 20);
      },
    };
  }
  get pageLayout(): Record<string, unknown> & { setPrintTitleRows: (rows: string) => void } {
    this.ctx.excel.requireSet('1.9', 'pageLayout');
    const layout = (): MemorySheet['pageLayout'] => this.sheet().pageLayout;
    const ctx = this.ctx;
    return {
      set orientation(v: string) { ctx.enqueue(() => { layout().orientation = v; }, 20); },
      set paperSize(v: string) { ctx.enqueue(() => { layout().paperSize = v; }, 20); },
      set zoom(v: { horizontalFitToPages?: number }) { ctx.enqueue(() => { layout().fitToWidth = v.horizontalFitToPages === 1; }, 40); },
      setPrintTitleRows: (rows: string) => ctx.enqueue(() => { layout().printTitleRows = rows; }, 20),
      setPrintTitleColumns: (cols: string) => ctx.enqueue(() => { layout().printTitleColumns = cols; }, 20),
      setPrintMargins: (_unit: string, margins: Record<string, number>) => ctx.enqueue(() => { layout().margins = { ...margins }; }, bytesOf(margins)),
      headersFooters: { defaultForAllPages: { set centerFooter(v: string) { ctx.enqueue(() => { layout().centerFooter = v; }, v.length); } } },
    };
  }
  get charts(): ReturnType<typeof chartsOf> {
    this.ctx.excel.requireSet('1.7', 'charts');
    return chartsOf((op, bytes) => this.ctx.enqueue(() => { op(); }, bytes), () => this.sheet(), (r) => {
      const t = (r as RangeProxy).target();
      return t ? `${cellAddress(t.box.row, t.box.col)}:${cellAddress(t.box.row + t.box.rows - 1, t.box.col + t.box.cols - 1)}` : '';
    });
  }
  private pageBreaks(kind: 'rows' | 'cols'): { add: (r: RangeProxy) => void } {
    this.ctx.excel.requireSet('1.9', 'page breaks');
    return {
      add: (r) => this.ctx.enqueue(() => {
        const t = r.target();
        if (t) this.sheet().pageBreaks[kind].push(kind === 'rows' ? t.box.row : t.box.col);
      }, 30),
    };
  }
  get verticalPageBreaks(): { add: (r: RangeProxy) => void } {
    return this.pageBreaks('cols');
  }
  get horizontalPageBreaks(): { add: (r: RangeProxy) => void } {
    return this.pageBreaks('rows');
  }
  get autoFilter(): { apply: (r: RangeProxy) => void } {
    this.ctx.excel.requireSet('1.9', 'autoFilter');
    return {
      apply: (r) =>
        this.ctx.enqueue(() => {
          const t = r.target();
          if (t) this.sheet().autoFilter = `${cellAddress(t.box.row, t.box.col)}:${cellAddress(t.box.row + t.box.rows - 1, t.box.col + t.box.cols - 1)}`;
        }, 30),
    };
  }
  get notes(): { add: (cell: string, content: string) => void } {
    this.ctx.excel.requireSet('1.18', 'notes');
    return {
      add: (cell, content) =>
        this.ctx.enqueue(() => {
          const p = parseAddress(cell.replace(/^.*!/, ''));
          if (!p) throw new MemoryExcelError('InvalidArgument', `Bad note address ${cell}`);
          const sheet = this.sheet();
          const key = cellKey(p.row, p.col);
          const existing = sheet.cells.get(key);
          if (existing?.note !== undefined) throw new MemoryExcelError('InvalidArgument', `The cell ${cell} already has a note.`);
          sheet.cells.set(key, { ...(existing ?? { value: null }), note: content });
        }, cell.length + content.length),
    };
  }
}

type FontPatch = NonNullable<MemoryCell['font']>;

class RangeProxy extends Loadable {
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
  protected override isNull(): boolean {
    return this.target() === null;
  }
  private matrix<T>(read: (cell: MemoryCell | undefined) => T): T[][] {
    const { sheet, box } = this.must();
    return Array.from({ length: box.rows }, (_, r) =>
      Array.from({ length: box.cols }, (_, c) => read(sheet.cells.get(cellKey(box.row + r, box.col + c)))),
    );
  }
  protected readProp(name: string): unknown {
    const { sheet, box } = this.must();
    switch (name) {
      case 'values': return this.matrix((cell) => cell?.value ?? '');
      case 'numberFormat': return this.matrix((cell) => cell?.numberFormat ?? 'General');
      case 'formulas': return this.matrix((cell) => cell?.formula ?? cell?.value ?? '');
      case 'rowIndex': return box.row;
      case 'columnIndex': return box.col;
      case 'rowCount': return box.rows;
      case 'columnCount': return box.cols;
      case 'address': return `${sheet.name}!${cellAddress(box.row, box.col)}:${cellAddress(box.row + box.rows - 1, box.col + box.cols - 1)}`;
      default: throw new MemoryExcelError('InvalidArgument', `Range.${name} is not simulated`);
    }
  }
  get values(): CellValue[][] { return this.get('values'); }
  get numberFormat(): string[][] { return this.get('numberFormat'); }
  get rowIndex(): number { return this.get('rowIndex'); }
  get columnIndex(): number { return this.get('columnIndex'); }
  get rowCount(): number { return this.get('rowCount'); }
  get columnCount(): number { return this.get('columnCount'); }
  get address(): string { return this.get('address'); }

  /** Applies `patch` to every cell of the range (creating empty cells). */
  private each(bytes: number, patch: (cell: MemoryCell, r: number, c: number) => void): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.must();
      for (let r = 0; r < box.rows; r++) {
        for (let c = 0; c < box.cols; c++) {
          const key = cellKey(box.row + r, box.col + c);
          const cell = sheet.cells.get(key) ?? { value: null };
          patch(cell, r, c);
          sheet.cells.set(key, cell);
        }
      }
      this.ctx.excel.changed();
    }, bytes);
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
        throw new MemoryExcelError('InvalidArgument', `The number of rows or columns in the input array doesn't match the size of the range (${box.rows}×${box.cols}).`);
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
  set numberFormat(input: string[][] | string) {
    this.checkShape(input);
    this.each(bytesOf(input), (cell, r, c) => {
      cell.numberFormat = RangeProxy.pick(input, r, c);
    });
  }
  set hyperlink(link: NonNullable<MemoryCell['hyperlink']>) {
    this.each(bytesOf(link), (cell) => {
      cell.hyperlink = { ...link };
      if (link.textToDisplay !== undefined) cell.value = link.textToDisplay;
    });
  }
  merge(across = false): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.must();
      if (across) for (let r = 0; r < box.rows; r++) sheet.merges.push({ ...box, row: box.row + r, rows: 1 });
      else sheet.merges.push({ ...box });
    }, 20);
  }
  get conditionalFormats(): ReturnType<typeof conditionalFormatsOf> {
    this.ctx.excel.requireSet('1.6', 'conditionalFormats');
    return conditionalFormatsOf((op, bytes) => this.ctx.enqueue(() => { op(); }, bytes), () => {
      const { sheet, box } = this.must();
      return { sheet, address: `${cellAddress(box.row, box.col)}:${cellAddress(box.row + box.rows - 1, box.col + box.cols - 1)}` };
    });
  }
  select(): void {
    this.ctx.enqueue(() => {
      const { sheet, box } = this.must();
      this.ctx.excel.state.selection = { sheet: sheet.name, row: box.row, col: box.col };
      this.ctx.excel.changed();
    }, 10);
  }
  getCellProperties(spec: { format?: { font?: { name?: boolean } } }): ClientResult<{ format: { font: { name: string } } }[][]> {
    this.ctx.excel.requireSet('1.9', 'getCellProperties');
    const result = new ClientResult<{ format: { font: { name: string } } }[][]>();
    this.ctx.enqueue(() => {
      const value = this.matrix((cell) => ({ format: { font: { name: spec.format?.font?.name ? (cell?.font?.name ?? 'Calibri') : '' } } }));
      result.set(value);
      return bytesOf(value);
    }, bytesOf(spec));
    return result;
  }
  get format(): {
    font: Record<string, unknown>;
    fill: Record<string, unknown>;
    borders: { getItem: (edge: string) => Record<string, unknown> };
  } & Record<string, unknown> {
    const self = this;
    const font = (patch: FontPatch): void => self.each(bytesOf(patch), (cell) => { cell.font = { ...cell.font, ...patch }; });
    return {
      set horizontalAlignment(v: string) { self.each(v.length, (cell) => { cell.hAlign = v; }); },
      set verticalAlignment(v: string) { self.each(v.length, (cell) => { cell.vAlign = v; }); },
      set wrapText(v: boolean) { self.each(5, (cell) => { cell.wrap = v; }); },
      set columnWidth(v: number) {
        self.ctx.enqueue(() => {
          const { sheet, box } = self.must();
          for (let c = 0; c < box.cols; c++) sheet.columnWidths.set(box.col + c, v);
        }, 10);
      },
      font: {
        set bold(v: boolean) { font({ bold: v }); },
        set italic(v: boolean) { font({ italic: v }); },
        set size(v: number) { font({ size: v }); },
        set color(v: string) { font({ color: v }); },
        set name(v: string) { font({ name: v }); },
      },
      fill: { set color(v: string) { self.each(v.length, (cell) => { cell.fill = v; }); } },
      borders: {
        getItem: () => ({ set style(v: string) { self.each(v.length, (cell) => { cell.border = v !== 'None'; }); } }),
      },
    };
  }
}

/**
 * The in-memory Excel: holds a workbook, counts syncs, meters payloads and hands out request contexts through
 * `run`, which has the shape of `Excel.run`.
 */
export class MemoryExcel {
  readonly stats: SyncStats = { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0 };
  /** The next N syncs fail with InvalidOperationInCellEditMode (a user typing in a cell). */
  cellEditFailures = 0;
  readonly payloadLimit: number;
  readonly excelApi: string;
  readonly decodeWorkbook?: (base64: string) => MemorySheet[];
  private listeners = new Set<() => void>();

  constructor(
    readonly state: MemoryWorkbookState,
    options: MemoryExcelOptions = {},
  ) {
    this.payloadLimit = options.payloadLimit ?? 5_000_000;
    this.excelApi = options.excelApi ?? '1.18';
    this.decodeWorkbook = options.decodeWorkbook;
  }

  /** Same shape as Excel.run: a fresh request context per batch. */
  run = async <T>(batch: (context: Excel.RequestContext) => Promise<T>): Promise<T> => {
    const ctx = new Context(this);
    return batch(ctx as unknown as Excel.RequestContext);
  };

  isSetSupported = (name: string, version: string): boolean => name === 'ExcelApi' && versionAtLeast(this.excelApi, version);

  requireSet(version: string, what: string): void {
    if (!versionAtLeast(this.excelApi, version)) throw new MemoryExcelError('ApiNotFound', `${what} needs ExcelApi ${version}`);
  }

  findSheet(name: string): MemorySheet | null {
    const key = name.toLowerCase();
    return this.state.sheets.find((s) => s.name.toLowerCase() === key) ?? null;
  }

  checkSheetName(name: string): void {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name)) throw new MemoryExcelError('InvalidArgument', `Invalid sheet name '${name}'`);
    if (this.findSheet(name)) throw new MemoryExcelError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
  }

  resetStats(): void {
    this.stats.syncs = 0;
    this.stats.maxRequestBytes = 0;
    this.stats.maxResponseBytes = 0;
  }

  /** Called after a change, for the preview's live sheet view. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }
  changed(): void {
    for (const l of this.listeners) l();
  }
}

export function createMemoryExcel(sheets: MemorySheet[], options: MemoryExcelOptions & { name?: string } = {}): MemoryExcel {
  return new MemoryExcel({ name: options.name ?? 'So-lam-viec.xlsx', sheets, settings: new Map(), activeSheet: sheets[0]?.name ?? null, selection: null }, options);
}
