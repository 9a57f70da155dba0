/**
 * Legacy 8-bit Vietnamese encodings as they arrive in Excel cells: the bytes were typed with a .Vn* font
 * (TCVN3/ABC, TCVN 5712:1993 VN3) or a VNI-* font (VNI-Windows), and the cell now shows them as Latin-1 text.
 */

export type TextEncoding = 'unicode' | 'tcvn3' | 'vni';

export type DecodedText = { text: string; encoding: TextEncoding };

// TCVN3 (VN3): one byte per letter, lowercase toned letters only; uppercase toned letters need a "...H" font.
const TCVN3_PAIRS: [number, string][] = [
  [0xa1, 'Ă'],
  [0xa2, 'Â'],
  [0xa3, 'Ê'],
  [0xa4, 'Ô'],
  [0xa5, 'Ơ'],
  [0xa6, 'Ư'],
  [0xa7, 'Đ'],
  [0xa8, 'ă'],
  [0xa9, 'â'],
  [0xaa, 'ê'],
  [0xab, 'ô'],
  [0xac, 'ơ'],
  [0xad, 'ư'],
  [0xae, 'đ'],
  [0xb5, 'à'],
  [0xb6, 'ả'],
  [0xb7, 'ã'],
  [0xb8, 'á'],
  [0xb9, 'ạ'],
  [0xbb, 'ằ'],
  [0xbc, 'ẳ'],
  [0xbd, 'ẵ'],
  [0xbe, 'ắ'],
  [0xc6, 'ặ'],
  [0xc7, 'ầ'],
  [0xc8, 'ẩ'],
  [0xc9, 'ẫ'],
  [0xca, 'ấ'],
  [0xcb, 'ậ'],
  [0xcc, 'è'],
  [0xce, 'ẻ'],
  [0xcf, 'ẽ'],
  [0xd0, 'é'],
  [0xd1, 'ẹ'],
  [0xd2, 'ề'],
  [0xd3, 'ể'],
  [0xd4, 'ễ'],
  [0xd5, 'ế'],
  [0xd6, 'ệ'],
  [0xd7, 'ì'],
  [0xd8, 'ỉ'],
  [0xdc, 'ĩ'],
  [0xdd, 'í'],
  [0xde, 'ị'],
  [0xdf, 'ò'],
  [0xe1, 'ỏ'],
  [0xe2, 'õ'],
  [0xe3, 'ó'],
  [0xe4, 'ọ'],
  [0xe5, 'ồ'],
  [0xe6, 'ổ'],
  [0xe7, 'ỗ'],
  [0xe8, 'ố'],
  [0xe9, 'ộ'],
  [0xea, 'ờ'],
  [0xeb, 'ở'],
  [0xec, 'ỡ'],
  [0xed, 'ớ'],
  [0xee, 'ợ'],
  [0xef, 'ù'],
  [0xf1, 'ủ'],
  [0xf2, 'ũ'],
  [0xf3, 'ú'],
  [0xf4, 'ụ'],
  [0xf5, 'ừ'],
  [0xf6, 'ử'],
  [0xf7, 'ữ'],
  [0xf8, 'ứ'],
  [0xf9, 'ự'],
  [0xfa, 'ỳ'],
  [0xfb, 'ỷ'],
  [0xfc, 'ỹ'],
  [0xfd, 'ý'],
  [0xfe, 'ỵ'],
];
const TCVN3_DECODE = new Map<string, string>(TCVN3_PAIRS.map(([b, ch]) => [String.fromCharCode(b), ch]));
const TCVN3_ENCODE = new Map<string, string>(TCVN3_PAIRS.map(([b, ch]) => [ch, String.fromCharCode(b)]));

// VNI-Windows: a base letter followed by mark bytes; a few letters (đ, ơ, ư, i with tones, ỵ) are single bytes.
type Tone = '' | 'grave' | 'acute' | 'hook' | 'tilde' | 'dot';
type Hat = '' | 'circumflex' | 'breve';
const TONE_MARK: Record<Exclude<Tone, ''>, string> = {
  grave: '\u0300',
  acute: '\u0301',
  hook: '\u0309',
  tilde: '\u0303',
  dot: '\u0323',
};
const HAT_MARK: Record<Exclude<Hat, ''>, string> = { circumflex: '\u0302', breve: '\u0306' };

