import { memoizeText } from '../text/memo';
import type { CellValue, Figure } from '../model';
import { normalizeText, removeDiacritics } from '../text';
import { readDigits, type NumberStyle } from './digits';

export type ParseContext = {
  /** Excel number format of the cell ("0.0%" makes 0.928 read as 92.8 %). */
  numberFormat?: string | null;
  /** How the sheet writes numbers in text: "vi" = "1.300,5" (default), "en" = "1,300.5". */
  style?: NumberStyle;
  /** Font of the cell, to decode legacy encodings (".VnTime", "VNI-Times"). */
  font?: string | null;
};

/**
 * A figure with the measure written next to it ("%", "đồng" after "1,7 tỷ đồng"), magnitude words applied;
 * `magnitude`: the power of ten of the magnitude word the cell wrote ("tỷ" → 9), already in the value.
 */
export type ParsedFigure = Figure & { measure?: string; magnitude?: number };

/** Folded for word comparison: lower case, no diacritics, spaces collapsed; punctuation kept. */
const fold = memoizeText((text: string): string => removeDiacritics(text.toLowerCase()).replace(/\s+/g, ' ').trim());

const MISSING = new Set([
  '-',
  '--',
  '---',
  '–',
  '—',
  '_',
  'x',
  'xx',
  '…',
  '..',
  '...',
  '/',
  'n/a',
  'na',
  'k',
  'khong',
  'khong co',
  'chua co',
  'chua',
  'khong phat sinh',
  'chua phat sinh',
  'chua bao cao',
  'khong bao cao',
  'khong co so lieu',
  'chua co so lieu',
  'null',
  'none',
]);

const EXCEL_ERROR =
  /^#(?:REF!|DIV\/0!|VALUE!|N\/A|NAME\?|NUM!|NULL!|SPILL!|CALC!|FIELD!|BLOCKED!|BUSY!|CONNECT!|UNKNOWN!|GETTING_DATA)$/i;

/** Words before a figure that make it approximate ("khoảng 91.000", "trên 1.300"), folded, longest first. */
const APPROX_WORDS = [
  'uoc dat khoang',
  'uoc dat',
  'uoc tinh',
  'uoc khoang',
  'khoang hon',
  'khoang',
  'xap xi',
  'it nhat',
  'toi thieu',
  'toi da',
  'tren',
  'hon',
  'gan',
  'dat',
  'uoc',
  'duoi',
  'chung',
];
const APPROX_SYMBOLS = ['>=', '<=', '~', '≈', '>', '<', '≥', '≤'];
/** Words before a figure that change nothing ("tổng số 12"). */
const NEUTRAL_WORDS = ['tong cong', 'tong so', 'tong', 'co', 'la', 'gom', '=', ':'];

const MAGNITUDES: [string, number][] = [
  ['nghin', 3],
  ['ngan', 3],
  ['trieu', 6],
  ['ty', 9],
  ['ti', 9],
];

function missing(rawText: string, reason: string): ParsedFigure {
  return { kind: 'missing', raw: rawText, reason };
}
function unreadable(rawText: string, reason: string): ParsedFigure {
  return { kind: 'unreadable', raw: rawText, reason };
}

/** True when an Excel number format shows the value as a percentage (a % outside quotes, escapes, [..]). @example isPercentFormat('0.0%') // true */
export function isPercentFormat(format: string | null | undefined): boolean {
  return format ? percentFormat(format) : false;
}

// Asked for every number cell; a workbook has a handful of distinct formats.
const percentFormat = memoizeText((format: string): boolean =>
  format
    .replace(/"[^"]*"/g, '')
    .replace(/\\./g, '')
    .replace(/\[[^\]]*\]/g, '')
    .includes('%'),
);

/** Removes binary floating noise (0.928 × 100 = 92.80000000000001). */
function clean(n: number): number {
  return Number(n.toPrecision(15));
}

