import type { Said } from '../model';
import { memoizeText } from '../text/memo';
import { DETECT_TEXTS } from './messages';
import { parseFigure } from '../numbers';
import { isMeasureText } from '../text';
import { chooseValueColumn, headerMeasure, type Header } from './header';
import { isLabelText, isColumnNumberText } from './row-kinds';
import type { SheetText } from './sheet-text';

/** Where the table is: the columns to read and the first data row. */
export type TableLayout = {
  labelCol: number;
  valueCol: number;
  measureCol: number | null;
  sttCol: number | null;
  valueHeader: string | null;
  /** The measure the result column's header names ("(triệu đồng)"), for every row of the table. */
  valueMeasure: string | null;
  /** The result column holds estimates ("Ước thực hiện"). */
  estimate: boolean;
  firstRow: number;
  notes: Said[];
};

export type LayoutResult = { kind: 'ok'; layout: TableLayout } | { kind: 'fail'; reason: Said };

/** Rows read to weigh columns; enough for any report, bounded for huge sheets. */
const SAMPLE_ROWS = 300;

/** Text of a cell, taking the text of a merge that starts in the same row further left. */
export function cellText(sheet: SheetText, r: number, c: number): string {
  const owner = sheet.owner(r, c);
  if (!owner) return sheet.text(r, c);
  return owner.row === r ? sheet.text(owner.row, owner.col) : '';
}

/** A value cell: a cell covered by a merge has no value of its own (a section title spread across the row). */
export function valueAt(sheet: SheetText, r: number, c: number) {
  return sheet.owner(r, c) ? null : sheet.value(r, c);
}

/** Whether a cell holds a figure: a number, or text the figure parser reads as a number ("1.300", "16,2%"). */
export function isFigure(v: ReturnType<SheetText['value']>): boolean {
  if (typeof v === 'number') return true;
  if (typeof v !== 'string') return false;
  // Most texts asked are labels: without a digit nothing is a figure, answered without parsing or a cache lookup.
  if (!HAS_DIGIT.test(v)) return false;
  // Plain digits and Vietnamese thousands ("1.300"), as typed into text cells, read as figures without parsing.
  if (PLAIN_NUMBER.test(v)) return true;
  return isFigureText(v);
}

const HAS_DIGIT = /\d/;
const PLAIN_NUMBER = /^(?:\d{1,15}|\d{1,3}(?:\.\d{3}){1,4})$/;

// Layout search asks the same cells many times (each candidate column, each pass): parse each text once.
const isFigureText = memoizeText((text: string) => parseFigure(text).kind === 'number');

function isLabelCell(sheet: SheetText, r: number, c: number): boolean {
  return labelWeight(sheet, r, c) > 0;
}

/** Whether the cell holds a figure of its own (not one spread over it by a merge); asked once per cell and sheet. */
export function isFigureValue(sheet: SheetText, r: number, c: number): boolean {
  return answer(sheet, FIGURE_VALUE, r, c) === YES;
}

/**
 * How much a cell looks like an indicator label: 0 when it is no label, a quarter for short measure words ("trạm",
 * "thuê bao"), 1 for a label.
 */
function labelWeight(sheet: SheetText, r: number, c: number): number {
  const a = answer(sheet, LABEL_CELL, r, c);
  return a === YES ? 1 : a === MEASURE_WORDS ? 0.25 : 0;
}

const LABEL_CELL = 0;
const FIGURE_VALUE = 1;
/** Answers kept per cell (0 = not asked yet). */
const YES = 1;
const NO = 2;
const MEASURE_WORDS = 3;

function ask(sheet: SheetText, question: number, r: number, c: number): number {
  if (question === FIGURE_VALUE) return isFigure(valueAt(sheet, r, c)) ? YES : NO;
  const t = cellText(sheet, r, c);
  if (!isLabelText(t) || t.length > 300 || isFigure(t)) return NO;
  return atMostWords(t, 3) && isMeasureText(t) ? MEASURE_WORDS : YES;
}

/** At most `n` words; a cell text is cleaned (single spaces, trimmed), line breaks aside. */
function atMostWords(text: string, n: number): boolean {
  let gaps = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c === 32 || c === 10) && ++gaps >= n) return false;
  }
  return true;
}

