import type { MemoryExcel } from '../../src/excel/memory/excel';
import { excelRunner } from '../../src/excel/run';
import type { ExcelRun } from '../../src/excel/workbook';

/** runExcel over the in-memory Excel instead of Excel.run, with short waits between attempts. */
export const runExcelWith = (excel: MemoryExcel, delayForCellEdit = false): ExcelRun =>
  excelRunner(excel.run as unknown as typeof Excel.run, delayForCellEdit, { delaysMs: [1, 2, 3] });
