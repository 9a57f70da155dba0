import type ExcelJS from 'exceljs';
import { readFile } from 'node:fs/promises';
import type { CellValue, Grid } from '../core/model';
import { assembleGrid, dateText, defaultReadLimits, gridsFromXlsx, type ReadLimits, type RowRead } from '../xlsx/read';

export { defaultReadLimits, type ReadLimits };

type Merge = { top: number; left: number; bottom: number; right: number };

/**
 * Reads every worksheet of an .xlsx file into grids (one per sheet, workbook order) with the fast reader of
 * src/xlsx/read; a file it refuses is given to ExcelJS, which may still read it.
 * Throws what ExcelJS throws for a file that is not a readable .xlsx; callers classify it first (inspect-file.ts).
 * @example await readXlsxFile('samples/binh-phuoc-2022/bu_dop.xlsx') // [{ name: 'Sheet1', source: { file: 'bu_dop.xlsx', ... } }]
 */
export async function readXlsxFile(
  path: string,
  file: string,
  limits: ReadLimits = defaultReadLimits,
): Promise<Grid[]> {
  try {
    return gridsFromXlsx(await readFile(path), file, limits);
  } catch {
    // ExcelJS's own error is the one callers classify, so ours is dropped. Loaded only here: requiring
    // ExcelJS costs about 0.2 s of start-up.
    const { default: Excel } = await import('exceljs');
    const workbook = new Excel.Workbook();
    await workbook.xlsx.readFile(path);
    return workbookToGrids(workbook, file, limits);
  }
}

/** Converts a loaded ExcelJS workbook into grids; `file` is the name shown in cell references. */
export function workbookToGrids(
  workbook: ExcelJS.Workbook,
  file: string,
  limits: ReadLimits = defaultReadLimits,
): Grid[] {
  return workbook.worksheets.map((sheet) => worksheetToGrid(sheet, file, limits));
}

function worksheetToGrid(sheet: ExcelJS.Worksheet, file: string, limits: ReadLimits): Grid {
  return assembleGrid(
    {
      name: sheet.name,
      hidden: sheet.state === 'hidden' || sheet.state === 'veryHidden',
      rowCount: sheet.rowCount,
      row: (r) => {
        const row = sheet.findRow(r + 1);
        return row && { hidden: row.hidden, cellCount: row.cellCount, read: (maxCols) => readRow(row, maxCols) };
      },
      merges: readMerges(sheet, limits),
      columnCountBelow: () => sheet.columnCount,
    },
    file,
    limits,
  );
}

function readRow(row: ExcelJS.Row, maxCols: number): RowRead {
  const width = Math.min(row.cellCount, maxCols);
  const values: CellValue[] = new Array<CellValue>(width).fill(null);
  const formats: (string | null)[] = new Array<string | null>(width).fill(null);
  const fonts: (string | null)[] = new Array<string | null>(width).fill(null);
  let last = -1;
  for (let c = 0; c < width; c++) {
    const cell = row.findCell(c + 1);
    if (!cell) continue;
    // A merged cell's slaves report the master's value in ExcelJS; the grid keeps it only in the top-left cell.
    // A formula's result is read from cell.result: cell.value drops a result of 0 or FALSE, which are figures.
    const value =
      cell.master !== cell ? null : isFormula(cell.value) ? formulaResult(cell.result) : toCellValue(cell.value);
    values[c] = value;
    formats[c] = cell.numFmt || null;
    fonts[c] = cell.font?.name ?? null;
    if (value !== null) last = c;
  }
  // Trailing styled-but-empty cells carry no figures; trimming keeps grids small.
  return { values: values.slice(0, last + 1), formats: formats.slice(0, last + 1), fonts: fonts.slice(0, last + 1) };
}

/**
 * One ExcelJS cell value → a plain grid value: formulas give their cached result, rich text and links give their
 * text, dates give ISO text, errors give their text ("#REF!").
 */
export function toCellValue(value: ExcelJS.CellValue): CellValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string') return value === '' ? null : value;
  if (typeof value === 'number' || typeof value === 'boolean') return value;
  if (value instanceof Date) return dateText(value);
  if ('richText' in value) return value.richText.map((run) => run.text).join('') || null;
  if ('error' in value) return value.error;
  if ('hyperlink' in value) return linkText(value);
  if ('formula' in value || 'sharedFormula' in value) return formulaResult(value.result);
  return null;
}

function isFormula(value: ExcelJS.CellValue): boolean {
  return typeof value === 'object' && value !== null && ('formula' in value || 'sharedFormula' in value);
}

function linkText(value: ExcelJS.CellHyperlinkValue): CellValue {
  // ExcelJS types `text` as string, but a styled link arrives as rich text, and a linked figure as its number.
  const text: unknown = value.text;
  if (typeof text === 'string') return text || null;
  if (typeof text === 'number' || typeof text === 'boolean') return text;
  if (text instanceof Date) return dateText(text);
  if (isRichText(text)) return text.richText.map((run) => run.text).join('') || null;
  return value.hyperlink || null;
}

function isRichText(value: unknown): value is ExcelJS.CellRichTextValue {
  return typeof value === 'object' && value !== null && Array.isArray((value as { richText?: unknown }).richText);
}

function formulaResult(result: ExcelJS.CellFormulaValue['result']): CellValue {
  if (result === undefined || result === null) return null;
  if (typeof result === 'object' && !(result instanceof Date)) return result.error;
  return toCellValue(result);
}

/**
 * ExcelJS keeps merges in a private map; the public `model.merges` getter rebuilds every row model, which costs
 * as much as reading the sheet again, so the map is read directly (shape checked).
 */
function readMerges(sheet: ExcelJS.Worksheet, limits: ReadLimits): Merge[] {
  const privateMerges = (sheet as unknown as { _merges?: Record<string, { model?: Partial<Merge> }> })._merges;
  const merges: Merge[] = [];
  for (const range of Object.values(privateMerges ?? {})) {
    const m = range.model;
    if (!m || m.top === undefined || m.left === undefined || m.bottom === undefined || m.right === undefined) continue;
    if (m.top > limits.maxRows || m.left > limits.maxCols) continue;
    merges.push({ top: m.top - 1, left: m.left - 1, bottom: m.bottom - 1, right: m.right - 1 });
  }
  return merges.sort((a, b) => a.top - b.top || a.left - b.left);
}
