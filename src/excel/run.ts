/** The only module that calls Excel.run. */
import { withRetry, type RetryOptions } from './retry';
import type { ExcelRun } from './types';

/**
 * Excel.run, retried while Excel is busy; where the host has ExcelApi 1.11 the batch also waits for a cell edit to
 * end instead of failing (delayForCellEdit).
 */
export function excelRunner(run: typeof Excel.run, delayForCellEdit: boolean, retry?: RetryOptions): ExcelRun {
  return (batch) => withRetry(() => (delayForCellEdit ? run({ delayForCellEdit: true }, batch) : run(batch)), retry);
}

export const runExcel = (delayForCellEdit: boolean): ExcelRun => excelRunner(Excel.run.bind(Excel), delayForCellEdit);
