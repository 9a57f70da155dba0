import { memoizeText } from '../text/memo';
import { foldAligned, looseKey } from './fold';

/** Administrative kind of a reporting unit; the type word matters when matching ("Xã Tân Phú" ≠ "Phường Tân Phú"). */
export type UnitKind = 'huyen' | 'thi_xa' | 'thanh_pho' | 'quan' | 'xa' | 'phuong' | 'thi_tran' | 'dac_khu';

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

/** The kind's word as an official name starts with it. */
export const KIND_LABEL: Record<UnitKind, string> = {
  huyen: 'Huyện', thi_xa: 'Thị xã', thanh_pho: 'Thành phố', quan: 'Quận',
  xa: 'Xã', phuong: 'Phường', thi_tran: 'Thị trấn', dac_khu: 'Đặc khu',
};

// Type words as written (diacritics or none at all) and the abbreviations offices use in sheet and file names.
const KIND_WORDS: { folded: string; written: string; kind: UnitKind }[] = [
  { folded: 'thi xa', written: 'thị xã', kind: 'thi_xa' },
  { folded: 'thanh pho', written: 'thành phố', kind: 'thanh_pho' },
  { folded: 'thi tran', written: 'thị trấn', kind: 'thi_tran' },
  { folded: 'dac khu', written: 'đặc khu', kind: 'dac_khu' },
  { folded: 'huyen', written: 'huyện', kind: 'huyen' },
  { folded: 'quan', written: 'quận', kind: 'quan' },
  { folded: 'xa', written: 'xã', kind: 'xa' },
  { folded: 'phuong', written: 'phường', kind: 'phuong' },
];
const ABBREVIATIONS: Record<string, UnitKind> = { tx: 'thi_xa', tp: 'thanh_pho', tt: 'thi_tran', h: 'huyen', p: 'phuong', q: 'quan' };

/** Communes and wards sit under districts: in a title block naming both, the finer one is the reporting unit. */
const LEVEL: Record<UnitKind, number> = {
  huyen: 1, thi_xa: 1, thanh_pho: 1, quan: 1, xa: 2, phuong: 2, thi_tran: 2, dac_khu: 2,
};

const PREFIX = /^(?:\s*(?:tm|kt|tl|tuq|ubnd|uy ban nhan dan|ten don vi|don vi bao cao|don vi)\s*[:.]?\s*)*/;
const KIND_AT_START =
  /^(?:(thi xa|thanh pho|thi tran|dac khu|huyen|quan|xa|phuong)\s+|(tx|tp|tt)(?:\.\s*|\s+)|(h|p|q)\.\s*)/;
const STOP = /[,;:()[\]\n–—]| - /;

/** "BÙ ĐỐP" → "Bù Đốp": all-caps words become title case; mixed-case words and single letters stay. */
function titleCase(name: string): string {
  return name
    .split(/\s+/)
    .map((w) => (w.length > 1 && w === w.toUpperCase() && w !== w.toLowerCase() ? w.charAt(0) + w.slice(1).toLowerCase() : w))
    .join(' ');
}

