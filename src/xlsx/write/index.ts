/** The .xlsx writer: WorkbookSpec → SpreadsheetML bytes. */
export { xlsxBytes, type XlsxOptions } from './xlsx-bytes';
export { safeText, MAX_CELL_TEXT } from './xml';
export { uniqueSheetName } from './names';
