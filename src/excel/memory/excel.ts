/**
 * An in-memory Excel for tests and the browser preview: the subset of the Office.js object model the adapter uses,
 * with Office's rules that matter — properties throw until loaded and synced, a sync counter, a payload meter
 * (5 MB per request and per response, like Excel on the web), null objects, ItemNotFound, cell-edit mode and
 * throttling, calls a host may refuse, formulas that follow a renamed sheet and break on a deleted one, and the
 * "=" rule: a string starting with "=" written to a cell not formatted as text becomes a formula.
 * The objects live in context.ts, workbook.ts, worksheet.ts, range.ts and format.ts.
 */
import { Context, MemoryExcelError, versionAtLeast, type MemoryHost, type SyncStats } from './context';
import { WorkbookProxy } from './workbook';
import type { MemorySheet, MemoryWorkbookState } from './state';

export { MemoryExcelError, type SyncStats } from './context';

export type MemoryExcelOptions = {
  /** Requirement sets supported, e.g. {ExcelApi: '1.18'}. Default: ExcelApi 1.18. */
  excelApi?: string;
  /** Payload limit per request and per response. Default 5,000,000 bytes. */
  payloadLimit?: number;
  /** Decodes a base64 workbook for insertWorksheetsFromBase64 (the fake cannot read .xlsx by itself). */
  decodeWorkbook?: (base64: string) => MemorySheet[];
};

/** Excel.run's options (ExcelApi 1.11): wait for the user to leave cell-edit mode instead of failing. */
export type RunOptions = { delayForCellEdit?: boolean };

type Batch<T> = (context: Excel.RequestContext) => Promise<T>;

/**
 * The in-memory Excel: holds a workbook, counts syncs, meters payloads and hands out request contexts through
 * `run`, which has the shape of `Excel.run`.
 */
export class MemoryExcel implements MemoryHost {
  readonly stats: SyncStats = { syncs: 0, maxRequestBytes: 0, maxResponseBytes: 0 };
  /** The next N syncs fail with InvalidOperationInCellEditMode (a user typing in a cell)… */
  cellEditFailures = 0;
  /** …unless the run asked to wait for the cell edit to end (delayForCellEdit), which the user then does. */
  private delayForCellEdit = false;
  /** The next N syncs fail with ActivityLimitReached (the host throttles the add-in). */
  throttleFailures = 0;
  /**
   * Calls this host refuses, with the error code given: "PageLayout.zoom" on every sheet, or
   * "Worksheet.freezePanes@Kiểm tra" on one sheet only.
   */
  readonly failOn = new Map<string, string>();
  /** The same, for the next such call only (a transient failure). */
  readonly failOnce = new Map<string, string>();
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

  /** A fresh request context (the office.js replay keeps one for all the requests of a session). */
  newContext(): Context {
    const ctx = new Context(this);
    ctx.workbook = new WorkbookProxy(ctx);
    return ctx;
  }

  /** Same shape as Excel.run: a fresh request context per batch; options first, as Excel.run takes them. */
  run = async <T>(optionsOrBatch: RunOptions | Batch<T>, maybeBatch?: Batch<T>): Promise<T> => {
    const batch = typeof optionsOrBatch === 'function' ? optionsOrBatch : (maybeBatch as Batch<T>);
    const options = typeof optionsOrBatch === 'function' ? {} : optionsOrBatch;
    if (options.delayForCellEdit) this.requireSet('1.11', 'delayForCellEdit');
    this.delayForCellEdit = Boolean(options.delayForCellEdit);
    try {
      return await batch(this.newContext() as unknown as Excel.RequestContext);
    } finally {
      this.delayForCellEdit = false;
    }
  };

  /** At each sync: is the user editing a cell, or is the host throttling? */
  checkBusy(): void {
    if (this.cellEditFailures > 0) {
      this.cellEditFailures -= 1;
      // With delayForCellEdit, Excel waits for the user to finish instead of failing.
      if (!this.delayForCellEdit)
        throw new MemoryExcelError('InvalidOperationInCellEditMode', 'Excel is in cell-editing mode.');
    }
    if (this.throttleFailures > 0) {
      this.throttleFailures -= 1;
      throw new MemoryExcelError('ActivityLimitReached', 'Activity limit has been reached.');
    }
  }

  isSetSupported = (name: string, version: string): boolean =>
    name === 'ExcelApi' && versionAtLeast(this.excelApi, version);

  requireSet(version: string, what: string): void {
    if (!versionAtLeast(this.excelApi, version))
      throw new MemoryExcelError('ApiNotFound', `${what} needs ExcelApi ${version}`);
  }

  /** Throws when this host refuses `what` on `sheet` (see failOn). */
  refuse(what: string, sheet?: string): void {
    const keys = sheet === undefined ? [what] : [what, `${what}@${sheet}`];
    const once = keys.find((k) => this.failOnce.has(k));
    const code = once ? this.failOnce.get(once) : keys.map((k) => this.failOn.get(k)).find(Boolean);
    if (once) this.failOnce.delete(once);
    if (code) throw new MemoryExcelError(code, `This host does not allow ${what}${sheet ? ` on '${sheet}'` : ''}.`);
  }

  /** By name (case-insensitive, as Excel compares them) or by id. */
  findSheet(key: string): MemorySheet | null {
    const lower = key.toLowerCase();
    return this.state.sheets.find((s) => s.id === key || s.name.toLowerCase() === lower) ?? null;
  }

  checkSheetName(name: string): void {
    if (!name || name.length > 31 || /[[\]:*?/\\]/.test(name))
      throw new MemoryExcelError('InvalidArgument', `Invalid sheet name '${name}'`);
    if (this.findSheet(name))
      throw new MemoryExcelError('ItemAlreadyExists', `A sheet named '${name}' already exists.`);
  }

  checkWritable(sheet: MemorySheet): void {
    if (sheet.protected) throw new MemoryExcelError('InvalidOperation', `The sheet '${sheet.name}' is protected.`);
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

export function createMemoryExcel(
  sheets: MemorySheet[],
  options: MemoryExcelOptions & { name?: string } = {},
): MemoryExcel {
  return new MemoryExcel(
    {
      name: options.name ?? 'So-lam-viec.xlsx',
      sheets,
      settings: new Map(),
      activeSheet: sheets[0]?.name ?? null,
      selection: null,
    },
    options,
  );
}
