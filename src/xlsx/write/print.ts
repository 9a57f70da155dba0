/**
 * A sheet's print settings as SpreadsheetML: margins, page setup, the page-number footer and manual page breaks
 * (each in its place of the CT_Worksheet sequence: pageMargins, pageSetup, headerFooter, rowBreaks, colBreaks).
 */
import type { PrintSpec } from '../../core/model';
import { escapeText } from './xml';

const A4_PAPER = 9;
/** Excel's "Normal" margins, in inches. */
const NORMAL = '<pageMargins left="0.7" right="0.7" top="0.75" bottom="0.75" header="0.3" footer="0.3"/>';
/** The last row and column index Excel knows, the extent a manual break runs along. */
const MAX_ROW_INDEX = 1048575;
const MAX_COL_INDEX = 16383;

export function pageMarginsXml(print: PrintSpec | undefined): string {
  const m = print?.margins;
  if (!m) return NORMAL;
  const inches = (n: number): number => (Number.isFinite(n) && n >= 0 ? Math.min(n, 10) : 0.5);
  // Header and footer sit halfway into the top and bottom margins.
  return `<pageMargins left="${inches(m.left)}" right="${inches(m.right)}" top="${inches(m.top)}" bottom="${inches(m.bottom)}" header="${inches(m.top / 2)}" footer="${inches(m.bottom / 2)}"/>`;
}

export function pageSetupXml(print: PrintSpec | undefined): string {
  if (!print) return '';
  const fit = print.fitToWidth ? ' fitToWidth="1" fitToHeight="0"' : '';
  return `<pageSetup paperSize="${A4_PAPER}" orientation="${print.orientation === 'landscape' ? 'landscape' : 'portrait'}"${fit}/>`;
}

/** "Trang 2/6" centred in the footer: &P is the page, &N the number of pages. */
export function headerFooterXml(print: PrintSpec | undefined): string {
  if (!print?.pageNumbers) return '';
  // "&" starts a code in header text: a literal one is written "&&".
  return `<headerFooter><oddFooter>${escapeText(`&C${print.pageNumbers.replace(/&/g, '&&')} &P/&N`)}</oddFooter></headerFooter>`;
}

/** Manual page breaks before the given rows and columns (0-based), as Excel stores them (break after index - 1). */
export function pageBreaksXml(print: PrintSpec | undefined): string {
  const breaks = (tag: 'rowBreaks' | 'colBreaks', at: number[] | undefined, max: number): string => {
    const ids = [...new Set((at ?? []).filter((n) => Number.isInteger(n) && n > 0))].sort((a, b) => a - b);
    if (!ids.length) return '';
    return `<${tag} count="${ids.length}" manualBreakCount="${ids.length}">${ids.map((id) => `<brk id="${id}" max="${max}" man="1"/>`).join('')}</${tag}>`;
  };
  return breaks('rowBreaks', print?.rowBreaks, MAX_COL_INDEX) + breaks('colBreaks', print?.colBreaks, MAX_ROW_INDEX);
}