/** Lowercase VNI mark bytes; the uppercase marks are the same letters in upper case (ø → Ø). */
const VNI_MARKS: [string, Hat, Tone][] = [
  ['ø', '', 'grave'],
  ['ù', '', 'acute'],
  ['û', '', 'hook'],
  ['õ', '', 'tilde'],
  ['ï', '', 'dot'],
  ['â', 'circumflex', ''],
  ['à', 'circumflex', 'grave'],
  ['á', 'circumflex', 'acute'],
  ['å', 'circumflex', 'hook'],
  ['ã', 'circumflex', 'tilde'],
  ['ä', 'circumflex', 'dot'],
  ['ê', 'breve', ''],
  ['è', 'breve', 'grave'],
  ['é', 'breve', 'acute'],
  ['ú', 'breve', 'hook'],
  ['ü', 'breve', 'tilde'],
  ['ë', 'breve', 'dot'],
];
/** Letters VNI stores in one byte (lowercase; uppercase is the upper-cased byte). */
const VNI_SINGLES: [string, string][] = [
  ['ñ', 'đ'],
  ['ô', 'ơ'],
  ['ö', 'ư'],
  ['ì', 'ì'],
  ['í', 'í'],
  ['æ', 'ỉ'],
  ['ó', 'ĩ'],
  ['ò', 'ị'],
  ['î', 'ỵ'],
];

type MarkInfo = { hat: Hat; tone: Tone };
const VNI_MARK_DECODE = new Map<string, MarkInfo>();
for (const [ch, hat, tone] of VNI_MARKS) {
  VNI_MARK_DECODE.set(ch, { hat, tone });
  VNI_MARK_DECODE.set(ch.toUpperCase(), { hat, tone });
}
const VNI_SINGLE_DECODE = new Map<string, string>();
for (const [byte, letter] of VNI_SINGLES) {
  VNI_SINGLE_DECODE.set(byte, letter);
  VNI_SINGLE_DECODE.set(byte.toUpperCase(), letter.toUpperCase());
}
const VNI_HAT_BASES: Record<Exclude<Hat, ''>, string> = { circumflex: 'aeo', breve: 'a' };
/** Bases a VNI tone mark may follow: plain vowels and the one-byte ơ/ư. */
const VNI_TONE_BASES = new Set(['a', 'e', 'o', 'u', 'y', 'ơ', 'ư', 'i']);

function markByte(hat: Hat, tone: Tone, upper: boolean): string {
  const found = VNI_MARKS.find(([, h, t]) => h === hat && t === tone);
  if (!found) return '';
  return upper ? found[0].toUpperCase() : found[0];
}

/** TCVN3 → Unicode; `caps` for "...H" fonts, whose lowercase codes print as capitals. @example decodeTcvn3('Th«ng tin') // "Thông tin" */
export function decodeTcvn3(text: string, caps = false): string {
  let out = '';
  for (const ch of text) out += TCVN3_DECODE.get(ch) ?? ch;
  return caps ? out.toUpperCase() : out;
}

/** VNI-Windows → Unicode (NFC). @example decodeVni('Thoâng tin') // "Thông tin" */
export function decodeVni(text: string): string {
  const chars = Array.from(text);
  let out = '';
  for (let i = 0; i < chars.length; i++) {
    const single = VNI_SINGLE_DECODE.get(chars[i]);
    const base = single ?? chars[i];
    const mark = VNI_MARK_DECODE.get(chars[i + 1] ?? '');
    if (mark && canTakeVniMark(base, mark)) {
      out += base + (mark.hat ? HAT_MARK[mark.hat] : '') + (mark.tone ? TONE_MARK[mark.tone] : '');
      i++;
      continue;
    }
    out += base;
  }
  return out.normalize('NFC');
}

function canTakeVniMark(base: string, mark: MarkInfo): boolean {
  const lower = base.toLowerCase();
  if (mark.hat) return VNI_HAT_BASES[mark.hat].includes(lower) && lower.length === 1;
  // i carries its tones as single bytes in VNI; a mark after "i" is not VNI.
  return VNI_TONE_BASES.has(lower) && lower !== 'i';
}

/** Splits one Unicode letter into base letter, hat and tone (NFD analysis); null for non-Vietnamese letters. */
function analyseLetter(ch: string): { base: string; hat: Hat; horn: boolean; tone: Tone } | null {
  const nfd = ch.normalize('NFD');
  const base = nfd[0];
  let hat: Hat = '';
  let horn = false;
  let tone: Tone = '';
  for (const m of nfd.slice(1)) {
    if (m === '\u0302') hat = 'circumflex';
    else if (m === '\u0306') hat = 'breve';
    else if (m === '\u031B') horn = true;
    else {
      const t = (Object.keys(TONE_MARK) as Exclude<Tone, ''>[]).find((k) => TONE_MARK[k] === m);
      if (!t) return null;
      tone = t;
    }
  }
  return { base, hat, horn, tone };
}