/** The answer to `question` about a cell, worked out once per sheet: layout search asks every candidate column. */
function answer(sheet: SheetText, question: number, r: number, c: number): number {
  if (r < 0 || r >= sheet.rows || c < 0 || c >= sheet.cols) return ask(sheet, question, r, c);
  const size = sheet.rows * sheet.cols;
  const answers = (sheet.answers ??= new Int8Array(2 * size));
  const i = question * size + r * sheet.cols + c;
  if (answers[i] === 0) answers[i] = ask(sheet, question, r, c);
  return answers[i];
}

/** The column with the most label-like texts among `cols`, from row `from`; null when fewer than two. */
function bestLabelColumn(sheet: SheetText, cols: number[], from: number): number | null {
  let best: number | null = null;
  let bestScore = 1.5;
  for (const c of cols) {
    let score = 0;
    for (let r = from; r < Math.min(sheet.rows, from + SAMPLE_ROWS); r++) score += labelWeight(sheet, r, c);
    if (score > bestScore) {
      best = c;
      bestScore = score;
    }
  }
  return best;
}

/** How many label rows have a figure in column c. */
function figureCount(sheet: SheetText, labelCol: number, c: number, from: number): number {
  let count = 0;
  for (let r = from; r < Math.min(sheet.rows, from + SAMPLE_ROWS); r++) {
    if (isLabelCell(sheet, r, labelCol) && isFigureValue(sheet, r, c)) count += 1;
  }
  return count;
}

/** A column holding measure words ("trạm", "%", "thuê bao") more than anything else. */
function isMeasureColumn(sheet: SheetText, c: number, from: number): boolean {
  let measures = 0;
  let others = 0;
  for (let r = from; r < Math.min(sheet.rows, from + SAMPLE_ROWS); r++) {
    const t = cellText(sheet, r, c);
    if (t === '') continue;
    if (isMeasureText(t)) measures += 1;
    else others += 1;
  }
  return measures >= 2 && measures > others;
}

/** The figure column next to the labels (skipping a measure column), among the allowed columns. */
function nearestFigureColumn(sheet: SheetText, labelCol: number, allowed: (c: number) => boolean, from: number) {
  for (let c = labelCol + 1; c < sheet.cols; c++) {
    if (!allowed(c)) continue;
    if (figureCount(sheet, labelCol, c, from) >= 2) return c;
  }
  return null;
}

/** Skips a row of column numbers ("1 | 2 | 3", "(1) | (2)") right under the header. */
function skipColumnNumbers(sheet: SheetText, r: number): number {
  let cells = 0;
  for (let c = 0; c < sheet.cols; c++) {
    if (sheet.owner(r, c)) continue;
    const t = sheet.text(r, c);
    if (t === '') continue;
    if (!isColumnNumberText(t)) return r;
    cells += 1;
  }
  return cells >= 2 ? r + 1 : r;
}

/**
 * Lays the table out from its header: label, result, measure and STT columns, and the first data row.
 * @example layoutFromHeader(sheet, header, '2022-H1') // { kind: 'ok', layout: { labelCol: 1, valueCol: 4, ... } }
 */
