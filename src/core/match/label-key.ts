import { foldKey, normalizeText, stripNumbering } from '../text';
import { ABBREVIATIONS, COMPOUNDS, FILLER_PATTERNS, SYNONYMS, phraseTable, rewritePhrases } from './lexicon';
import type { LabelKey, LabelKind } from './label-key-type';

export type { LabelKey, LabelKind } from './label-key-type';

// Numbering needs punctuation after it, so "4G ..." and "3 năm ..." keep their digits.
const SECTION_NUMBERING = /^(?:[IVXLC]{1,6}|[A-Z])\s*[.):\-–]\s/u;

/** Numbering is stripped by the text stage's rules, so detect and match agree on what a label is. */
export const stripLeadingNumbering = stripNumbering;

// Folded measures a label may end with in brackets ("(trạm)", "(ĐVT: thuê bao)"); the catalog's own measures are added.
const MEASURES = [
  'tram',
  'thue bao',
  'tb',
  'ho',
  'nguoi',
  'luot',
  'luot nguoi',
  'diem',
  'diem cau',
  'cuoc',
  'ho so',
  'bo ho so',
  'dich vu',
  'thu tuc',
  'camera',
  'cai',
  'chiec',
  'trieu dong',
  'tr d',
  'trd',
  'tr dong',
  'dong',
  'nghin dong',
  'ngan dong',
  'ti dong',
  'ty dong',
  'hop thu',
  'tai khoan',
  'chung thu',
  'cum',
  'cum loa',
  'to',
  'thanh vien',
  'don vi',
  'co quan',
  'van ban',
  'tin bai',
  'tin',
  'bai',
  'may',
  'xa',
  'dai',
  'quyet dinh',
  'so',
  'ti le',
  'ty le',
  'phan tram',
  'km',
  'buu gui',
  'cot',
];

const MEASURE_SUFFIX = /\s*[([]\s*(đvt|dvt|đơn vị tính)?\s*[:.]?\s*([^()[\]]{0,30})[)\]]\s*$/iu;
const MEASURE_TAIL = /[\s,;–-]*(?:đvt|dvt|đơn vị tính)\s*[:.]?\s*[^,;()]{0,25}$/iu;

/** Strips a trailing measure in brackets ("(trạm)", "(%)", "(TB/100 dân)") or "ĐVT: ..." and footnote marks. */
function stripMeasureSuffix(label: string, measures: ReadonlySet<string>): string {
  let rest = label;
  for (let round = 0; round < 3; round++) {
    const before = rest;
    rest = stripFootnote(rest).replace(MEASURE_TAIL, '');
    const bracket = MEASURE_SUFFIX.exec(rest);
    if (bracket) {
      const inside = bracket[2].trim();
      // "(TB/100 dân)" is a measure, "(3G/4G)" is meaning.
      const ratioMeasure = inside.includes('/') && !/\d\s*g\b/i.test(inside);
      const isMeasure =
        bracket[1] !== undefined ||
        inside === '' ||
        inside.includes('%') ||
        ratioMeasure ||
        measures.has(canonicalTokens(foldKey(inside)));
      if (isMeasure) rest = rest.slice(0, bracket.index);
    }
    if (rest === before) break;
  }
  return rest.trim();
}

// "tỷ/tỉ", "kỹ/kĩ", "lý/lí": one spelling, so both fold to the same token.
const Y_AS_I = /^(t|k|l|m|s|h|v|d|n|ph|ch|kh|th)y$/;

/** Token-level canonical forms: i/y spelling, leading zeros ("03" → "3"), "4 g" → "4g". */
function canonicalTokens(folded: string): string {
  const tokens = folded.split(' ').filter(Boolean);
  const out: string[] = [];
  for (const token of tokens) {
    if (token === 'g' && out.length > 0 && /^\d$/.test(out[out.length - 1])) {
      out[out.length - 1] += 'g';
      continue;
    }
    // Most tokens are plain words: the digit and spelling rules are only tried where they can apply.
    const first = token.charCodeAt(0);
    if (first >= 48 && first <= 57 && /^\d+$/.test(token)) out.push(String(Number(token)));
    else if (first === 48 && /^0+\d/.test(token)) out.push(token.replace(/^0+/, ''));
    else if (token.length <= 3 && token.endsWith('y') && Y_AS_I.test(token)) out.push(`${token.slice(0, -1)}i`);
    else out.push(token);
  }
  return out.join(' ');
}