/** Unicode → TCVN3 bytes (as Latin-1 characters); `caps` writes capitals as the lowercase codes of a "...H" font. @example encodeTcvn3('Thông tin') // "Th«ng tin" */
export function encodeTcvn3(text: string, caps = false): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const c = caps ? ch.toLowerCase() : ch;
    const direct = TCVN3_ENCODE.get(c);
    if (direct) out += direct;
    else {
      // Toned capitals do not exist in TCVN3: a normal .Vn font can only show them as lowercase codes.
      const lower = c.toLowerCase();
      out += lower !== c && TCVN3_ENCODE.has(lower) ? (TCVN3_ENCODE.get(lower) as string) : c;
    }
  }
  return out;
}

/** Unicode → VNI-Windows bytes (as Latin-1 characters). @example encodeVni('Điểm phục vụ') // "Ñieåm phuïc vuï" */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const a = /[^\x00-\x7f]/.test(ch) ? analyseLetter(ch) : null;
    if (!a) {
      out += ch;
      continue;
    }
    const upper = a.base !== a.base.toLowerCase();
    const lowerBase = a.base.toLowerCase();
    let letter = a.base;
    if (ch === 'đ' || ch === 'Đ') letter = upper ? 'Ñ' : 'ñ';
    else if (a.horn) letter = lowerBase === 'o' ? (upper ? 'Ô' : 'ô') : upper ? 'Ö' : 'ö';
    if (lowerBase === 'i' && a.tone) {
      const byTone: Record<Exclude<Tone, ''>, string> = { grave: 'ì', acute: 'í', hook: 'æ', tilde: 'ó', dot: 'ò' };
      out += upper ? byTone[a.tone].toUpperCase() : byTone[a.tone];
    } else if (lowerBase === 'y' && a.tone === 'dot') {
      out += upper ? 'Î' : 'î';
    } else if (a.hat || a.tone) {
      out += letter + markByte(a.hat, a.tone, upper);
    } else {
      out += letter === a.base ? ch : letter;
    }
  }
  return out;
}

/** Which legacy encoding a font name implies: ".VnTime" → tcvn3 (".VnTimeH" → capitals), "VNI-Times" → vni. */
export function encodingOfFont(font: string | null | undefined): { encoding: TextEncoding; caps: boolean } {
  const name = (font ?? '').trim();
  if (/^\.vn/i.test(name)) {
    // ".VnTimeH", ".VnArialH": the trailing capital H marks an all-capitals font; styles may follow ("Bold").
    const family = name.replace(/\s+(bold|italic|regular|narrow bold)$/i, '');
    return { encoding: 'tcvn3', caps: /H$/.test(family) };
  }
  if (/^vni[-\s_]/i.test(name)) return { encoding: 'vni', caps: false };
  return { encoding: 'unicode', caps: false };
}

// Characters a legacy cell may hold: Latin-1 and the typographic punctuation Windows code page 1252 adds.
const LEGACY_ONLY = /^[\u0000-\u00ff\u2000-\u206f\u20ac\u0152\u0153\u0160\u0161\u0178\u017d\u017e\u0192\u02c6\u02dc]*$/;
const HIGH_LATIN1 = /[\u00a0-\u00ff]/;

/** Decodes with a known encoding. @example decodeWith('Sè tr¹m', 'tcvn3') // "Số trạm" */
export function decodeWith(text: string, encoding: TextEncoding, caps = false): string {
  if (encoding === 'tcvn3') return decodeTcvn3(text, caps);
  if (encoding === 'vni') return decodeVni(text);
  return text;
}

/**
 * Decodes a legacy-encoded cell text. The font is the best signal; without one, the text is decoded only when
 * the decoded reading is clearly better Vietnamese than the text as it stands, so Unicode text stays untouched.
 * @example decodeLegacy('§iÓm phôc vô', '.VnTime') // { text: "Điểm phục vụ", encoding: "tcvn3" }
 */
export function decodeLegacy(text: string, font?: string | null): DecodedText {
  if (!HIGH_LATIN1.test(text) || !LEGACY_ONLY.test(text)) {
    const { encoding, caps } = encodingOfFont(font);
    // Plain ASCII in an all-capitals .Vn...H font still shows as capitals.
    if (encoding === 'tcvn3' && caps && LEGACY_ONLY.test(text) && /[a-z]/.test(text)) {
      return { text: text.toUpperCase(), encoding: 'tcvn3' };
    }
    return { text, encoding: 'unicode' };
  }
  const { encoding, caps } = encodingOfFont(font);
  if (encoding !== 'unicode') {
    const decoded = decodeWith(text, encoding, caps);
    // A Unicode text pasted into a legacy-font cell reads better as it is: keep it.
    if (plausibility(text) > plausibility(decoded)) return { text, encoding: 'unicode' };
    return { text: decoded, encoding };
  }
  const guess = guessLegacyEncoding(text);
  return guess === 'unicode' ? { text, encoding: 'unicode' } : { text: decodeWith(text, guess), encoding: guess };
}

