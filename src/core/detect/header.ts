import { memoizeText } from '../text/memo';
import { readMeasure } from '../numbers';
import { stripMeasureSuffix } from '../text';
import { periodFit } from './column-period';
import { looseKey } from './fold';
import type { SheetText } from './sheet-text';

/** What a header cell says its column holds. */
export type ColumnRole = 'stt' | 'label' | 'measure' | 'note' | 'excluded' | 'value' | 'unknown';

/** `parts`: the texts of a header written over several rows ("Giá trị (triệu đồng)" over "Thực hiện"). */
export type HeaderColumn = { col: number; text: string; role: ColumnRole; parts?: string[] };

export type Header = {
  /** First header row and the last one (the same row for a one-row header). */
  row: number;
  lastRow: number;
  columns: HeaderColumn[];
};

// Columns that hold figures but never the result: plan, comparison, rate, same period last year, difference.
const EXCLUDED =
  /\b(ke hoach|kh|so sanh|so voi|ty le|ti le|cung ky|ky truoc|nam truoc|tang giam|tang|giam|chenh lech|muc tieu|chi tieu giao|giao)\b/;
const STRONG_VALUE = /\b(thuc hien|th|ket qua|so lieu|so luong|gia tri|ky nay|ky bao cao|tong so)\b/;
const WEAK_VALUE =
  /\b(luy ke|cong don|uoc|\d{1,2} thang|thang \d{1,2}|trong thang|trong quy|tu dau nam|quy|nam|ca nam)\b/;
const LABEL = /^(?:ten )?(chi tieu|noi dung|danh muc|hang muc|linh vuc|nhiem vu|cong viec|ten)\b/;

/**
 * Classifies a header text ("Thực hiện 6 tháng" → value, "Kế hoạch năm 2022" → excluded, "ĐVT" → measure).
 * @example classifyHeader('Tỷ lệ đạt (%)') // "excluded"
 */
export const classifyHeader: (text: string) => ColumnRole = memoizeText(classifyHeaderText);

function classifyHeaderText(text: string): ColumnRole {
  // "Thực hiện 6 tháng (ĐVT: triệu đồng)" is a result column that names its measure, not the ĐVT column.
  const split = splitHeaderMeasure(text);
  const h = looseKey(split.measure && split.measure !== '%' ? split.rest : text);
  if (h === '') return 'unknown';
  if (/^(stt|tt|so tt|so thu tu)$/.test(h)) return 'stt';
  if (/\b(dvt|don vi tinh|d v t)\b/.test(h) || h === 'don vi') return 'measure';
  if (/\bghi chu\b/.test(h)) return 'note';
  if (EXCLUDED.test(h) || text.includes('%')) return 'excluded';
  if (LABEL.test(h) && !/\d{4}/.test(h)) return 'label';
  if (STRONG_VALUE.test(h) || WEAK_VALUE.test(h) || yearOf(h) !== null) return 'value';
  return 'unknown';
}

/**
 * A header's own text and the measure it names: "(triệu đồng)", "(ĐVT: tỷ đồng)", "- ĐVT: nghìn đồng" at its end.
 * @example splitHeaderMeasure('Thực hiện 6 tháng (triệu đồng)') // { rest: "Thực hiện 6 tháng", measure: "triệu đồng" }
 */
export const splitHeaderMeasure: (text: string) => { rest: string; measure?: string } = memoizeText((text) => {
  if (!text.includes('(') && !/đvt|dvt|đơn vị|don vi/i.test(text)) return { rest: text };
  const split = stripMeasureSuffix(text);
  if (!split.measure || split.label === '') return { rest: text };
  const reading = readMeasure(split.measure);
  if (reading.group === null && !reading.bare && reading.per === null) return { rest: text };
  return { rest: split.label, measure: split.measure };
});

/**
 * The measure a column's header names for its figures, from any of its rows: "Thực hiện (triệu đồng)" → "triệu đồng".
 * Asked only of the result column, once per table.
 */
export function headerMeasure(column: HeaderColumn | undefined): string | null {
  if (!column) return null;
  for (const part of column.parts ?? [column.text]) {
    const measure = splitHeaderMeasure(part).measure;
    if (measure) return measure;
  }
  return null;
}

function yearOf(folded: string): number | null {
  const years = [...folded.matchAll(/\b(19\d{2}|20\d{2})\b/g)].map((m) => Number(m[1]));
  return years.length > 0 ? Math.max(...years) : null;
}

