import type { MemoryExcel } from '../../src/excel/memory/excel';
import { withCellEditRetry } from '../../src/excel/retry';
import type { ExcelRun } from '../../src/excel/workbook';

/** runExcel's retry over the in-memory Excel instead of Excel.run. */
export const runExcelWith = (excel: MemoryExcel): ExcelRun => (batch) => withCellEditRetry(() => excel.run(batch), { delayMs: 1 });