/** Guesses the encoding of one text without a font, conservatively. @example guessLegacyEncoding('Thoâng tin') // "vni" */
export function guessLegacyEncoding(text: string): TextEncoding {
  if (!HIGH_LATIN1.test(text) || !LEGACY_ONLY.test(text)) return 'unicode';
  const asIs = plausibility(text);
  const candidates: [TextEncoding, number][] = [
    ['tcvn3', plausibility(decodeTcvn3(text))],
    ['vni', plausibility(decodeVni(text))],
  ];
  candidates.sort((a, b) => b[1] - a[1]);
  const [best, score] = candidates[0];
  // Both readings equally good: undecidable, keep the text.
  if (score <= asIs || score === candidates[1][1]) return 'unicode';
  return best;
}

/**
 * Guesses one encoding for many texts of a sheet (a single cell like "Sè" is ambiguous, a sheet rarely is).
 * @example detectLegacyEncoding(['Sè', 'tr¹m BTS']) // "tcvn3"
 */
export function detectLegacyEncoding(texts: readonly string[]): TextEncoding {
  const votes: Record<TextEncoding, number> = { unicode: 0, tcvn3: 0, vni: 0 };
  for (const t of texts) {
    if (!HIGH_LATIN1.test(t)) continue;
    if (!LEGACY_ONLY.test(t)) {
      votes.unicode += 1;
      continue;
    }
    votes[guessLegacyEncoding(t)] += 1;
  }
  if (votes.tcvn3 > votes.vni && votes.tcvn3 > votes.unicode) return 'tcvn3';
  if (votes.vni > votes.tcvn3 && votes.vni > votes.unicode) return 'vni';
  return 'unicode';
}

// --- plausibility: how much a text reads as Vietnamese syllables -------------------------------------------

const ONSET = '(?:ngh|ng|nh|ch|gh|gi|kh|ph|qu|th|tr|[bcdđghklmnpqrstvx])?';
// "oo" (xoong, boong) is left out: too rare in reports, and it lets TCVN3 misread VNI's "oâ" as "oõ".
const NUCLEUS =
  '(?:uyê|uya|uyu|iêu|yêu|oai|oay|oao|oeo|uây|uôi|ươi|ươu|ai|ao|au|ay|âu|ây|eo|êu|ia|iê|iu|oa|oă|oe|oi|ôi|ơi|ua|uâ|uê|ui|uô|uơ|ưa|ưi|ươ|ưu|uy|yê|[aăâeêioôơuưy])';
const CODA = '(?:ch|ng|nh|[cmnpt])?';
const SYLLABLE = new RegExp(`^${ONSET}${NUCLEUS}${CODA}$`);
const TONE_MARKS = /[\u0300\u0301\u0303\u0309\u0323]/g;

// The same shape without diacritics, for folded keys ("dong" is a syllable, "dongg" a typing slip).
const bareLetters = (pattern: string): string =>
  pattern
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd');
const FOLDED_SYLLABLE = new RegExp(`^${bareLetters(ONSET)}${bareLetters(NUCLEUS)}${CODA}$`);

/** True for a folded word that has the shape of a Vietnamese syllable. @example isFoldedSyllable('trien') // true */
export function isFoldedSyllable(word: string): boolean {
  return FOLDED_SYLLABLE.test(word);
}

/** True for one Vietnamese syllable (any case, at most one tone). @example isVietnameseSyllable('trạm') // true */
export function isVietnameseSyllable(word: string): boolean {
  const nfd = word.toLowerCase().normalize('NFD');
  const tones = nfd.match(TONE_MARKS);
  if (tones && tones.length > 1) return false;
  const bare = nfd.replace(TONE_MARKS, '').normalize('NFC');
  return SYLLABLE.test(bare);
}

/** Valid syllables with non-ASCII letters, minus words with non-ASCII characters that are no syllable. */
function plausibility(text: string): number {
  let score = 0;
  for (const token of text.split(/[\s\u00a0,;:.!?()"'“”‘’\-–—/\\[\]{}<>=+*&|0-9]+/)) {
    if (!/[^\x00-\x7f]/.test(token)) continue;
    score += isVietnameseSyllable(token) ? 1 : -1;
  }
  return score;
}
