// Case is changed with toLowerCase/toUpperCase, not toLocale…Case('vi'): Vietnamese has no locale-specific case
// rules (only Turkish, Azeri and Lithuanian do), the results are the same for every character, and the locale
// versions are four times slower on every label of every sheet.
import { stringOfCodes } from './codes';
import { normalizeText, unifyTonePlacement } from './normalize';

const NON_ASCII = /[^\u0000-\u007f]/;

/** Đ → D, đ → d and all diacritics removed, case kept. @example removeDiacritics('Đắk Lắk') // "Dak Lak" */
export function removeDiacritics(text: string): string {
  // Figures, codes and English words are plain ASCII: nothing to decompose.
  if (!NON_ASCII.test(text)) return text;
  // Vietnamese (precomposed or decomposed) is Latin letters and combining marks: one table lookup per character.
  const out = new Uint16Array(text.length);
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    const base = code < 0x80 ? code : baseLetter(code);
    if (base === OTHER) return removeDiacriticsAnyScript(text);
    if (base !== MARK) out[n++] = base;
  }
  return stringOfCodes(out.subarray(0, n));
}

function removeDiacriticsAnyScript(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/đ/g, 'd')
    .replace(/Đ/g, 'D')
    .normalize('NFC');
}

/** Base letter of a code unit, worked out once (0 = not yet): a combining mark is dropped, other scripts go the long way. */
const BASE_LETTER = new Uint16Array(0x10000);
const MARK = 0xfffe;
const OTHER = 0xffff;

function baseLetter(code: number): number {
  let base = BASE_LETTER[code];
  if (base === 0) {
    base = baseLetterOf(code);
    BASE_LETTER[code] = base;
  }
  return base;
}

function baseLetterOf(code: number): number {
  if (code >= 0x300 && code <= 0x36f) return MARK;
  const latin = (code >= 0xc0 && code <= 0x24f) || (code >= 0x1e00 && code <= 0x1eff);
  if (!latin) return OTHER;
  const bare = removeDiacriticsAnyScript(String.fromCharCode(code));
  return bare.length === 1 ? bare.charCodeAt(0) : OTHER;
}

/**
 * One code unit folded to one code unit (lower case, no diacritics, đ → d), from the same base-letter table as
 * removeDiacritics; a combining mark stays a mark, so folding a text code unit by code unit keeps indexes aligned.
 */
export function foldedCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  const base = baseLetter(code);
  // A mark, another script: the first unit of its decomposition (a mark stays a mark).
  if (base === MARK || base === OTHER)
    return String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase().charCodeAt(0);
  if (base < 0x80) return base >= 0x41 && base <= 0x5a ? base + 0x20 : base;
  return String.fromCharCode(base).toLowerCase().charCodeAt(0);
}

/** Punctuation and symbols to spaces, spaces collapsed; letters (any script) and digits kept. */
function punctuationToSpaces(text: string): string {
  // Folded Vietnamese is ASCII: the Unicode classes are only needed for other scripts, and cost several times more.
  if (!NON_ASCII.test(text)) return text.replace(/[^A-Za-z0-9]+/g, ' ').trim();
  return text.replace(/[^\p{L}\p{N}]+/gu, ' ').trim();
}

/**
 * Key for matching: normalised, lower case, đ → d, no diacritics, punctuation → spaces, digits kept.
 * @example foldKey('Số thuê bao 4G (TB)') // "so thue bao 4g tb"
 */
export function foldKey(text: string, font?: string | null): string {
  return punctuationToSpaces(removeDiacritics(normalizeText(text, font).toLowerCase()));
}

/**
 * Like foldKey but keeps the diacritics, with one tone placement (hoà ≡ hòa), for matches that need them.
 * @example foldKeyWithTones('Thuận Hoà - TP.') // "thuận hòa tp"
 */
export function foldKeyWithTones(text: string, font?: string | null): string {
  return punctuationToSpaces(unifyTonePlacement(normalizeText(text, font).toLowerCase()));
}
