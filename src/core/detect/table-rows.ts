/**
 * The rows of a report's tables: the data rows of one table under its header (sections remembered; blanks, notes
 * and the signature block left out), and the tables above and after the one whose header was chosen.
 */
import { cellAddress } from '../address/address';
import type { CellValue, Grid, ReportRow, ReportSection } from '../model';
import { classifyHeader, findHeader, startsTable, type Header } from './header';
import { cellText, isFigureValue, layoutFromHeader, valueAt, type TableLayout } from './layout';
import { isCapsHeading, isLabelText, isNoteText, isSignatureText, numberingDepth, sttDepth } from './row-kinds';
import type { SheetText } from './sheet-text';
import { tableNoteMeasure } from './table-note';
import { templateIdAt } from './template-mark';
import { stripMeasureSuffix } from '../text';

/** Data rows read: real reports have tens to a few hundred. */
export const ROW_CAP = 3000;

/**
 * `end`: the row where reading stopped (the signature block, a note, the next table, or the end of the sheet);
 * `nextTable`: set when another table's header stopped it.
 */
export type Extracted = {
  rows: ReportRow[];
  sections: ReportSection[];
  capped: boolean;
  end: number;
  nextTable?: number;
};

/** Reads the data rows: sections remembered, blanks, notes and the signature block left out. */
export function extractRows(
  grid: Grid,
  sheet: SheetText,
  layout: TableLayout,
  labelHeader: string | null,
  idCol: number | null,
  until = sheet.rows,
  tableMeasure: string | null = null,
): Extracted {
  const origin = grid.origin ?? { row: 0, col: 0 };
  const ref = (r: number, c: number) => ({
    file: grid.source.file,
    sheet: grid.source.sheet,
    address: cellAddress(origin.row + r, origin.col + c),
  });
  const hidden = new Set(grid.hiddenRows ?? []);
  const rows: ReportRow[] = [];
  const sections: ReportSection[] = [];
  let section: string | undefined;
  const labelOf = (r: number) => cellText(sheet, r, layout.labelCol);
  const depthOf = (r: number) =>
    numberingDepth(labelOf(r)) ?? (layout.sttCol !== null ? sttDepth(cellText(sheet, r, layout.sttCol)) : null);

  let r = layout.firstRow;
  for (; r < until; r++) {
    if (rows.length >= ROW_CAP) return { rows, sections, capped: true, end: r };
    const label = labelOf(r);
    const raw: CellValue = valueAt(sheet, r, layout.valueCol);
    const figure = isFigureValue(sheet, r, layout.valueCol);
    if (!figure && rowTexts(sheet, r).some(isSignatureText)) break;
    // Another table begins: its own header says where its result column is; never read it with this one's.
    if (!figure && (labelHeader === null || label !== labelHeader) && startsTable(sheet, r))
      return { rows, sections, capped: false, end: r, nextTable: r };
    if (!isLabelText(label)) continue;
    if (raw === null && isNoteText(label)) break;
    // A header repeated on a new printed page.
    if (labelHeader !== null && label === labelHeader && typeof raw === 'string' && classifyHeader(raw) !== 'unknown')
      continue;
    const measure = layout.measureCol !== null ? cellText(sheet, r, layout.measureCol) : '';
    const number = layout.sttCol !== null ? cellText(sheet, r, layout.sttCol) : '';
    // A label that ends in its measure ("Tổng số thuê bao (thuê bao)") names one as a ĐVT column would.
    if (
      raw === null &&
      isSection(label, depthOf(r), measure || (stripMeasureSuffix(label).measure ?? ''), nextDepth(r))
    ) {
      section = label;
      const heading: ReportSection = { label, labelCell: ref(r, layout.labelCol) };
      if (number !== '') heading.number = number;
      if (measure !== '') heading.measure = measure;
      sections.push(heading);
      continue;
    }
    const numberFormat = grid.numberFormats?.[r]?.[layout.valueCol];
    // Optional fields only when present (as consumers and tests expect), set one by one: object spreads here cost
    // a temporary object per field for every row of every sheet.
    const row: ReportRow = { label, labelCell: ref(r, layout.labelCol), raw, valueCell: ref(r, layout.valueCol) };
    if (measure !== '') row.measure = measure;
    if (numberFormat) row.numberFormat = numberFormat;
    if (section !== undefined) row.section = section;
    if (hidden.has(r)) row.hidden = true;
    if (layout.valueMeasure !== null) row.headerMeasure = layout.valueMeasure;
    if (tableMeasure !== null) row.tableMeasure = tableMeasure;
    if (layout.estimate) row.estimate = true;
    if (number !== '') row.number = number;
    if (idCol !== null) {
      const id = templateIdAt(sheet, r, idCol);
      if (id !== undefined) row.templateId = id;
    }
    rows.push(row);
  }
  return { rows, sections, capped: false, end: r };

  function nextDepth(r: number): number | null {
    for (let k = r + 1; k < Math.min(sheet.rows, r + 4); k++) if (isLabelText(labelOf(k))) return depthOf(k);
    return null;
  }
}

