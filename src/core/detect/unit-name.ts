import { memoizeText } from '../text/memo';
import { KIND_LIST, UNIT_KINDS, type UnitKind } from '../units/kinds';
import { foldAligned, looseKey } from './fold';

export type { UnitKind };

/** A unit name split into its kind and its proper name. */
export type UnitName = {
  kind: UnitKind | null;
  /** Proper name as written ("BÙ ĐỐP"), NFC. */
  name: string;
  /** Clean display form: "Huyện Bù Đốp", or the bare name when the kind is unknown. */
  display: string;
  /** Folded proper name without spaces ("budop"): the comparison key. */
  key: string;
};

// Kind words as written (diacritics or none at all) and the short forms offices use, from the one table of kinds.
const KIND_WORDS = KIND_LIST.map((kind) => ({
  folded: UNIT_KINDS[kind].folded,
  written: UNIT_KINDS[kind].label.toLowerCase(),
  kind,
}));
const ABBREVIATIONS: Record<string, UnitKind> = Object.fromEntries(
  KIND_LIST.flatMap((kind) => UNIT_KINDS[kind].short.map((s) => [s, kind])),
);
const SHORT_FORMS = Object.keys(ABBREVIATIONS);
const alternatives = (words: string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

const PREFIX = /^(?:\s*(?:tm|kt|tl|tuq|ubnd|uy ban nhan dan|ten don vi|don vi bao cao|don vi)\s*[:.]?\s*)*/;
// "Huyện ", "TX ", "TX.", "H." — a two-letter short form with a dot or a space, a one-letter one only with its dot.
const KIND_AT_START = new RegExp(
  `^(?:(${alternatives(KIND_WORDS.map((k) => k.folded))})\\s+|(${alternatives(SHORT_FORMS.filter((s) => s.length > 1))})(?:\\.\\s*|\\s+)|(${alternatives(SHORT_FORMS.filter((s) => s.length === 1))})\\.\\s*)`,
);
const STOP = /[,;:()[\]\n–—]| - /;

/** "BÙ ĐỐP" → "Bù Đốp": all-caps words become title case; mixed-case words and single letters stay. */
function titleCase(name: string): string {
  return name
    .split(/\s+/)
    .map((w) =>
      w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w,
    )
    .join(' ');
}

function makeName(kind: UnitKind | null, rawName: string): UnitName | null {
  const name = rawName
    .replace(/[.\s]+$/, '')
    .replace(/\s+/g, ' ')
    .trim();
  const words = name.split(' ');
  const f = looseKey(name);
  if (!name || words.length > 5 || !/^[\p{L}\p{N}]/u.test(name)) return null;
  // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA": "xã hội" is society, not a commune.
  if (/^hoi\b/.test(f) || f.includes('chu nghia')) return null;
  const display = titleCase(name);
  return { kind, name, display: kind ? `${UNIT_KINDS[kind].label} ${display}` : display, key: f.replace(/ /g, '') };
}

/**
 * Reads a unit name that starts a line ("UBND HUYỆN BÙ ĐỐP", "Đơn vị: Huyện Lộc Ninh", "TP. Đồng Xoài");
 * null when the line does not start with a unit type word.
 * @example parseUnitPhrase('UBND HUYỆN BÙ ĐỐP')?.display // "Huyện Bù Đốp"
 */
export const parseUnitPhrase: (line: string) => UnitName | null = memoizeText(parseUnitPhraseOf);

function parseUnitPhraseOf(line: string): UnitName | null {
  const text = line.normalize('NFC');
  const f = foldAligned(text).replace(/[^a-z0-9.:,;()[\]\n–—-]/g, ' ');
  const start = PREFIX.exec(f)?.[0].length ?? 0;
  const m = KIND_AT_START.exec(f.slice(start));
  if (!m) return null;
  let kind: UnitKind;
  if (m[1]) {
    const word = KIND_WORDS.find((k) => k.folded === m[1]);
    if (!word) return null;
    // The type word must be itself, not a look-alike once folded ("Quản lý" is not "Quận").
    const written = text.slice(start, start + m[1].length).toLowerCase();
    if (written !== word.written && written !== word.folded) return null;
    kind = word.kind;
  } else {
    kind = ABBREVIATIONS[m[2] ?? m[3]];
  }
  const rest = text.slice(start + m[0].length);
  const stop = STOP.exec(rest);
  return makeName(kind, stop ? rest.slice(0, stop.index) : rest);
}

/** Names a sheet or file carries besides the unit ("BC 6T - Lộc Ninh", "BaoCao_LocNinh_6T2022"). */
const NOISE_PAIRS = [
  'bao cao',
  'so lieu',
  'ket qua',
  'tong hop',
  'du lieu',
  'danh sach',
  'phu luc',
  'trang tinh',
  'bieu mau',
];
const NOISE_WORDS = new Set([
  'bc',
  'baocao',
  'bieu',
  'mau',
  'sheet',
  'data',
  'report',
  'ds',
  'final',
  'copy',
  'new',
  'xlsx',
  'xls',
  'csv',
  'ubnd',
]);

/** Splits a sheet or file name into words: separators, camelCase, and tokens with digits (periods, versions) dropped. */
function nameWords(text: string): string[] {
  return text
    .normalize('NFC')
    .replace(/\.(xlsx|xlsm|xls|csv|ods)$/i, '')
    .split(/[\s_.\-,;()[\]+]+/)
    .filter((t) => t && !/\d/.test(t))
    .flatMap((t) => t.replace(/(\p{Ll})(\p{Lu})/gu, '$1 $2').split(' '));
}

/**
 * Reads a unit name from a sheet or file name: a typed name ("H. Lộc Ninh", "TX Phước Long", "Xa Tan Tien"),
 * else what remains once report words and periods are removed ("BC 6T - Lộc Ninh" → "Lộc Ninh").
 * @example parseUnitFromName('TP. Đồng Xoài')?.display // "Thành phố Đồng Xoài"
 */
// Title lines, file names and sheet names repeat across the sheets of a workbook and across units' reports.
export const parseUnitFromName: (text: string) => UnitName | null = memoizeText(parseUnitFromNameOf);

function parseUnitFromNameOf(text: string): UnitName | null {
  const segments = text
    .replace(/\.(xlsx|xlsm|xls|csv|ods)$/i, '')
    .split(/\s+-\s+|[_,;()]+/)
    .map((s) => s.trim());
  for (let i = 0; i < segments.length; i++) {
    // "Phuong_7": a ward's number is its name, in the next segment.
    const numbered = /^\d{1,3}$/.test(segments[i + 1] ?? '')
      ? parseUnitPhrase(`${segments[i]} ${segments[i + 1]}`)
      : null;
    const typed = numbered ?? parseUnitPhrase(segments[i]);
    if (typed) return typed;
  }
  const words = nameWords(text);
  const camel = words.join(' ');
  const typed = parseUnitPhrase(camel);
  if (typed) return typed;
  let folded = ` ${words.map((w) => looseKey(w)).join(' ')} `;
  const kept = words.filter((w) => !NOISE_WORDS.has(looseKey(w)));
  for (const pair of NOISE_PAIRS) folded = folded.replace(` ${pair} `, ' ');
  const remaining = kept.filter((w) => folded.includes(` ${looseKey(w)} `));
  if (remaining.length === 0 || remaining.length > 4) return null;
  // File names are often lower case ("bu_dop"): capitalise each word for display.
  return makeName(null, remaining.map((w) => w.charAt(0).toUpperCase() + w.slice(1)).join(' '));
}

/**
 * The unit an annex line says the sheet belongs to: "(Kèm theo Báo cáo số 12/BC-UBND ngày 10/6/2025 của UBND xã
 * Tân Tiến)", "... trên địa bàn huyện Bù Đốp"; null when no unit is named after "của" or "trên địa bàn".
 * @example parseAnnexUnit('Kèm theo Báo cáo số 45/BC-UBND của UBND xã Tân Tiến')?.display // "Xã Tân Tiến"
 */
export function parseAnnexUnit(line: string): UnitName | null {
  const text = line.normalize('NFC');
  const folded = foldAligned(text);
  for (const m of folded.matchAll(/\b(?:cua|tren dia ban|dia ban)\s+/g)) {
    const unit = parseUnitPhrase(text.slice((m.index ?? 0) + m[0].length));
    if (unit) return unit;
  }
  return null;
}

/**
 * The place of a date line: "Bù Đốp, ngày 20 tháng 6 năm 2022" → "Bù Đốp" (offices date their reports where they
 * sit); null for any other line.
 * @example placeOfDateLine('Tân Tiến, ngày 15 tháng 12 năm 2025') // "Tân Tiến"
 */
export function placeOfDateLine(line: string): string | null {
  const text = line.normalize('NFC').trim();
  const m = /^([a-z][^,]{1,40}?),?\s+ngay\s+(?:\d|\.|…)/.exec(foldAligned(text));
  if (!m) return null;
  const place = text.slice(0, m[1].length).trim();
  return /^[\p{L}]/u.test(place) && place.split(/\s+/).length <= 6 ? place : null;
}

/** A place written without its kind, as a unit name to show when no list can say which unit it is. */
export function bareUnitName(place: string): UnitName | null {
  return makeName(null, place);
}

/**
 * The province a title line names: "UBND TỈNH BÌNH PHƯỚC", "ỦY BAN NHÂN DÂN TỈNH ĐỒNG NAI", or a city run by the
 * centre ("UBND THÀNH PHỐ HỒ CHÍ MINH": `city` then, for the gazetteer to confirm); null for any other line.
 * @example parseProvinceLine('UBND TỈNH BÌNH PHƯỚC') // { name: 'BÌNH PHƯỚC', city: false }
 */
export function parseProvinceLine(line: string): { name: string; city: boolean } | null {
  const text = line.normalize('NFC').trim();
  const m = /^(?:(?:ubnd|uy ban nhan dan)\s+)?(tinh|thanh pho)\s+(?=\S)/.exec(foldAligned(text));
  if (!m) return null;
  const rest = text.slice(m[0].length);
  const stop = STOP.exec(rest);
  const name = (stop ? rest.slice(0, stop.index) : rest).trim();
  return name && name.split(/\s+/).length <= 5 ? { name, city: m[1] === 'thanh pho' } : null;
}
