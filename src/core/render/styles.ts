import { quoteSheet } from '../address/address';
import { memoizeText } from '../text/memo';
import type { CellStyle, Severity } from '../model';

/** Fills by severity: light enough to read the figure, distinct in print and for colour-blind readers (with notes). */
export const SEVERITY_FILL: Record<Severity, string> = { error: '#F8CBAD', warning: '#FFE699', info: '#DDEBF7' };

export const HEADER: CellStyle = {
  bold: true,
  fill: '#1F4E78',
  color: '#FFFFFF',
  hAlign: 'center',
  vAlign: 'middle',
  wrap: true,
  border: true,
};
export const GROUP: CellStyle = { bold: true, fill: '#D9E1F2', border: true };
export const TITLE: CellStyle = { bold: true, size: 14, hAlign: 'center' };
export const SUBTITLE: CellStyle = { italic: true, hAlign: 'center' };
export const TEXT: CellStyle = { numberFormat: '@', border: true, wrap: true, vAlign: 'top' };
export const BODY: CellStyle = { border: true, vAlign: 'top' };

// Derived styles are made once here, so cells share them (a summary of 3,321 units has 150,000 cells).
const bySeverity = (base: CellStyle): Record<Severity, CellStyle> => ({
  error: { ...base, fill: SEVERITY_FILL.error },
  warning: { ...base, fill: SEVERITY_FILL.warning },
  info: { ...base, fill: SEVERITY_FILL.info },
});
export const BODY_CENTER: CellStyle = { ...BODY, hAlign: 'center' };
export const BODY_FLAGGED = bySeverity(BODY);
export const BODY_FLAGGED_ITALIC = bySeverity({ ...BODY, italic: true });
export const BODY_ITALIC_CENTER: CellStyle = { ...BODY, italic: true, hAlign: 'center' };
export const TOTAL: CellStyle = { ...BODY, bold: true };
export const TOTAL_FLAGGED = bySeverity(TOTAL);
export const TEXT_CENTER: CellStyle = { ...TEXT, hAlign: 'center' };
export const TEXT_ITALIC: CellStyle = { ...TEXT, italic: true };
export const TEXT_FLAGGED = bySeverity(TEXT);
export const LINK: CellStyle = { ...TEXT, color: '#0563C1' };
export const GROUP_CENTER: CellStyle = { ...GROUP, hAlign: 'center' };

/** Data bars over unit figures: light enough to read the figure over them. */
export const DATA_BAR = '#BDD7EE';

/** Excel number formats; Excel shows them with the reader's separators ("1.300" in a Vietnamese Excel). */
export const FORMAT = { count: '#,##0', decimal: '#,##0.0#', percent: '0.0' } as const;

/** Internal link to a cell of a sheet of the same workbook, quoting the sheet name as Excel requires. */
export function internalLink(sheet: string, address: string): string {
  return `#${quotedSheet(sheet)}!${address}`;
}

// Every source cell of a sheet links to that sheet: quote its name once.
const quotedSheet = memoizeText(quoteSheet);
