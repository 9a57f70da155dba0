import type { CellStyle, Severity } from '../model';

/** Fills by severity: light enough to read the figure, distinct in print and for colour-blind readers (with notes). */
export const SEVERITY_FILL: Record<Severity, string> = { error: '#F8CBAD', warning: '#FFE699', info: '#DDEBF7' };

export const HEADER: CellStyle = { bold: true, fill: '#1F4E78', color: '#FFFFFF', hAlign: 'center', vAlign: 'middle', wrap: true, border: true };
export const GROUP: CellStyle = { bold: true, fill: '#D9E1F2', border: true };
export const TITLE: CellStyle = { bold: true, size: 14, hAlign: 'center' };
export const SUBTITLE: CellStyle = { italic: true, hAlign: 'center' };
export const TEXT: CellStyle = { numberFormat: '@', border: true, wrap: true, vAlign: 'top' };
export const BODY: CellStyle = { border: true, vAlign: 'top' };

/** Excel number formats; Excel shows them with the reader's separators ("1.300" in a Vietnamese Excel). */
export const FORMAT = { count: '#,##0', decimal: '#,##0.0#', percent: '0.0' } as const;

/** Internal link to a cell of a sheet of the same workbook, quoting the sheet name as Excel requires. */
export function internalLink(sheet: string, address: string): string {
  return `#'${sheet.replace(/'/g, "''")}'!${address}`;
}