export function layoutFromHeader(
  sheet: SheetText,
  header: Header,
  periodKey: string | null,
  periodLabel: string | null = null,
): LayoutResult {
  const firstRow = skipColumnNumbers(sheet, header.lastRow + 1);
  const role = (c: number) => header.columns[c]?.role ?? 'unknown';
  const labelCandidates = header.columns.filter((c) => c.role === 'label').map((c) => c.col);
  let labelCol =
    labelCandidates.length === 1
      ? labelCandidates[0]
      : bestLabelColumn(
          sheet,
          labelCandidates.length > 1
            ? labelCandidates
            : header.columns.filter((c) => c.role === 'unknown').map((c) => c.col),
          firstRow,
        );
  if (labelCol === null) return { kind: 'fail', reason: DETECT_TEXTS.noLabelColumn() };
  // A label header over numbering only ("Nội dung" above "1.", "2.") with the text one column right, unmerged.
  if (
    bestLabelColumn(sheet, [labelCol], firstRow) === null &&
    role(labelCol + 1) === 'unknown' &&
    bestLabelColumn(sheet, [labelCol + 1], firstRow) !== null
  ) {
    labelCol += 1;
  }
  const notes: Said[] = [];
  const measureCol = header.columns.find((c) => c.role === 'measure')?.col ?? null;
  const sttCol = header.columns.find((c) => c.role === 'stt')?.col ?? null;
  const choice = chooseValueColumn(header.columns, periodKey);
  if (choice.kind === 'ambiguous') {
    return { kind: 'fail', reason: DETECT_TEXTS.tiedColumns({ headers: choice.headers }) };
  }
  if (choice.kind === 'no_fit') {
    // Never the month of a 6-month report, nor last year's column: say so rather than take another period's figures.
    return { kind: 'fail', reason: DETECT_TEXTS.noPeriodColumn({ period: periodLabel, headers: choice.headers }) };
  }
  let valueCol: number;
  let valueHeader: string | null;
  let estimate = false;
  if (choice.kind === 'chosen') {
    valueCol = choice.col;
    valueHeader = choice.header;
    estimate = choice.estimate;
    // A template filled in only one of its result columns ("Số liệu kỳ báo cáo" left empty, "Lũy kế" filled):
    // an empty column holds no result; the best-named result column that has figures does.
    if (figureCount(sheet, labelCol, valueCol, firstRow) === 0) {
      const filled = header.columns.filter(
        (c) => c.role === 'value' && c.col !== valueCol && figureCount(sheet, labelCol, c.col, firstRow) >= 2,
      );
      const next = chooseValueColumn(filled, periodKey);
      if (next.kind === 'chosen') {
        notes.push(DETECT_TEXTS.emptyColumnTaken({ empty: valueHeader, taken: next.header }));
        valueCol = next.col;
        valueHeader = next.header;
        estimate = next.estimate;
      }
    }
  } else {
    // No header names the result: only an unnamed column may hold it, never Kế hoạch, So sánh or Ghi chú.
    const found = nearestFigureColumn(sheet, labelCol, (c) => role(c) === 'unknown' && c !== labelCol, firstRow);
    if (found === null) return { kind: 'fail', reason: DETECT_TEXTS.noResultColumn() };
    valueCol = found;
    valueHeader = header.columns[found]?.text || null;
    notes.push(DETECT_TEXTS.unnamedColumn());
  }
  if (valueCol === labelCol) return { kind: 'fail', reason: DETECT_TEXTS.noResultColumn() };
  if (estimate) notes.push(DETECT_TEXTS.estimate({ column: valueHeader }));
  const valueMeasure = headerMeasure(header.columns[valueCol]);
  return {
    kind: 'ok',
    layout: { labelCol, valueCol, measureCol, sttCol, valueHeader, valueMeasure, estimate, firstRow, notes },
  };
}

/**
 * Lays out a sheet without a header row: the column with most labels, the figure column next to it, a measure
 * column between them when there is one; the table starts at the first label with a figure.
 * @example layoutWithoutHeader(sheet) // { kind: 'ok', layout: { labelCol: 0, valueCol: 1, measureCol: null, ... } }
 */
export function layoutWithoutHeader(sheet: SheetText): LayoutResult {
  const all = Array.from({ length: sheet.cols }, (_, c) => c);
  const labelCol = bestLabelColumn(sheet, all, 0);
  if (labelCol === null) return { kind: 'fail', reason: DETECT_TEXTS.noTable() };
  const valueCol = nearestFigureColumn(sheet, labelCol, () => true, 0);
  if (valueCol === null) return { kind: 'fail', reason: DETECT_TEXTS.noTable() };
  // Without a header nothing says which of several figure columns is the result (plan? last year? a list of
  // villages with households and stations?): refuse rather than guess.
  const others = nearestFigureColumn(sheet, valueCol, () => true, 0);
  if (others !== null) {
    return { kind: 'fail', reason: DETECT_TEXTS.manyColumnsNoHeader() };
  }
  let measureCol: number | null = null;
  for (let c = labelCol + 1; c < valueCol; c++) if (isMeasureColumn(sheet, c, 0)) measureCol = c;
  let firstRow = 0;
  while (firstRow < sheet.rows && !(isLabelCell(sheet, firstRow, labelCol) && isFigureValue(sheet, firstRow, valueCol)))
    firstRow += 1;
  const notes = [DETECT_TEXTS.noHeaderRow()];
  const sttCol = labelCol > 0 ? labelCol - 1 : null;
  return {
    kind: 'ok',
    layout: {
      labelCol,
      valueCol,
      measureCol,
      sttCol,
      valueHeader: null,
      valueMeasure: null,
      estimate: false,
      firstRow,
      notes,
    },
  };
}