function rowTexts(sheet: SheetText, r: number): string[] {
  const texts: string[] = [];
  for (let c = 0; c < sheet.cols; c++) {
    const v = sheet.value(r, c);
    if (typeof v === 'string') texts.push(v);
  }
  return texts;
}

/**
 * A row without a figure is a section heading when numbered I./A., written in capitals, ending in ":", or
 * heading more deeply numbered rows (1. over 1.1, a), -) while naming no measure. A row that names its measure is
 * an indicator whatever its case (a blank form's "SỐ TRẠM BTS | TRẠM"), unless numbered as a section.
 */
function isSection(label: string, depth: number | null, measure: string, next: number | null): boolean {
  if (depth === 0) return true;
  if (measure !== '') return false;
  if (isCapsHeading(label) || /:\s*$/.test(label)) return true;
  if (next === null) return false;
  return depth === null ? next >= 10 : next > depth;
}

/** At most this many tables after the first are read: a report has a few (sections A, B, C). */
const MAX_TABLES = 6;

/** The period a table's result column is chosen for (see column-period.ts). */
export type ColumnPeriod = { key: string | null; label: string | null };

/** Tables after the first, each read with its own header, until the signature block or the end of the sheet. */
export function followingTables(
  grid: Grid,
  sheet: SheetText,
  first: Extracted,
  period: ColumnPeriod,
  idCol: number | null,
): { rows: ReportRow[]; sections: ReportSection[]; end: number; tables: number } {
  const rows: ReportRow[] = [];
  const sections: ReportSection[] = [];
  let current = first;
  let tables = 0;
  while (current.nextTable !== undefined && tables < MAX_TABLES) {
    const header = findHeader(sheet, 2, current.nextTable);
    const laid = header ? layoutFromHeader(sheet, header, period.key, period.label) : null;
    if (!header || !laid || laid.kind === 'fail') break;
    current = extractRows(
      grid,
      sheet,
      laid.layout,
      header.columns[laid.layout.labelCol]?.text ?? null,
      idCol,
      sheet.rows,
      tableNoteMeasure(sheet, header.row, 0),
    );
    rows.push(...current.rows);
    sections.push(...current.sections);
    tables += 1;
  }
  return { rows, sections, end: current.end, tables };
}

/**
 * A table above the chosen header (a sheet with section A's table, then section B's with a better-scoring header):
 * read with its own header, up to the chosen one. Null when the rows above are only the title block.
 */
export function tableAbove(
  grid: Grid,
  sheet: SheetText,
  chosen: Header,
  period: ColumnPeriod,
  idCol: number | null,
): { rows: ReportRow[]; sections: ReportSection[]; headerRow: number } | null {
  if (chosen.row < 3) return null;
  const header = findHeader(sheet, chosen.row, 0);
  if (!header || header.lastRow >= chosen.row - 1 || !startsTable(sheet, header.row)) return null;
  const laid = layoutFromHeader(sheet, header, period.key, period.label);
  if (laid.kind === 'fail') return null;
  const extracted = extractRows(
    grid,
    sheet,
    laid.layout,
    header.columns[laid.layout.labelCol]?.text ?? null,
    idCol,
    chosen.row,
    tableNoteMeasure(sheet, header.row, 0),
  );
  return extracted.rows.length > 0
    ? { rows: extracted.rows, sections: extracted.sections, headerRow: header.row }
    : null;
}
