/** Worksheets of the in-memory Excel: the collection, a worksheet, and what hangs off one (panes, layout, notes). */
import { cellAddress, parseAddress } from '../../core/address/address';
import { cellKey, newSheet, rewriteSheetReferences, usedBounds, type MemorySheet } from './state';
import { bytesOf, Loadable, MemoryExcelError, type Context } from './context';
import { chartsOf } from './pictures';
import { parseBox, RangeAreasProxy, RangeProxy, WHOLE_SHEET } from './range';

export class WorksheetsProxy {
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
    if (!this.itemsLoaded)
      throw new MemoryExcelError('PropertyNotLoaded', "Call worksheets.load('items/name') and sync first.");
    return this.itemsLoaded;
  }
  /** By name or by id, as Excel's getItem takes either. */
  getItem(key: string): WorksheetProxy {
    return new WorksheetProxy(
      this.ctx,
      () => {
        const sheet = this.ctx.excel.findSheet(key);
        if (!sheet) throw new MemoryExcelError('ItemNotFound', `The worksheet '${key}' does not exist.`);
        return sheet;
      },
      false,
    );
  }
  getItemOrNullObject(key: string): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.excel.findSheet(key), true);
  }
  getItemAt(index: number): WorksheetProxy {
    return new WorksheetProxy(this.ctx, () => this.ctx.excel.state.sheets[index] ?? null, false);
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
    return new WorksheetProxy(
      this.ctx,
      () => {
        if (!created) throw new MemoryExcelError('ItemNotFound', `The worksheet '${name}' was not added.`);
        return created;
      },
      false,
    );
  }
}

