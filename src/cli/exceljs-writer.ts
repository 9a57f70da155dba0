/**
 * The writer used before src/xlsx/write, on ExcelJS: kept apart from write-xlsx.ts for the tests and the bench that
 * compare the two, so the `tonghop` command never loads ExcelJS to write.
 */
import ExcelJS from 'exceljs';
import type { CellSpec, CellStyle, SheetSpec, WorkbookSpec } from '../core/model';
import { safeText, uniqueSheetName } from '../xlsx/write';
import { columnLetters } from '../core/address/address';

const A4_PAPER = 9;
/** Excel's "Normal" margins (inches), which src/xlsx/write gives a sheet without margins of its own. */
const NORMAL_MARGINS = { left: 0.7, right: 0.7, top: 0.75, bottom: 0.75, header: 0.3, footer: 0.3 };

/**
 * The same workbook written by ExcelJS, the writer used before src/xlsx/write: kept for the tests and the bench
 * that compare the two.
 */
export async function exceljsBuffer(spec: WorkbookSpec): Promise<Buffer> {
  // Fastest deflate level: the same files, somewhat larger; level 6 took a quarter of the write for a few percent less size.
  const data = await toWorkbook(spec).xlsx.writeBuffer({
    zip: { compression: 'DEFLATE', compressionOptions: { level: 1 } },
  });
  return Buffer.from(data);
}

/** Builds an ExcelJS workbook from a spec (exported for tests and for the sample generator). */
export function toWorkbook(spec: WorkbookSpec): ExcelJS.Workbook {
  const workbook = new ExcelJS.Workbook();
  const used = new Set<string>();
  for (const sheetSpec of spec.sheets)
    writeSheet(workbook.addWorksheet(uniqueSheetName(sheetSpec.name, used)), sheetSpec);
  return workbook;
}

function writeSheet(sheet: ExcelJS.Worksheet, spec: SheetSpec): void {
  spec.rows.forEach((row, r) =>
    row.forEach((cellSpec, c) => cellSpec && writeCell(sheet.getCell(r + 1, c + 1), cellSpec)),
  );
  spec.columnWidths?.forEach((width, c) => {
    sheet.getColumn(c + 1).width = width;
  });
  spec.rowHeights?.forEach((height, r) => {
    if (height) sheet.getRow(r + 1).height = height;
  });
  for (const m of spec.merges ?? []) {
    if (m.bottom > m.top || m.right > m.left)
      sheet.mergeCellsWithoutStyle(m.top + 1, m.left + 1, m.bottom + 1, m.right + 1);
  }
  if (spec.freeze) sheet.views = [{ state: 'frozen', xSplit: spec.freeze.cols, ySplit: spec.freeze.rows }];
  if (spec.print) sheet.pageSetup = pageSetup(spec.print);
  if (spec.print?.pageNumbers)
    sheet.headerFooter = { oddFooter: `&C${spec.print.pageNumbers.replace(/&/g, '&&')} &P/&N` };
  // Data bars as ExcelJS writes them; it has no charts, so a chart sheet written here holds only its tables.
  for (const bar of spec.dataBars ?? []) {
    const { top, left, bottom, right } = bar.range;
    sheet.addConditionalFormatting({
      ref: `${columnLetters(left)}${top + 1}:${columnLetters(right)}${bottom + 1}`,
      rules: [
        {
          type: 'dataBar',
          priority: 1,
          minLength: 0,
          maxLength: 100,
          cfvo: [{ type: 'num', value: 0 }, bar.max !== undefined ? { type: 'num', value: bar.max } : { type: 'max' }],
          color: { argb: argb(bar.color) },
        } as unknown as ExcelJS.ConditionalFormattingRule,
      ],
    });
  }
  if (spec.autoFilter) {
    const { row, fromCol, toCol } = spec.autoFilter;
    sheet.autoFilter = { from: { row: row + 1, column: fromCol + 1 }, to: { row: row + 1, column: toCol + 1 } };
  }
  if (spec.tabColor) sheet.properties.tabColor = { argb: argb(spec.tabColor) };
}