function scoreColumns(columns: HeaderColumn[]): number {
  const known = columns.filter((c) => c.role !== 'unknown').length;
  const hasLabel = columns.some((c) => c.role === 'label');
  const hasValue = columns.some((c) => c.role === 'value');
  if (known < 2 || (!hasLabel && !hasValue)) return 0;
  // Long cells are titles or prose ("BÁO CÁO Kết quả thực hiện ..."), not headers.
  if (columns.some((c) => c.text.length > 80)) return 0;
  return known + (hasLabel ? 2 : 0) + (hasValue ? 2 : 0);
}

/** Header text of each column for a header spanning rows top..bottom; merged cells spread their text. */
function composeColumns(sheet: SheetText, top: number, bottom: number, fillRight: boolean): HeaderColumn[] {
  const columns: HeaderColumn[] = [];
  for (let c = 0; c < sheet.cols; c++) {
    // Most columns have one part or none: the list is made only for a second one.
    let first = '';
    let parts: string[] | null = null;
    for (let r = top; r <= bottom; r++) {
      const owner = sheet.owner(r, c);
      let text = owner ? (owner.row >= top && owner.row < r ? '' : sheet.text(owner.row, owner.col)) : sheet.text(r, c);
      // A cell merged across columns in a one-row header is a title ("SỐ LIỆU BÁO CÁO 6 THÁNG..."), not one header
      // per column: only its first column carries the text.
      if (owner && top === bottom && owner.col < c) text = '';
      // Without merge information, a group title over two sub-columns ("Năm 2022" over "Kế hoạch | Thực hiện")
      // sits in the left cell only: carry it right while the row below has sub-headers.
      if (text === '' && fillRight && r < bottom && sheet.text(bottom, c) !== '') {
        for (let k = c - 1; k >= 0 && sheet.text(bottom, k) !== ''; k--) {
          if (sheet.text(r, k) !== '') {
            text = sheet.text(r, k);
            break;
          }
        }
      }
      if (text === '' || text === first || parts?.includes(text)) continue;
      if (first === '') first = text;
      else (parts ??= [first]).push(text);
    }
    // One single-line part is already clean (sheet texts are trimmed, spaces collapsed): reusing the string keeps the
    // memoised classifyHeader from hashing a fresh copy for every row of every sheet.
    const text = parts
      ? parts.join(' ').replace(/\s+/g, ' ').trim()
      : first.includes('\n')
        ? first.replace(/\s+/g, ' ').trim()
        : first;
    if (!parts) {
      columns.push({ col: c, text, role: text === '' ? 'unknown' : classifyHeader(text) });
      continue;
    }
    // A group title may name the measure ("Giá trị (ĐVT: triệu đồng)" over "Kế hoạch | Thực hiện"): the column's
    // kind is read without it, each part apart.
    const split = parts.map(splitHeaderMeasure);
    const key = split.some((x) => x.measure)
      ? split
          .map((x) => (x.measure === '%' ? `${x.rest} %` : x.rest))
          .join(' ')
          .replace(/\s+/g, ' ')
          .trim()
      : text;
    columns.push({ col: c, text, role: classifyHeader(key), parts });
  }
  return columns;
}

/** A row that can only be the second row of a header: every cell is a header word, none is a number. */
function isSubHeaderRow(sheet: SheetText, r: number): boolean {
  let cells = 0;
  for (let c = 0; c < sheet.cols; c++) {
    if (sheet.owner(r, c)) continue;
    const v = sheet.value(r, c);
    if (v === null) continue;
    if (typeof v !== 'string' || classifyHeader(v) === 'unknown') return false;
    cells += 1;
  }
  return cells > 0;
}

/** Whether any cell of rows from..end-1 is covered by a merge. */
function mergedWithin(sheet: SheetText, from: number, end: number): boolean {
  for (let r = from; r < end; r++) for (let c = 0; c < sheet.cols; c++) if (sheet.owner(r, c) !== null) return true;
  return false;
}

/**
 * Finds the header row (or the two rows of a two-row header) in the first `scanRows` rows; null when none.
 * @example findHeader(sheet, 40)?.columns.map((c) => c.role) // ["stt", "label", "measure", "excluded", "value", "note"]
 */
