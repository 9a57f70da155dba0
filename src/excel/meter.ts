/**
 * What a request costs on the wire, as office.js serialises it: the request body is JSON sent as a JSON string
 * inside the message Excel on the web receives (so every quote is escaped), and every object the add-in touches
 * is an object path plus actions. The constants are office.js 1.1.110's own costs, measured by replaying calls
 * through it (bench/office-js) and rounded up; test/excel/office-js.test.ts holds the estimates above the real
 * sizes. Excel on the web refuses a request or a response over 5 MB: the add-in stays under BUDGET.
 */

/** Excel on the web refuses a request or a response over this (RequestPayloadSizeLimitExceeded). */
export const WEB_REQUEST_LIMIT = 5_000_000;
/** Bytes per request and per response the add-in allows itself. */
export const BUDGET = 3_600_000;

/** Measured costs per call, beyond the arguments (untracked objects: no _KeepReference, no cleanup). */
export const COST = {
  /** A range (getRangeByIndexes, getRanges…): its object path and instantiation. */
  object: 450,
  /** A sub-object reached from it: format, font, fill, a border edge, notes, pageLayout… */
  subObject: 330,
  /** Setting one property or calling one method, beyond its arguments. */
  call: 130,
  /** office.js splits a values or numberFormat matrix into blocks of 1,500 cells, three objects each. */
  perCellOfMatrix: 1,
};

/** UTF-8 length of a string, counted without encoding it. */
export function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c <= 0xdbff) {
      n += 4;
      i += 1;
    } else n += 3;
  }
  return n;
}

/**
 * Bytes `value` adds to a request: its JSON, escaped once more because the body travels as a string.
 * @example wireBytes([["Bù Đốp", 12]]) // 21: [[\"Bù Đốp\",12]] with ù and Đ, ố as 2 and 3 bytes
 */
export function wireBytes(value: unknown): number {
  const json = JSON.stringify(value) ?? 'null';
  let n = utf8Length(json);
  for (let i = 0; i < json.length; i++) {
    const c = json.charCodeAt(i);
    // Escaping a JSON text as a string adds one backslash per quote and backslash.
    if (c === 0x22 || c === 0x5c) n += 1;
  }
  return n;
}

/**
 * Queues calls on a request context and syncs before the queued bytes would pass the budget, so no request is
 * over it; counts the syncs.
 */
export class RequestBatch {
  private bytes = 0;
  syncs = 0;
  /** Estimated size of each request sent, for the tests that compare it with office.js's real one. */
  readonly sent: number[] = [];
  constructor(
    private readonly context: Excel.RequestContext,
    readonly budget = BUDGET,
  ) {}
  /** Reserves `bytes` for the calls about to be queued; syncs first when they would not fit. */
  async reserve(bytes: number): Promise<void> {
    if (this.bytes > 0 && this.bytes + bytes > this.budget) await this.flush();
    this.bytes += bytes;
  }
  get pending(): number {
    return this.bytes;
  }
  /** The most one block of data (a row chunk of values, a run of links) may take: a request of its own. */
  get budgetForBlock(): number {
    return this.budget - 8_000;
  }
  async flush(): Promise<void> {
    // Counted when sent, failed or not: a request refused by Excel is still a round trip.
    this.sent.push(this.bytes);
    this.syncs += 1;
    this.bytes = 0;
    await this.context.sync();
  }
}
