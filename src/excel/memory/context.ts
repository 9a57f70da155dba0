/**
 * The request context of the in-memory Excel: calls are queued and applied, in order, at `sync()`, and properties
 * are readable only once loaded and synced — as in Office.js. The object proxies live in worksheet.ts, range.ts,
 * format.ts and workbook.ts.
 */
import type { MemorySheet, MemoryWorkbookState } from './state';

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

/** What the proxies ask of the in-memory Excel (excel.ts implements it). */
export type MemoryHost = {
  readonly state: MemoryWorkbookState;
  readonly stats: SyncStats;
  readonly payloadLimit: number;
  readonly decodeWorkbook?: (base64: string) => MemorySheet[];
  checkBusy(): void;
  requireSet(version: string, what: string): void;
  refuse(what: string, sheet?: string): void;
  findSheet(key: string): MemorySheet | null;
  checkSheetName(name: string): void;
  checkWritable(sheet: MemorySheet): void;
  changed(): void;
};

/** A queued call: applied at sync, returns the bytes it adds to the response. */
export type Op = () => number | void;

export const bytesOf = (value: unknown): number => (value === undefined ? 0 : JSON.stringify(value).length);

export function versionAtLeast(have: string, want: string): boolean {
  const [a1, a2] = have.split('.').map(Number);
  const [b1, b2] = want.split('.').map(Number);
  return a1 > b1 || (a1 === b1 && (a2 || 0) >= (b2 || 0));
}

/** One `run`'s context: a queue of operations applied at `sync()`. */
export class Context {
  queue: Op[] = [];
  requestBytes = 0;
  /** Index in the last queue of the operation that failed, for the office.js replay's error report. */
  failedAt = -1;
  /** The workbook proxy (workbook.ts), set by excel.ts when it makes the context. */
  workbook!: Loadable;
  constructor(readonly excel: MemoryHost) {}
  enqueue(op: Op, bytes: number): void {
    this.queue.push(op);
    this.requestBytes += bytes + 40;
  }
  /** Runs the queued operations; a throw in the executor rejects the promise, as a failed Office sync does. */
  sync(): Promise<void> {
    return new Promise((resolve) => {
      this.flush();
      resolve();
    });
  }
  private flush(): void {
    const excel = this.excel;
    const queue = this.queue;
    const requestBytes = this.requestBytes;
    this.queue = [];
    this.requestBytes = 0;
    this.failedAt = -1;
    excel.stats.syncs += 1;
    excel.checkBusy();
    excel.stats.maxRequestBytes = Math.max(excel.stats.maxRequestBytes, requestBytes);
    if (requestBytes > excel.payloadLimit)
      throw new MemoryExcelError('RequestPayloadSizeLimitExceeded', `Request of ${requestBytes} bytes`);
    let responseBytes = 0;
    for (let i = 0; i < queue.length; i++) {
      try {
        responseBytes += queue[i]() ?? 0;
      } catch (e) {
        // Excel stops at the failing call: the ones before it are done, the ones after are not.
        this.failedAt = i;
        throw e;
      }
    }
    excel.stats.maxResponseBytes = Math.max(excel.stats.maxResponseBytes, responseBytes);
    if (responseBytes > excel.payloadLimit)
      throw new MemoryExcelError('ResponsePayloadSizeLimitExceeded', `Response of ${responseBytes} bytes`);
  }
  trackedObjects = { add: (): void => undefined, remove: (): void => undefined };
}

/** Base of every proxy: properties are readable only once loaded and synced. */
export abstract class Loadable {
  private loaded = new Map<string, unknown>();
  constructor(readonly ctx: Context) {}
  protected abstract readProp(name: string): unknown;
  protected nullable = false;
  protected isNull(): boolean {
    return false;
  }
  /** Finds the object now (at sync), so a missing one fails where Office.js would. */
  protected resolve(): void {}
  protected get<T>(name: string): T {
    if (!this.loaded.has(name)) {
      throw new MemoryExcelError(
        'PropertyNotLoaded',
        `The property '${name}' is not available. Call load('${name}') and context.sync() first.`,
      );
    }
    return this.loaded.get(name) as T;
  }
  load(props?: string | string[]): this {
    const names = (Array.isArray(props) ? props : (props ?? '').split(',')).map((p) => p.trim()).filter(Boolean);
    this.ctx.enqueue(() => this.snapshot(names), 60);
    return this;
  }
  /** Queues the lookup of the object (Office.js's "instantiate"): a missing object fails the sync. */
  touch(): void {
    this.ctx.enqueue(() => {
      if (this.nullable) this.loaded.set('isNullObject', this.isNull());
      else this.resolve();
    }, 0);
  }
  /** A value loaded by the last sync, or undefined (for the office.js replay, which reads what was asked for). */
  loadedValue(name: string): unknown {
    return this.loaded.get(name);
  }
  /** Reads the named properties now (at sync); returns the response size. */
  snapshot(names: string[]): number {
    if (this.nullable) {
      const isNull = this.isNull();
      this.loaded.set('isNullObject', isNull);
      if (isNull) return 20;
    } else {
      this.resolve();
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
  /** Office.js's untrack/track: nothing to release in memory. */
  untrack(): this {
    return this;
  }
  track(): this {
    return this;
  }
}

export class ClientResult<T> {
  private v: { ok: true; value: T } | null = null;
  set(value: T): void {
    this.v = { ok: true, value };
  }
  get value(): T {
    if (!this.v)
      throw new MemoryExcelError('PropertyNotLoaded', 'The value of a ClientResult is available after context.sync().');
    return this.v.value;
  }
}