export function findHeader(sheet: SheetText, scanRows: number, from = 0): Header | null {
  const end = Math.min(sheet.rows, from + scanRows);
  const hasMerges = sheet.hasMerges && mergedWithin(sheet, from, end);
  let best: Header | null = null;
  let bestScore = 0;
  for (let r = from; r < end; r++) {
    // A header names at least two columns: rows with fewer filled cells (titles, blanks) are skipped cheaply.
    if (filledCells(sheet, r) < 2 || holdsFigures(sheet, r)) continue;
    const single = composeColumns(sheet, r, r, false);
    const singleScore = scoreColumns(single);
    if (singleScore > bestScore) {
      best = { row: r, lastRow: r, columns: single };
      bestScore = singleScore;
    }
    if (r + 1 < sheet.rows && singleScore > 0 && isSubHeaderRow(sheet, r + 1)) {
      const double = composeColumns(sheet, r, r + 1, !hasMerges);
      const doubleScore = scoreColumns(double);
      if (doubleScore >= singleScore && doubleScore >= bestScore) {
        best = { row: r, lastRow: r + 1, columns: double };
        bestScore = doubleScore;
      }
    }
  }
  return best;
}

/** A data row holds numbers (STT, figures); a header holds words, and at most a year ("Năm 2022", 2022). */
function holdsFigures(sheet: SheetText, r: number): boolean {
  for (let c = 0; c < sheet.cols; c++) {
    const v = sheet.value(r, c);
    if (typeof v === 'number' && !(Number.isInteger(v) && v >= 1990 && v <= 2100)) return true;
  }
  return false;
}

function filledCells(sheet: SheetText, r: number): number {
  let n = 0;
  for (let c = 0; c < sheet.cols && n < 2; c++) if (sheet.text(r, c) !== '' || sheet.owner(r, c) !== null) n += 1;
  return n;
}

/**
 * A row that starts another table: a header naming a result column and the label or STT column
 * ("STT | Nội dung | ĐVT | Kế hoạch | Thực hiện"), as offices write when a sheet holds two tables.
 */
export function startsTable(sheet: SheetText, r: number): boolean {
  // A table's header names at least three columns; section and note rows (most rows asked) stop here cheaply.
  let filled = 0;
  for (let c = 0; c < sheet.cols && filled < 3; c++) if (sheet.text(r, c) !== '') filled += 1;
  if (filled < 3) return false;
  const header = findHeader(sheet, 1, r);
  if (!header) return false;
  const roles = header.columns.map((c) => c.role);
  return (
    roles.includes('value') &&
    (roles.includes('label') || roles.includes('stt')) &&
    roles.filter((x) => x !== 'unknown').length >= 3
  );
}

/** `estimate`: the chosen column holds estimates ("Ước thực hiện 6 tháng"); `no_fit`: every result column is of
 * another span or year than the report's period. */
export type ValueChoice =
  | { kind: 'chosen'; col: number; header: string; estimate: boolean }
  | { kind: 'none' }
  | { kind: 'ambiguous'; headers: string[] }
  | { kind: 'no_fit'; headers: string[] };

/**
 * Chooses the result column among value-like headers: the one whose span fits the report's period (the cumulative
 * column of a 6-month, 9-month or yearly report, the month of a monthly one), else the latest year, else the
 * strongest word (Thực hiện before Lũy kế before Ước); equal candidates → ambiguous; none of the period → no_fit.
 * @example chooseValueColumn(columns, '2022-Y') // { kind: 'chosen', col: 4, header: 'Năm 2022', estimate: false }
 */
export function chooseValueColumn(columns: HeaderColumn[], periodKey: string | null): ValueChoice {
  const ranked = columns
    .filter((c) => c.role === 'value')
    .map((c) => {
      const h = looseKey(c.text);
      const strength = (STRONG_VALUE.test(h) ? 2 : 1) - (/\buoc\b/.test(h) ? 1 : 0) - (/\bluy ke\b/.test(h) ? 0.5 : 0);
      return { c, rank: [periodFit(h, periodKey), yearOf(h) ?? 0, strength] };
    })
    .sort((a, b) => b.rank[0] - a.rank[0] || b.rank[1] - a.rank[1] || b.rank[2] - a.rank[2]);
  if (ranked.length === 0) return { kind: 'none' };
  const [first, second] = ranked;
  if (first.rank[0] === 0) return { kind: 'no_fit', headers: ranked.map((x) => x.c.text) };
  if (second && second.rank.every((v, i) => v === first.rank[i])) {
    return {
      kind: 'ambiguous',
      headers: ranked.filter((x) => x.rank.every((v, i) => v === first.rank[i])).map((x) => x.c.text),
    };
  }
  return { kind: 'chosen', col: first.c.col, header: first.c.text, estimate: /\buoc\b/.test(looseKey(first.c.text)) };
}