function makeName(kind: UnitKind | null, rawName: string): UnitName | null {
  const name = rawName.replace(/[.\s]+$/, '').replace(/\s+/g, ' ').trim();
  const words = name.split(' ');
  const f = looseKey(name);
  if (!name || words.length > 5 || !/^[\p{L}\p{N}]/u.test(name)) return null;
  // "CỘNG HÒA XÃ HỘI CHỦ NGHĨA": "xã hội" is society, not a commune.
  if (/^hoi\b/.test(f) || f.includes('chu nghia')) return null;
  const display = titleCase(name);
  return { kind, name, display: kind ? `${KIND_LABEL[kind]} ${display}` : display, key: f.replace(/ /g, '') };
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
  const start = (PREFIX.exec(f)?.[0].length ?? 0);
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
const NOISE_PAIRS = ['bao cao', 'so lieu', 'ket qua', 'tong hop', 'du lieu', 'danh sach', 'phu luc', 'trang tinh', 'bieu mau'];
const NOISE_WORDS = new Set(['bc', 'baocao', 'bieu', 'mau', 'sheet', 'data', 'report', 'ds', 'final', 'copy', 'new', 'xlsx', 'xls', 'csv', 'ubnd']);

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
  const segments = text.replace(/\.(xlsx|xlsm|xls|csv|ods)$/i, '').split(/\s+-\s+|[_,;()]+/).map((s) => s.trim());
  for (let i = 0; i < segments.length; i++) {
    // "Phuong_7": a ward's number is its name, in the next segment.
    const numbered = /^\d{1,3}$/.test(segments[i + 1] ?? '') ? parseUnitPhrase(`${segments[i]} ${segments[i + 1]}`) : null;
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

/** Splits an official name from the expected list ("Huyện Bù Đốp", or a bare "Bù Đốp"). */
function parseExpected(name: string): UnitName | null {
  return parseUnitPhrase(name) ?? makeName(null, name);
}

/**
 * Matches a recognised unit name to the official list. Names match on the proper name without diacritics or
 * case; a type word, when both sides have one, must agree; several equally good candidates → null.
 * @example matchUnitName('UBND HUYỆN BÙ ĐỐP', ['Huyện Bù Đốp', 'Huyện Lộc Ninh']) // { name: 'Huyện Bù Đốp', confidence: 1 }
 */
export function matchUnitName(name: string, expected: string[]): { name: string; confidence: number } | null {
  const unit = parseUnitPhrase(name) ?? parseUnitFromName(name);
  if (!unit) return null;
  return matchParsed(unit, expected);
}

type ExpectedEntry = { official: string; parsed: UnitName | null };

// The official list is parsed once per list, not once per sheet: 3,321 sheets against 3,321 names must stay linear.
const expectedIndexes = new WeakMap<string[], Map<string, ExpectedEntry[]>>();

function expectedIndex(expected: string[]): Map<string, ExpectedEntry[]> {
  let index = expectedIndexes.get(expected);
  if (!index) {
    index = new Map();
    for (const official of expected) {
      const parsed = parseExpected(official);
      if (!parsed) continue;
      index.set(parsed.key, [...(index.get(parsed.key) ?? []), { official, parsed }]);
    }
    expectedIndexes.set(expected, index);
  }
  return index;
}

function matchParsed(unit: UnitName, expected: string[]): { name: string; confidence: number } | null {
  const same = expectedIndex(expected).get(unit.key) ?? [];
  let pool = same;
  let confidence = 0.85;
  if (unit.kind) {
    const typed = same.filter((c) => c.parsed?.kind === unit.kind);
    if (typed.length > 0) {
      pool = typed;
      confidence = 1;
    } else {
      // The list names a different type for this name ("Phường Tân Phú" for a "Xã Tân Phú"): no match.
      pool = same.filter((c) => c.parsed?.kind === null);
      confidence = 0.9;
    }
  }
  if (pool.length > 1) {
    // Only diacritics can still separate them ("Tân Phú" / "Tân Phụ").
    const exact = pool.filter((c) => c.parsed?.name.toLowerCase() === unit.name.toLowerCase());
    pool = exact;
  }
  if (pool.length !== 1) return null;
  const exactSpelling = pool[0].parsed?.name.toLowerCase() === unit.name.toLowerCase();
  return { name: pool[0].official, confidence: exactSpelling ? confidence : Math.round(confidence * 95) / 100 };
}

function named(from: 'sheet' | 'file', text: string): { from: 'sheet' | 'file'; text: string; unit: UnitName }[] {
  const unit = parseUnitFromName(text);
  return unit ? [{ from, text, unit }] : [];
}

export type UnitRecognition = {
  /** Official spelling when the list matched, else the clean display name; null when nothing was found. */
  unit: string | null;
  from: 'title' | 'signature' | 'sheet' | 'file' | 'none';
  /** The text the name came from. */
  text: string;
  /** Whether an expected list was given and the name matched it. */
  matched: boolean;
  confidence: number;
};

/**
 * Recognises the reporting unit from the title lines first, then the sheet name, then the file name; with an
 * expected list the first source that matches the list wins, else the first source that names a unit.
 * @example recogniseUnit({ titleLines: ['UBND TỈNH BÌNH PHƯỚC', 'UBND HUYỆN BÙ ĐỐP'], sheetName: 'Sheet1', fileName: 'bc.xlsx' }).unit // "Huyện Bù Đốp"
 */
export function recogniseUnit(
  input: { titleLines: string[]; signatureLines?: string[]; sheetName: string; fileName: string },
  expected: string[] = [],
): UnitRecognition {
  const titles = input.titleLines
    .flatMap((l) => l.split(/\n/))
    .map((text) => ({ text: text.trim(), unit: parseUnitPhrase(text.trim()) }))
    .filter((t): t is { text: string; unit: UnitName } => t.unit !== null)
    // Finest level first (a commune under its district), then in reading order.
    .sort((a, b) => (b.unit.kind ? LEVEL[b.unit.kind] : 0) - (a.unit.kind ? LEVEL[a.unit.kind] : 0));
  type Source = { from: 'title' | 'signature' | 'sheet' | 'file'; text: string; unit: UnitName };
  // Sources in order of trust, each read only when the ones before named nobody on the list: a sheet named after
  // its unit is a unique text per sheet, not worth parsing when the title already said who reports.
  const readers: (() => Source[])[] = [
    () => titles.map((t) => ({ from: 'title' as const, ...t })),
    () => (input.signatureLines ?? []).flatMap((line) => {
      const unit = parseUnitPhrase(line.trim());
      return unit?.kind ? [{ from: 'signature' as const, text: line.trim(), unit }] : [];
    }),
    () => named('sheet', input.sheetName),
    () => named('file', input.fileName),
  ];
  const sources: Source[] = [];
  for (const read of readers) {
    const found = read();
    sources.push(...found);
    if (expected.length === 0) {
      if (sources.length > 0) break;
      continue;
    }
    for (const s of found) {
      const hit = matchParsed(s.unit, expected);
      if (hit) return { unit: hit.name, from: s.from, text: s.text, matched: true, confidence: hit.confidence };
    }
  }
  const first = sources[0];
  if (!first) return { unit: null, from: 'none', text: '', matched: false, confidence: 0 };
  return { unit: first.unit.display, from: first.from, text: first.text, matched: false, confidence: first.unit.kind ? 0.8 : 0.6 };
}