/** Consumes leading words of a list; returns the words as written and the rest. */
function takeWords(text: string, words: string[]): { taken: string[]; rest: string } {
  const taken: string[] = [];
  let rest = text;
  for (let round = 0; round < 4; round++) {
    const folded = fold(rest);
    const hit = words.find((w) => folded.startsWith(w) && /^(?:\s|$|[\d(+\-−])/.test(folded.slice(w.length)));
    const symbol = hit === undefined && APPROX_SYMBOLS.find((s) => words === APPROX_WORDS && rest.startsWith(s));
    const word = hit ?? (symbol || undefined);
    if (word === undefined) break;
    // Folding keeps the length of Vietnamese letters (NFC), so the written word is the same slice.
    taken.push(rest.slice(0, word.length));
    rest = rest.slice(word.length).trim();
  }
  return { taken, rest };
}

const NUMBER = /^(\d{1,3}(?: \d{3})+(?![\d.,])|\d(?:[\d.,]*\d)?)/;

/** A number token read by style; spaces between groups of three ("1 300") are read as grouping. */
function readNumber(token: string, style: NumberStyle): { decimal: string; note?: string } | string {
  const compact = token.includes(' ') ? token.replace(/ /g, '') : token;
  const reading = readDigits(compact, style);
  if (reading.ok) return { decimal: reading.decimal, note: reading.note };
  return reading.reason ?? `số viết không rõ: «${token}»`;
}

/** A magnitude word at the start ("tỷ đồng" → 9), never "tỷ lệ". */
function takeMagnitude(text: string): { exponent: number; rest: string } | null {
  const folded = fold(text);
  for (const [word, exponent] of MAGNITUDES) {
    if (!folded.startsWith(word)) continue;
    const after = folded.slice(word.length);
    if (/^\p{L}/u.test(after) || /^ le(?:\s|$|\W)/.test(after)) continue;
    return { exponent, rest: text.slice(word.length).trim() };
  }
  return null;
}

/** Standalone numbers left in a measure mean the cell holds more than one figure ("10 - 15", "5 trạm 3 xã"). */
function hasLooseNumber(measure: string): boolean {
  const withoutPerN = measure.replace(/\/\s*\d[\d.,]*/g, '/');
  return /(?:^|[\s\-–+])[\d.,]*\d(?:$|[\s\-–+])/.test(withoutPerN) || /^[-–+~]/.test(withoutPerN);
}

type Parts = { value: number; approx: string[]; notes: string[]; measure?: string; magnitude?: number };

function parseText(text: string, style: NumberStyle): Parts | string {
  const approx = takeWords(text, APPROX_WORDS);
  const neutral = takeWords(approx.rest, NEUTRAL_WORDS);
  let rest = neutral.rest;
  const notes: string[] = [];
  let sign = 1;
  const accounting = /^\(\s*(\d[\d.,]*)\s*\)$/.exec(rest);
  if (accounting) {
    sign = -1;
    rest = accounting[1];
  } else if (/^[-−]\d/.test(rest)) {
    // "- 5" with a space is more often a bullet than a sign: only "-5" is negative.
    sign = -1;
    rest = rest.slice(1);
  } else if (/^\+\d/.test(rest)) rest = rest.slice(1);
  const token = NUMBER.exec(rest);
  if (!token) return 'none';
  const first = readNumber(token[1], style);
  if (typeof first === 'string') return first;
  if (first.note) notes.push(first.note);
  rest = rest.slice(token[1].length);
  // "3G", "4G", "5G": a technology, not a figure with a measure.
  if (/^\p{Lu}(?:\s|$)/u.test(rest)) return `không phải số: «${text}»`;
  rest = rest.trim();

  // "187/200 xã": the count is the first figure; the whole it is out of goes to the note.
  const fraction = /^\/\s*(\d[\d.,]*\d|\d)/.exec(rest);
  if (fraction) {
    notes.push(`/${fraction[1]}`);
    rest = rest.slice(fraction[0].length).trim();
    if (rest.startsWith('/')) return `số viết không rõ: «${text}»`;
  }

  let value = Number(first.decimal);
  const magnitude = takeMagnitude(rest);
  if (magnitude) {
    value = Number(`${first.decimal}e${magnitude.exponent}`);
    rest = magnitude.rest;
    // "1 tỷ 700 triệu": smaller magnitudes add up.
    let last = magnitude.exponent;
    for (let next = NUMBER.exec(rest); next; next = NUMBER.exec(rest)) {
      const part = readNumber(next[1], style);
      const m = takeMagnitude(rest.slice(next[1].length).trim());
      if (typeof part === 'string' || !m || m.exponent >= last) break;
      value = clean(value + Number(`${part.decimal}e${m.exponent}`));
      last = m.exponent;
      rest = m.rest;
    }
  }

  rest = rest
    .replace(/^[.:]+(?=\s|$)/, '')
    .replace(/\s*[.;,]$/, '')
    .trim();
  let measure: string | undefined;
  if (rest !== '') {
    const cut = /\s*[,;(]/.exec(rest);
    const head = (cut ? rest.slice(0, cut.index) : rest).trim();
    const tail = cut
      ? rest
          .slice(cut.index)
          .replace(/^\s*[,;]\s*/, '')
          .trim()
      : '';
    if (head !== '') {
      if (!/^[\p{L}%]/u.test(head) || hasLooseNumber(head)) return `nhiều số hoặc chữ lạ: «${text}»`;
      measure = head;
    }
    if (tail !== '') notes.push(tail);
  }
  return { value: sign * value, approx: approx.taken, notes, measure, magnitude: magnitude?.exponent };
}

/**
 * Reads one cell as a figure: Excel numbers as they are (percent formats scaled), Vietnamese text figures
 * ("1.300", "16,2%", "1,7 tỷ đồng", "khoảng 91.000", "187/200 xã"), placeholders as missing, the rest unreadable.
 * @example parseFigure('1,7 tỷ đồng') // { kind: "number", value: 1700000000, raw: "1,7 tỷ đồng", measure: "đồng" }
 */
export function parseFigure(raw: CellValue, ctx: ParseContext = {}): ParsedFigure {
  const rawText = raw === null || raw === undefined ? '' : String(raw);
  if (typeof raw === 'number') {
    if (!Number.isFinite(raw)) return unreadable(rawText, `số không hợp lệ: «${rawText}»`);
    if (isPercentFormat(ctx.numberFormat)) {
      const percent = clean(raw * 100);
      if (!Number.isFinite(percent)) return unreadable(rawText, `số quá lớn: «${rawText}»`);
      return { kind: 'number', value: percent, raw: rawText, measure: '%' };
    }
    return { kind: 'number', value: raw, raw: rawText };
  }
  if (typeof raw === 'boolean') return unreadable(rawText, `không phải số: «${rawText}»`);
  if (raw === null || raw === undefined) return missing(rawText, 'ô trống');
  const style = ctx.style ?? 'vi';
  // Digits typed as text ("45", "1.300" in a Vietnamese sheet) are most text figures and nearly all different:
  // read straight away, as the parser would read them, rather than parsed and cached one by one.
  const plain = plainNumber(raw, style);
  if (plain !== null) return { kind: 'number', value: plain, raw };
  // Other text figures repeat across units ("-", "x", "100%", "Đạt"): read each distinct text once per style and font.
  return ctx.font ? parseTextFigure(raw, style, ctx.font) : textFigureParser(style)(raw);
}

const DIGITS = /^\d{1,15}$/;
const GROUPED = { vi: /^[1-9]\d{0,2}(?:\.\d{3}){1,4}$/, en: /^[1-9]\d{0,2}(?:,\d{3}){1,4}$/ } as const;

/** The value of plain digits, or of digits grouped by thousands in the sheet's style; null for any other text. */
function plainNumber(text: string, style: NumberStyle): number | null {
  if (DIGITS.test(text)) return Number(text);
  if (GROUPED[style].test(text)) return Number(text.replace(style === 'vi' ? /\./g : /,/g, ''));
  return null;
}

const textParsers: Record<NumberStyle, (raw: string) => ParsedFigure> = {
  vi: memoizeText((raw) => parseTextFigure(raw, 'vi', null)),
  en: memoizeText((raw) => parseTextFigure(raw, 'en', null)),
};

function textFigureParser(style: NumberStyle): (raw: string) => ParsedFigure {
  return textParsers[style];
}

function parseTextFigure(raw: string, style: NumberStyle, font: string | null): ParsedFigure {
  const rawText = raw;
  // A leading apostrophe is how a number is typed as text in Excel; pasted literally, it is not part of the figure.
  const text = normalizeText(raw, font).replace(/^['‘’]\s*(?=[-+(]?\d)/, '');
  if (text === '') return missing(rawText, 'ô trống');
  const folded = fold(text);
  if (MISSING.has(folded)) return missing(rawText, `không có số liệu: «${text}»`);
  if (EXCEL_ERROR.test(text)) return unreadable(rawText, `lỗi Excel ${text.toUpperCase()}`);
  const parts = parseText(text, style);
  if (typeof parts === 'string') {
    const reason = parts === 'none' ? `không phải số: «${shorten(text)}»` : parts;
    return unreadable(rawText, reason);
  }
  if (!Number.isFinite(parts.value)) return unreadable(rawText, `số quá lớn: «${shorten(text)}»`);
  const figure: ParsedFigure = { kind: 'number', value: parts.value, raw: rawText };
  const notes = [...parts.approx, ...parts.notes];
  if (parts.approx.length > 0) figure.approx = true;
  if (notes.length > 0) figure.note = notes.join('; ');
  if (parts.measure !== undefined) figure.measure = parts.measure;
  if (parts.magnitude !== undefined) figure.magnitude = parts.magnitude;
  return figure;
}

function shorten(text: string): string {
  return text.length > 40 ? `${text.slice(0, 40)}…` : text;
}
