import { decodeLegacy } from './legacy';

/**
 * Zero-width characters, BOM, direction marks, soft hyphen, other format and control characters. Combining marks come
 * first and U+1160 before U+115F, so that no two of them read as one character (eslint no-misleading-character-class).
 */
const INVISIBLE =
  /[\u034f\u17b4\u17b5\u180b-\u180d\ufe00-\ufe0f\u00ad\u061c\u1160\u115f\u180e\u200b-\u200f\u202a-\u202e\u2060-\u206f\ufeff\u0000-\u0008\u000e-\u001f\u007f-\u009f]/g;

/** Removes invisible characters; run it only after legacy decoding (in TCVN3 the soft hyphen is "ư"). @example removeInvisible('Bưu\u200b chính') // "Bưu chính" */
export function removeInvisible(text: string): string {
  return text.replace(INVISIBLE, '');
}

/** Collapses every run of white space (tabs, line breaks, no-break spaces) to one space and trims. @example collapseWhitespace(' Số\u00a0 trạm\n') // "Số trạm" */
export function collapseWhitespace(text: string): string {
  // Most texts have single plain spaces only: nothing to replace, and the test is cheaper than the replace.
  if (!UNUSUAL_SPACE.test(text)) return text.trim();
  return text.replace(/[\s\u00a0\u2000-\u200a\u202f\u205f\u3000]+/g, ' ').trim();
}

/** White space other than one plain space (\s without the space itself), or two spaces in a row. */
const UNUSUAL_SPACE = /[\t\n\v\f\r\u00a0\u1680\u2000-\u200a\u2028\u2029\u202f\u205f\u3000\ufeff]| {2}/;

const TONE = '[\\u0300\\u0301\\u0303\\u0309\\u0323]';
// "oa", "oe", "uy" ending a syllable: the old placement puts the tone on the second vowel (hoà, khoẻ, thuỷ).
const OA_OE = new RegExp(`([oO])([aAeE])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');
// "quý" keeps its tone on y: the u belongs to "qu".
const UY = new RegExp(`(?<![qQ])([uU])([yY])(${TONE})(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Puts tones of "oa, oe, uy" ending a syllable on the first vowel (hoà → hòa, thuỷ → thủy, khoẻ → khỏe),
 * the placement used for keys. Output is NFC.
 * @example unifyTonePlacement('Thuận Hoà, Uỷ ban') // "Thuận Hòa, Ủy ban"
 */
export function unifyTonePlacement(text: string): string {
  return text.normalize('NFD').replace(OA_OE, '$1$3$2').replace(UY, '$1$3$2').normalize('NFC');
}

// The old placement written back, for the generators of test sheets: the mirror of the two rules above.
const OLD_OA_OE = new RegExp(`([oO])(${TONE})([aAeE])(?![\\p{L}\\p{M}])`, 'gu');
const OLD_UY = new RegExp(`(?<![qQ])([uU])(${TONE})([yY])(?![\\p{L}\\p{M}])`, 'gu');

/**
 * Old tone placement, as older keyboards and fonts write it: the tone on the second vowel of "oa, oe, uy" ending a
 * syllable (hóa → hoá, thủy → thuỷ, Ủy → Uỷ; quý stays). unifyTonePlacement undoes it. Output is NFC.
 * @example oldTonePlacement('Thuận Hòa, Ủy ban') // "Thuận Hoà, Uỷ ban"
 */
export function oldTonePlacement(text: string): string {
  return text.normalize('NFD').replace(OLD_OA_OE, '$1$3$2').replace(OLD_UY, '$1$3$2').normalize('NFC');
}

export type NormalizeOptions = {
  /** "keep" (default) shows the tones where the writer put them; "unified" applies unifyTonePlacement. */
  tones?: 'keep' | 'unified';
};

/**
 * Display form of a cell's text: legacy encodings decoded, NFC, invisible characters removed, white space
 * collapsed. Tone placement is kept as written unless `tones: 'unified'`.
 * @example normalizeText('§iÓm phôc vô  b\u00adu chÝnh', '.VnTime') // "Điểm phục vụ bưu chính"
 */
export function normalizeText(text: string, font?: string | null, options: NormalizeOptions = {}): string {
  const decoded = decodeLegacy(text, font).text;
  const clean = collapseWhitespace(removeInvisible(decoded.normalize('NFC')));
  return options.tones === 'unified' ? unifyTonePlacement(clean) : clean;
}