export class WorksheetProxy extends Loadable {
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
  protected override resolve(): void {
    this.sheet();
  }
  protected readProp(name: string): unknown {
    const sheet = this.sheet();
    switch (name) {
      case 'id':
        return sheet.id;
      case 'name':
        return sheet.name;
      case 'visibility':
        return sheet.visibility;
      case 'position':
        return this.ctx.excel.state.sheets.indexOf(sheet);
      case 'tabColor':
        return sheet.tabColor;
      default:
        throw new MemoryExcelError('InvalidArgument', `Worksheet.${name} is not simulated`);
    }
  }
  /** Queues `apply` on the sheet; the host may refuse the call (`excel.failOn`), as some hosts do. */
  private call(what: string, bytes: number, apply: (sheet: MemorySheet) => void): void {
    this.ctx.enqueue(() => {
      const sheet = this.sheet();
      this.ctx.excel.refuse(what, sheet.name);
      apply(sheet);
      this.ctx.excel.changed();
    }, bytes);
  }
  get id(): string {
    return this.get('id');
  }
  get name(): string {
    return this.get('name');
  }
  set name(value: string) {
    this.call('Worksheet.name', value.length, (sheet) => {
      if (sheet.name === value) return;
      if (sheet.name.toLowerCase() !== value.toLowerCase()) this.ctx.excel.checkSheetName(value);
      const old = sheet.name;
      sheet.name = value;
      rewriteSheetReferences(this.ctx.excel.state, old, value);
      if (this.ctx.excel.state.activeSheet === old) this.ctx.excel.state.activeSheet = value;
    });
  }
  get visibility(): string {
    return this.get('visibility');
  }
  set visibility(value: string) {
    this.call(`Worksheet.visibility.${value}`, 10, (sheet) => {
      sheet.visibility = value as MemorySheet['visibility'];
    });
  }
  get position(): number {
    return this.get('position');
  }
  set position(value: number) {
    this.call('Worksheet.position', 10, (sheet) => {
      const sheets = this.ctx.excel.state.sheets;
      sheets.splice(sheets.indexOf(sheet), 1);
      sheets.splice(Math.min(value, sheets.length), 0, sheet);
    });
  }
  set tabColor(value: string) {
    this.call('Worksheet.tabColor', value.length, (sheet) => {
      sheet.tabColor = value;
    });
  }
  delete(): void {
    this.call('Worksheet.delete', 10, (sheet) => {
      const state = this.ctx.excel.state;
      if (state.sheets.filter((s) => s.visibility === 'Visible' && s !== sheet).length === 0) {
        throw new MemoryExcelError('InvalidOperation', 'A workbook must keep at least one visible sheet.');
      }
      state.sheets.splice(state.sheets.indexOf(sheet), 1);
      // Formulas and charts that referred to the sheet now read #REF!, as in Excel.
      rewriteSheetReferences(state, sheet.name, null);
      if (state.activeSheet === sheet.name) state.activeSheet = state.sheets[0].name;
    });
  }
  activate(): void {
    this.call('Worksheet.activate', 10, (sheet) => {
      if (sheet.visibility !== 'Visible')
        throw new MemoryExcelError('InvalidOperation', 'A hidden sheet cannot be activated.');
      this.ctx.excel.state.activeSheet = sheet.name;
    });
  }
  getUsedRangeOrNullObject(valuesOnly = false): RangeProxy {
    return new RangeProxy(
      this.ctx,
      () => {
        const sheet = this.sheet();
        const box = usedBounds(sheet, valuesOnly);
        return box ? { sheet, box } : null;
      },
      true,
    );
  }
  getRangeByIndexes(row: number, col: number, rows: number, cols: number): RangeProxy {
    return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), box: { row, col, rows, cols } }), false);
  }
  /** An address ("B2:D9"), or no address for the whole sheet. */
  getRange(address?: string | null): RangeProxy {
    if (address === undefined || address === null || address === '')
      return new RangeProxy(this.ctx, () => ({ sheet: this.sheet(), box: WHOLE_SHEET }), false);
    const box = parseBox(address);
    if (!box) throw new MemoryExcelError('InvalidArgument', `Bad address ${address}`);
    return this.getRangeByIndexes(box.row, box.col, box.rows, box.cols);
  }
  getRanges(address: string): RangeAreasProxy {
    this.ctx.excel.requireSet('1.9', 'getRanges');
    return new RangeAreasProxy(this.ctx, () => this.sheet(), address);
  }
  get protection(): ProtectionProxy {
    return new ProtectionProxy(this.ctx, () => this.sheet());
  }
  get freezePanes(): {
    freezeRows: (n: number) => void;
    freezeColumns: (n: number) => void;
    freezeAt: (r: RangeProxy) => void;
    unfreeze: () => void;
  } {
    const set = (rows: number, cols: number): void =>
      this.call('Worksheet.freezePanes', 20, (sheet) => {
        sheet.freeze = rows || cols ? { rows, cols } : null;
      });
    return {
      freezeRows: (n) => set(n, 0),
      freezeColumns: (n) => set(0, n),
      freezeAt: (r) =>
        this.call('Worksheet.freezePanes', 20, (sheet) => {
          const t = r.target();
          if (t) sheet.freeze = { rows: t.box.row + t.box.rows, cols: t.box.col + t.box.cols };
        }),
      unfreeze: () => set(0, 0),
    };
  }
  get pageLayout(): Record<string, unknown> & { setPrintTitleRows: (rows: string) => void } {
    this.ctx.excel.requireSet('1.9', 'pageLayout');
    // An arrow function keeps this sheet for the setters below, whose own `this` is the returned object.
    const call: typeof this.call = (...args) => this.call(...args);
    return {
      set orientation(v: string) {
        call('PageLayout.orientation', 20, (s) => {
          s.pageLayout.orientation = v;
        });
      },
      set paperSize(v: string) {
        call('PageLayout.paperSize', 20, (s) => {
          s.pageLayout.paperSize = v;
        });
      },
      set zoom(v: { horizontalFitToPages?: number }) {
        call('PageLayout.zoom', 40, (s) => {
          s.pageLayout.fitToWidth = v.horizontalFitToPages === 1;
        });
      },
      setPrintTitleRows: (rows: string) =>
        call('PageLayout.printTitleRows', 20, (s) => {
          s.pageLayout.printTitleRows = rows;
        }),
      setPrintTitleColumns: (cols: string) =>
        call('PageLayout.printTitleColumns', 20, (s) => {
          s.pageLayout.printTitleColumns = cols;
        }),
      setPrintMargins: (_unit: string, margins: Record<string, number>) =>
        call('PageLayout.margins', bytesOf(margins), (s) => {
          s.pageLayout.margins = { ...margins };
        }),
      headersFooters: {
        defaultForAllPages: {
          set centerFooter(v: string) {
            call('PageLayout.footer', v.length, (s) => {
              s.pageLayout.centerFooter = v;
            });
          },
        },
      },
    };
  }
  /** Worksheet.charts (ExcelApi 1.7), recorded on the sheet (pictures.ts). */
  get charts(): ReturnType<typeof chartsOf> {
    this.ctx.excel.requireSet('1.7', 'charts');
    return chartsOf(
      (op, bytes) =>
        this.ctx.enqueue(() => {
          op();
        }, bytes),
      () => this.sheet(),
      (r) => {
        const t = (r as RangeProxy).target();
        return t
          ? `${cellAddress(t.box.row, t.box.col)}:${cellAddress(t.box.row + t.box.rows - 1, t.box.col + t.box.cols - 1)}`
          : '';
      },
    );
  }
  private pageBreaks(kind: 'rows' | 'cols'): { add: (r: RangeProxy) => object; removePageBreaks: () => void } {
    this.ctx.excel.requireSet('1.9', 'page breaks');
    return {
      // add() gives the new page break, as Excel's does (office.js expects an object back).
      add: (r) => {
        this.call('PageBreaks.add', 30, (sheet) => {
          const t = r.target();
          if (t) sheet.pageBreaks[kind].push(kind === 'rows' ? t.box.row : t.box.col);
        });
        return {};
      },
      removePageBreaks: () =>
        this.call('PageBreaks.remove', 10, (sheet) => {
          sheet.pageBreaks[kind] = [];
        }),
    };
  }
  get verticalPageBreaks(): { add: (r: RangeProxy) => object; removePageBreaks: () => void } {
    return this.pageBreaks('cols');
  }
  get horizontalPageBreaks(): { add: (r: RangeProxy) => object; removePageBreaks: () => void } {
    return this.pageBreaks('rows');
  }
  get autoFilter(): { apply: (r: RangeProxy) => void; remove: () => void } {
    this.ctx.excel.requireSet('1.9', 'autoFilter');
    return {
      apply: (r) =>
        this.call('AutoFilter.apply', 30, (sheet) => {
          const t = r.target();
          if (t)
            sheet.autoFilter = `${cellAddress(t.box.row, t.box.col)}:${cellAddress(t.box.row + t.box.rows - 1, t.box.col + t.box.cols - 1)}`;
        }),
      remove: () =>
        this.call('AutoFilter.remove', 10, (sheet) => {
          sheet.autoFilter = null;
        }),
    };
  }
  /** Worksheet.notes (ExcelApi 1.18); add() gives the new note, as Excel's does. */
  get notes(): { add: (cell: string, content: string) => { content: string } } {
    this.ctx.excel.requireSet('1.18', 'notes');
    return {
      add: (cell, content) => {
        this.ctx.enqueue(() => {
          const p = parseAddress(cell.replace(/^.*!/, ''));
          if (!p) throw new MemoryExcelError('InvalidArgument', `Bad note address ${cell}`);
          const sheet = this.sheet();
          this.ctx.excel.checkWritable(sheet);
          const key = cellKey(p.row, p.col);
          const existing = sheet.cells.get(key);
          if (existing?.note !== undefined)
            throw new MemoryExcelError('InvalidArgument', `The cell ${cell} already has a note.`);
          sheet.cells.set(key, { ...(existing ?? { value: null }), note: content });
        }, cell.length + content.length);
        return { content };
      },
    };
  }
}

class ProtectionProxy extends Loadable {
  constructor(
    ctx: Context,
    private readonly sheet: () => MemorySheet,
  ) {
    super(ctx);
  }
  protected readProp(name: string): unknown {
    if (name === 'protected') return this.sheet().protected;
    throw new MemoryExcelError('InvalidArgument', `WorksheetProtection.${name} is not simulated`);
  }
  get protected(): boolean {
    return this.get('protected');
  }
}
