import { foldKey, normalizeText, stripNumbering } from '../text';
import { expandAbbreviations } from './abbreviations';

/** What a label (or a catalog name or alias) says, reduced to what matching compares. */
export type LabelKey = {
  /** Folded, abbreviation-expanded key without numbering, measure suffix, period and filler words. */
  key: string;
  /** Scoring tokens: `key` without count words and stopwords, unique, in order. */
  tokens: string[];
  /** Sorted tokens: equal fingerprints are the exact fast path. */
  fingerprint: string;
  /** Tokens that carry digits ("3", "4g", "100"), sorted: digits are meaning, never noise. */
  digits: string;
  /** Period written in the label ("6t", "q1", "nam"), or null. */
  period: string | null;
  /** What the label counts, from its own words: a rate ("Tỷ lệ", "%"), a density ("Mật độ", "/100 dân"), a count ("Số ..."). */
  kind: LabelKind | null;
  /** "Trong đó: ..." — the label is a part of the row above. */
  partOf: boolean;
  /** The label had Roman or letter section numbering ("I.", "A."). */
  sectionNumbered: boolean;
};

export type LabelKind = 'rate' | 'density' | 'count';

// Numbering needs punctuation after it, so "4G ..." and "3 năm ..." keep their digits.
const SECTION_NUMBERING = /^(?:[IVXLC]{1,6}|[A-Z])\s*[.):\-–]\s/u;

/** Numbering is stripped by the text stage's rules, so detect and match agree on what a label is. */
export const stripLeadingNumbering = stripNumbering;

