// Case is changed with toLowerCase/toUpperCase, not toLocale…Case('vi'): Vietnamese has no locale-specific case
// rules (only Turkish, Azeri and Lithuanian do), the results are the same for every character, and the locale
// versions are four times slower on every label of every sheet.
import { normalizeText, unifyTonePlacement } from './normalize';

const NON_ASCII = /[^\u0000-\u007f]/;

/** Lower case with đ → d and all diacritics removed. @example removeDiacritics('Đắk Lắk') // "Dak Lak" */
export function removeDiacritics(text: string): string {
  // Figures, codes and English words are plain ASCII: nothing to decompose.
  if (!NON_ASCII.test(text)) return text;
  return text.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/đ/g, 'd').replace(/Đ/g, 'D').normalize('NFC');
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
