import { removeDiacritics, unifyTonePlacement } from '../text';

/**
 * The comparison key of a unit or province name: lower case, no diacritics, đ → d, nothing but letters and digits,
 * so "Ea H'Leo", "EA HLEO" and "eahleo" are one name.
 * @example nameKey("Cư M'gar") // "cumgar"
 */
export function nameKey(text: string): string {
  return removeDiacritics(text.normalize('NFC').toLowerCase()).replace(/[^a-z0-9]+/g, '');
}

/**
 * Like nameKey but with the diacritics kept and one tone placement (hoà ≡ hòa): what tells "Tân Thành" from
 * "Tân Thạnh" when a report writes them.
 * @example tonedKey('Phú Hoà 2') // "phúhòa2"
 */
export function tonedKey(text: string): string {
  return unifyTonePlacement(text.normalize('NFC').toLowerCase()).replace(/[^\p{L}\p{N}]+/gu, '');
}

/** Whether a text carries any Vietnamese diacritic (or đ) at all. */
export function hasDiacritics(text: string): boolean {
  return removeDiacritics(text) !== text;
}
