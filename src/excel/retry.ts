/**
 * Excel rejects API calls while a cell is being edited, and throttles an add-in that sends too much: every batch
 * goes through here and is tried again, waiting longer each time (about a minute in all), before the error is
 * shown. With ExcelApi 1.11 the batch also asks Excel to wait for the cell edit to end (run.ts).
 */
export const CELL_EDIT_CODE = 'InvalidOperationInCellEditMode';
/** Codes of a busy or throttling host: the same request later is expected to pass. */
export const RETRY_CODES = new Set([CELL_EDIT_CODE, 'ActivityLimitReached', 'ServiceNotAvailable', 'Conflict']);

export type RetryOptions = {
  attempts?: number;
  /** Waits before the 2nd, 3rd… attempt, in ms (the last one repeats). */
  delaysMs?: number[];
  sleep?: (ms: number) => Promise<void>;
};

/** 1, 2, 4, 8, 15, 30 s: long enough for a user to finish typing in a cell, or for throttling to lift. */
export const DEFAULT_DELAYS_MS = [1000, 2000, 4000, 8000, 15000, 30000];

const codeOf = (e: unknown): unknown =>
  typeof e === 'object' && e !== null ? (e as { code?: unknown }).code : undefined;
export const isRetryable = (e: unknown): boolean => RETRY_CODES.has(codeOf(e) as string);

/**
 * Runs `fn`, and runs it again while Excel is busy, waiting longer each time.
 * @example await withRetry(() => Excel.run(batch))
 */
export async function withRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const delays = options.delaysMs ?? DEFAULT_DELAYS_MS;
  const attempts = options.attempts ?? delays.length + 1;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!isRetryable(e) || attempt >= attempts) throw e;
      await sleep(delays[Math.min(attempt - 1, delays.length - 1)]);
    }
  }
}