const PERIODS: [RegExp, (m: RegExpExecArray) => string][] = [
  [/\b(\d+) thang\b/, (m) => `${m[1]}t`],
  [/\bquy (i{1,3}|iv|[1-4])\b/, (m) => `q${({ i: 1, ii: 2, iii: 3, iv: 4 } as Record<string, number>)[m[1]] ?? m[1]}`],
  [/\bca nam\b|\bnam (19|20)\d\d\b/, () => 'nam'],
];

/** The period a label names, so "6 tháng" and "năm" never match each other. */
function detectPeriod(key: string): string | null {
  for (const [pattern, name] of PERIODS) {
    const m = pattern.exec(key);
    if (m) return name(m);
  }
  return null;
}

const ANY_FILLER = new RegExp(FILLER_PATTERNS.map((filler) => `(?:${filler.source})`).join('|'));

const COMPOUND_PATTERNS = COMPOUNDS.map(
  (phrase) => [new RegExp(`\\b${phrase}\\b`, 'g'), phrase.replace(/ /g, '_')] as const,
);

function compound(key: string): string {
  if (!ANY_COMPOUND.test(key)) return key;
  const plain = key.replace(/\bthong tin va truyen thong\b/g, 'thong tin truyen thong');
  return COMPOUND_PATTERNS.reduce((text, [pattern, joined]) => text.replace(pattern, joined), plain);
}

/** Whether a key holds any compound term (or "thông tin và truyền thông"): most keys hold none. */
const ANY_COMPOUND = new RegExp(
  [/\bthong tin va truyen thong\b/.source, ...COMPOUND_PATTERNS.map(([pattern]) => pattern.source)]
    .map((source) => `(?:${source})`)
    .join('|'),
);

const STOPWORDS = new Set([
  'cac',
  'cua',
  'va',
  'duoc',
  'da',
  've',
  'tai',
  'cho',
  'voi',
  'trong',
  'nhung',
  'la',
  'dat',
  'tren',
  'theo',
  'nay',
  'hien',
  'den',
  'tu',
  'o',
  'moi',
]);
// "tu" is kept when it ends "điện tử"; see scoringTokens.
const COUNT_WORDS = /^(?:tong so|so luong|so)\b(?! (?:hoa|lieu)\b)\s*|\b(?:tong so|so luong)\b/g;

/**
 * What kind of figure a label is ("Tỷ lệ", "Mật độ") is read into `kind` and guarded there; as tokens these words would
 * only make "Hộ có cáp quang (%)" look less like "Tỷ lệ hộ có cáp quang".
 */
const KIND_WORDS = /\b(?:ti le|phan tram|mat do)\b/g;

/** Rate and density words may sit in the measure suffix ("(%)", "(TB/100 dân)"), so they are read from the full key. */
function labelKind(fullKey: string, key: string, percent: boolean): LabelKind | null {
  if (percent || /\b(?:ti le|phan tram)\b/.test(fullKey)) return 'rate';
  if (/\bmat do\b|\b100 dan\b/.test(fullKey)) return 'density';
  if (/^(?:tong so|so luong|so)\b(?! (?:hoa|lieu)\b)/.test(key)) return 'count';
  // "Vùng phủ sóng 5G": coverage is a share (of the population, of the area), not a count.
  if (/^(?:vung )?phu song\b/.test(key)) return 'rate';
  return null;
}

