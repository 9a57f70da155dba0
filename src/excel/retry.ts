/** Excel rejects API calls while a cell is being edited: every batch goes through here and is retried. */
export const CELL_EDIT_CODE = 'InvalidOperationInCellEditMode';

export type RetryOptions = { attempts?: number; delayMs?: number; sleep?: (ms: number) => Promise<void> };

const isCellEditError = (e: unknown): boolean => typeof e === 'object' && e !== null && (e as { code?: unknown }).code === CELL_EDIT_CODE;

/**
 * Runs `fn`, and runs it again (up to `attempts` times, waiting longer each time) while Excel is in cell-edit mode.
 * @example await withCellEditRetry(() => Excel.run(batch))
 */
export async function withCellEditRetry<T>(fn: () => Promise<T>, options: RetryOptions = {}): Promise<T> {
  const attempts = options.attempts ?? 6;
  const delayMs = options.delayMs ?? 500;
  const sleep = options.sleep ?? ((ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms)));
  for (let attempt = 1; ; attempt++) {
    try {
      return await fn();
    } catch (e) {
      if (!isCellEditError(e) || attempt >= attempts) throw e;
      await sleep(delayMs * attempt);
    }
  }
}