function pageSetup(print: NonNullable<SheetSpec['print']>): Partial<ExcelJS.PageSetup> {
  const setup: Partial<ExcelJS.PageSetup> = { orientation: print.orientation, paperSize: A4_PAPER };
  if (print.fitToWidth) Object.assign(setup, { fitToPage: true, fitToWidth: 1, fitToHeight: 0 });
  if (print.repeatRows) setup.printTitlesRow = `${print.repeatRows[0] + 1}:${print.repeatRows[1] + 1}`;
  if (print.repeatCols)
    setup.printTitlesColumn = `${columnLetters(print.repeatCols[0])}:${columnLetters(print.repeatCols[1])}`;
  setup.margins = print.margins
    ? { ...print.margins, header: print.margins.top / 2, footer: print.margins.bottom / 2 }
    : NORMAL_MARGINS;
  return setup;
}

function writeCell(cell: ExcelJS.Cell, spec: CellSpec): void {
  cell.value = cellValue(spec);
  if (spec.note) cell.note = safeText(spec.note);
  if (spec.style) applyStyle(cell, spec.style);
}

/**
 * Strings become shared-string values, never formulas: ExcelJS only writes a formula from a {formula} object, so
 * "=HYPERLINK(...)", "+cmd" or "@SUM(1)" stay text. A link needs text, so a linked number keeps its value and
 * loses the link.
 */
function cellValue(spec: CellSpec): ExcelJS.CellValue {
  const { value, link } = spec;
  if (typeof value === 'string') return link ? { text: safeText(value), hyperlink: link } : safeText(value);
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  return value;
}

function applyStyle(cell: ExcelJS.Cell, style: CellStyle): void {
  // One ExcelJS style object per spec style, shared by its cells: ExcelJS keys its style table by object identity
  // (a WeakMap) before it renders a style to XML, so 80,000 mapping cells cost a handful of style renders instead
  // of one each (that render was half of the write). Nothing mutates a cell's style after this.
  let shared = excelStyles.get(style);
  if (!shared) excelStyles.set(style, (shared = excelStyle(style)));
  cell.style = shared;
}

const excelStyles = new WeakMap<CellStyle, Partial<ExcelJS.Style>>();

/** The ExcelJS style of a spec style, with its properties in the order the per-cell setters used to add them. */
function excelStyle(style: CellStyle): Partial<ExcelJS.Style> {
  const cell: Partial<ExcelJS.Style> = {};
  const font: Partial<ExcelJS.Font> = {};
  if (style.bold) font.bold = true;
  if (style.italic) font.italic = true;
  if (style.size) font.size = style.size;
  if (style.color) font.color = { argb: argb(style.color) };
  if (Object.keys(font).length > 0) cell.font = font;
  if (style.fill) cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: argb(style.fill) } };
  const alignment: Partial<ExcelJS.Alignment> = {};
  if (style.hAlign) alignment.horizontal = style.hAlign;
  if (style.vAlign) alignment.vertical = style.vAlign;
  if (style.wrap) alignment.wrapText = true;
  if (Object.keys(alignment).length > 0) cell.alignment = alignment;
  if (style.border) cell.border = thinBorder;
  if (style.numberFormat) cell.numFmt = style.numberFormat;
  return cell;
}

const thin: Partial<ExcelJS.Border> = { style: 'thin', color: { argb: 'FF808080' } };
const thinBorder: Partial<ExcelJS.Borders> = { top: thin, left: thin, bottom: thin, right: thin };

/** "#1F4E79" → "FF1F4E79" (opaque ARGB, as ExcelJS wants). */
function argb(hex: string): string {
  const digits = hex.replace(/^#/, '').toUpperCase();
  return digits.length === 6 ? `FF${digits}` : digits;
}
