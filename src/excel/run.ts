/** The only module that calls Excel.run. */
import { withCellEditRetry } from './retry';
import type { ExcelRun } from './workbook';

export const runExcel: ExcelRun = (batch) => withCellEditRetry(() => Excel.run(batch));