function scoringTokens(key: string): string[] {
  const words = key.split(' ').filter(Boolean);
  const kept = words.filter((word, i) => !STOPWORDS.has(word) || (word === 'tu' && words[i - 1] === 'dien'));
  return [...new Set(kept)];
}

const ABBREVIATION_TABLE = phraseTable(ABBREVIATIONS, canonicalTokens);
const SYNONYM_TABLE = phraseTable(SYNONYMS, canonicalTokens);

/**
 * Folds a text, expands abbreviations, then brings synonyms to one wording, with canonical tokens: the base of every
 * key. Abbreviations go first so synonyms see whole words ("MĐ 3" → "mức độ 3" → "một phần").
 * @example foldForMatching('TB Internet BRCĐ') // "thue bao internet bang rong co dinh"
 */
export function foldForMatching(text: string): string {
  const expanded = rewritePhrases(ABBREVIATION_TABLE, canonicalTokens(foldKey(text)));
  // Twice: one rewrite may bring two words together that another entry reads ("qua mạng cố định" → "cố định").
  return canonicalTokens(rewritePhrases(SYNONYM_TABLE, rewritePhrases(SYNONYM_TABLE, expanded)));
}

/**
 * Reduces a label or a catalog form to the key matching compares.
 * @example analyseLabel('1.2. Số trạm BTS trên địa bàn huyện (trạm)').key // "so tram bts"
 */
/**
 * A footnote mark at the end of a label ("Thuê bao Internet di động (1):", "... (*)") points to a note under the table;
 * it is not a level or a generation, unless a level word stands right before it ("mức độ (4)").
 * @example stripFootnote('Thuê bao Internet di động (1):') // "Thuê bao Internet di động"
 */
export function stripFootnote(label: string): string {
  const m = /\s*(?:\(\s*(?:\d{1,2}|\*{1,3})\s*\)|\*{1,3})\s*:?\s*$/u.exec(label);
  if (!m || m.index === 0) return label;
  const before = label.slice(0, m.index);
  return /(?:mức|mức độ|cấp|cấp độ|loại|nhóm|giai đoạn)\s*$/iu.test(before) ? label : before.replace(/\s*:\s*$/, '');
}

/**
 * A list of mobile generations ("(3G/4G)", "3G, 4G, 5G") names mobile broadband as a whole, not one generation:
 * it is dropped so the label reads as the whole. A single generation ("4G") is meaning and stays.
 */
const GENERATION_LIST = /\(?\s*\b[2-5]G\s*(?:[,/&+;]|và|-)\s*[2-5]G\b(?:\s*(?:[,/&+;]|và|-)\s*[2-5]G\b)*\s*\)?/giu;

const MEASURE_WORDS: ReadonlySet<string> = new Set(MEASURES);
const withCatalogMeasures = new WeakMap<ReadonlySet<string>, ReadonlySet<string>>();

/** The measure words a bracketed suffix is checked against: the built-in ones and a catalog's, joined once per catalog. */
function measureWords(measures: ReadonlySet<string>): ReadonlySet<string> {
  if (measures.size === 0) return MEASURE_WORDS;
  let joined = withCatalogMeasures.get(measures);
  if (!joined) withCatalogMeasures.set(measures, (joined = new Set([...MEASURES, ...measures])));
  return joined;
}

/** A generation list is dropped only where other words remain to name the thing ("Thuê bao 3G, 4G" keeps it). */
function withoutGenerationList(text: string): string {
  if (!GENERATION_LIST.test(text)) return text;
  GENERATION_LIST.lastIndex = 0;
  const dropped = text.replace(GENERATION_LIST, ' ').replace(/\s+/g, ' ').trim();
  return foldKey(dropped)
    .split(' ')
    .filter((w) => w.length > 1 && !STOPWORDS.has(w)).length > 2
    ? dropped
    : text;
}

/**
 * The thing a label counts (or of which it gives a rate), when the label says so with a clause after it: "Số xã
 * có ...", "Tỷ lệ hộ gia đình có ...", "Số người dân được ...". Counted nouns of one kind share one name.
 */