// Folded measures a label may end with in brackets ("(trạm)", "(ĐVT: thuê bao)"); the catalog's own measures are added.
const MEASURES = [
  'tram', 'thue bao', 'tb', 'ho', 'nguoi', 'luot', 'luot nguoi', 'diem', 'diem cau', 'cuoc', 'ho so', 'bo ho so',
  'dich vu', 'thu tuc', 'camera', 'cai', 'chiec', 'trieu dong', 'tr d', 'trd', 'dong', 'nghin dong', 'ngan dong',
  'ti dong', 'ty dong', 'hop thu', 'tai khoan', 'chung thu', 'cum', 'cum loa', 'to', 'thanh vien', 'don vi', 'co quan',
  'van ban', 'tin bai', 'tin', 'bai', 'may', 'xa', 'dai', 'quyet dinh', 'so', 'ti le', 'ty le', 'phan tram', 'km',
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
        bracket[1] !== undefined || inside === '' || inside.includes('%') || ratioMeasure || measures.has(canonicalTokens(foldKey(inside)));
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

const UNIT_WORDS = '(?:tinh|huyen|xa|phuong|thi xa|thanh pho|thi tran|dac khu|dia phuong|don vi)';
// Words units add that do not change which indicator a row is: place, "so far", period, "about".
const FILLERS: RegExp[] = [
  /\b\d+ thang (?:dau|cuoi) nam(?: \d{4})?\b/g,
  /\b\d+ thang(?: nam \d{4})?\b/g,
  /\bquy (?:i{1,3}|iv|[1-4])(?: nam)?(?: \d{4})?\b/g,
  /\b(?:ca )?nam (?:19|20)\d\d\b/g,
  /\bca nam\b/g,
  /\b(?:19|20)\d\d\b/g,
  /\b(?:tinh )?(?:den|toi) (?:het )?(?:ngay |thoi diem |thang )?(?:\d+(?: \d+){0,2}|nay|thoi diem bao cao|ky bao cao)\b/g,
  /\b(?:tinh )?(?:den|toi) (?:ngay|thoi diem) (?:bao cao|hien tai)\b/g,
  /\bluy ke(?: tu dau nam)?\b/g,
  new RegExp(`\\btren dia ban(?: ${UNIT_WORDS})?\\b`, 'g'),
  new RegExp(`\\btoan ${UNIT_WORDS}\\b`, 'g'),
  new RegExp(`\\b(?:cua|tai) ${UNIT_WORDS}\\b`, 'g'),
  /\b(?:hien (?:nay|co|tai)|hien dang hoat dong|dang hoat dong|dang su dung|dang phat song|dang van hanh)\b/g,
  /\b(?:trong )?ky bao cao\b/g,
  /\btrong ky\b/g,
  /\buoc (?:tinh|dat|thuc hien)\b/g,
  /\b(?:khoang|gan|hon)\b/g,
  // administrative level and recipients: "cấp xã, thôn", "giữa các cấp", "cho cán bộ, công chức, viên chức"
  /\bcap (?:tinh|huyen|xa|thon)(?: (?:tinh|huyen|xa|thon))*\b/g,
  /\b(?:giua )?cac cap\b/g,
  // The whole catalog is this sector: "(trong) lĩnh vực / ngành TT&TT" adds nothing to tell indicators apart.
  /(?<!chuyen )\b(?:trong )?(?:linh vuc|nganh) thong tin (?:va )?truyen thong\b/g,
  // Where a unit is: "ở thôn", "tại các thôn, khu phố", "trên địa bàn" without a unit word.
  /\b(?:o|tai) (?:cac )?(?:thon|ap|ban|khu pho|to dan pho|khom|buon|lang|xom)(?: (?:thon|ap|ban|khu pho|to dan pho|khom|buon|lang|xom))*\b/g,
  /\bcho can bo(?: cong chuc)?(?: vien chuc)?(?: nguoi lao dong)?\b/g,
];

const ANY_FILLER = new RegExp(FILLERS.map((filler) => `(?:${filler.source})`).join('|'));

// Long terms that are one notion: weighed as one token, so an abbreviation ("TTHC") counts once, not four times.
const COMPOUNDS = [
  'thu tuc hanh chinh', 'buu chinh cong ich', 'cong nghe thong tin', 'thong tin truyen thong', 'chuyen doi so',
  'thuong mai dien tu', 'truyen so lieu chuyen dung', 'cong nghe so cong dong', 'uy ban nhan dan', 'vi pham hanh chinh',
].map((phrase) => [new RegExp(`\\b${phrase}\\b`, 'g'), phrase.replace(/ /g, '_')] as const);

function compound(key: string): string {
  if (!ANY_COMPOUND.test(key)) return key;
  const plain = key.replace(/\bthong tin va truyen thong\b/g, 'thong tin truyen thong');
  return COMPOUNDS.reduce((text, [pattern, joined]) => text.replace(pattern, joined), plain);
}

/** Whether a key holds any compound term (or "thông tin và truyền thông"): most keys hold none. */
const ANY_COMPOUND = new RegExp([/\bthong tin va truyen thong\b/.source, ...COMPOUNDS.map(([pattern]) => pattern.source)].map((source) => `(?:${source})`).join('|'));

const STOPWORDS = new Set(['cac', 'cua', 'va', 'duoc', 'da', 've', 'tai', 'cho', 'voi', 'trong', 'nhung', 'la', 'dat', 'tren', 'theo', 'nay', 'hien', 'den', 'tu', 'o', 'moi']);
// "tu" is kept when it ends "điện tử"; see scoringTokens.
const COUNT_WORDS = /^(?:tong so|so luong|so)\b(?! (?:hoa|lieu)\b)\s*|\b(?:tong so|so luong)\b/g;

/** Rate and density words may sit in the measure suffix ("(%)", "(TB/100 dân)"), so they are read from the full key. */
function labelKind(fullKey: string, key: string, percent: boolean): LabelKind | null {
  if (percent || /\b(?:ti le|phan tram)\b/.test(fullKey)) return 'rate';
  if (/\bmat do\b|\b100 dan\b/.test(fullKey)) return 'density';
  if (/^(?:tong so|so luong|so)\b(?! (?:hoa|lieu)\b)/.test(key)) return 'count';
  return null;
}

function scoringTokens(key: string): string[] {
  const words = key.split(' ').filter(Boolean);
  const kept = words.filter((word, i) => !STOPWORDS.has(word) || (word === 'tu' && words[i - 1] === 'dien'));
  return [...new Set(kept)];
}

/** Folds a text and expands abbreviations, with canonical tokens: the base of every key. */
export function foldForMatching(text: string): string {
  return canonicalTokens(expandAbbreviations(canonicalTokens(foldKey(text))));
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

export function analyseLabel(label: string, measures: ReadonlySet<string> = new Set()): LabelKey {
  const text = normalizeText(label).replace(GENERATION_LIST, ' ').replace(/\s+/g, ' ').trim();
  const sectionNumbered = SECTION_NUMBERING.test(text);
  const unnumbered = stripLeadingNumbering(text);
  const percent = /%/.test(unnumbered);
  const fullKey = foldForMatching(unnumbered);
  const stripped = stripMeasureSuffix(unnumbered, measureWords(measures));
  // Most labels carry no measure suffix: their key starts from the fold already made.
  const base = stripped === unnumbered ? fullKey : foldForMatching(stripped);
  // Dossiers "trả qua bưu điện" go through the public postal service (BCCI): the same indicator.
  let key = base.replace(/\bqua (?:dich vu )?buu dien\b/g, 'qua buu chinh cong ich');
  const period = detectPeriod(key);
  // One search says whether any filler is there at all (most labels have none); then each is removed in its order.
  if (ANY_FILLER.test(key)) for (const filler of FILLERS) key = key.replace(filler, ' ');
  key = key.replace(/\s+/g, ' ').trim();
  // "Tổng số thuê bao, trong đó:" ends by announcing its parts: it is the whole, not a part.
  const partOf = /\btrong do\b/.test(key) && !/\btrong do$/.test(key);
  const kind = labelKind(fullKey, key, percent);
  const tokens = scoringTokens(compound(key.replace(/\btrong do\b/g, ' ').replace(COUNT_WORDS, ' ')));
  return {
    key,
    tokens,
    fingerprint: [...tokens].sort().join(' '),
    digits: tokens.filter((t) => /\d/.test(t)).sort().join(' '),
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