const HEADS: [RegExp, string][] = [
  [/^(?:xa phuong(?: thi tran| dac khu)?|xa|phuong|thi tran|dac khu|don vi hanh chinh cap xa)\b/, 'xa'],
  [/^(?:thon)\b/, 'thon'],
  [/^(?:ho)\b/, 'ho'],
  [/^(?:nguoi dan|nguoi|dan so|dan|cong dan)\b/, 'nguoi'],
  [/^(?:diem)\b/, 'diem'],
  [/^(?:tram bts|tram)\b/, 'tram'],
  [/^(?:doanh nghiep)\b/, 'doanh nghiep'],
  [/^(?:co quan|don vi)\b/, 'co quan'],
  [/^(?:can bo)\b/, 'can bo'],
  [/^(?:truong hoc|truong)\b/, 'truong'],
];
const CLAUSE = /^ (?:co|duoc|da|chua|dang|su dung|tham gia)\b/;

function headOf(bare: string): { head: string | null; clause: boolean } {
  for (const [pattern, head] of HEADS) {
    const m = pattern.exec(bare);
    if (m) return { head, clause: CLAUSE.test(bare.slice(m[0].length)) };
  }
  return { head: null, clause: false };
}

/**
 * "Tổng số điểm phục vụ bưu chính (bưu cục, điểm BĐVHX, đại lý)": a closing bracket that lists what is included
 * explains the label; it is read without it when enough words remain.
 */
const LISTING_BRACKET = /\s*[([]([^()[\]]*[,;][^()[\]]*)[)\]]\s*$/u;

function withoutListing(text: string): string {
  const m = LISTING_BRACKET.exec(text);
  if (!m || m.index === 0) return text;
  const rest = text.slice(0, m.index);
  return foldKey(rest)
    .split(' ')
    .filter((w) => w.length > 1 && !STOPWORDS.has(w)).length >= 3
    ? rest
    : text;
}

export function analyseLabel(label: string, measures: ReadonlySet<string> = new Set()): LabelKey {
  const text = withoutListing(withoutGenerationList(normalizeText(label)).replace(/\s+/g, ' ').trim());
  const sectionNumbered = SECTION_NUMBERING.test(text);
  const unnumbered = stripLeadingNumbering(text);
  const percent = /%/.test(unnumbered);
  const fullKey = foldForMatching(unnumbered);
  const stripped = stripMeasureSuffix(unnumbered, measureWords(measures));
  // Most labels carry no measure suffix: their key starts from the fold already made.
  const base = stripped === unnumbered ? fullKey : foldForMatching(stripped);
  let key = base;
  const period = detectPeriod(key);
  // One search says whether any filler is there at all (most labels have none); then each is removed in its order.
  if (ANY_FILLER.test(key)) for (const filler of FILLER_PATTERNS) key = key.replace(filler, ' ');
  key = key.replace(/\s+/g, ' ').trim();
  // "Tổng số thuê bao, trong đó:" ends by announcing its parts: it is the whole, not a part.
  const partOf = /\btrong do\b/.test(key) && !/\btrong do$/.test(key);
  const kind = labelKind(fullKey, key, percent);
  const bare = key
    .replace(/\btrong do\b/g, ' ')
    .replace(COUNT_WORDS, ' ')
    .replace(KIND_WORDS, ' ')
    .replace(/\s+/g, ' ')
    .trim();
  const tokens = scoringTokens(compound(bare));
  const { head, clause } = headOf(bare);
  return {
    key,
    tokens,
    head,
    headClause: clause,
    fingerprint: [...tokens].sort().join(' '),
    digits: tokens
      .filter((t) => /\d/.test(t))
      .sort()
      .join(' '),
    period,
    kind,
    partOf,
    sectionNumbered,
  };
}

/** A catalog measure in the folded form `analyseLabel` compares bracketed suffixes with. */
export function foldMeasure(measure: string): string {
  return canonicalTokens(foldKey(measure));
}
