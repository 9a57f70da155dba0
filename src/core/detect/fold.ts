import { stringOfCodes } from '../text/codes';
import { foldedCode } from '../text/fold';
import { memoizeText } from '../text/memo';

/**
 * Folding helpers local to detect. They are deliberately small and stable: header, period and unit rules
 * below are written against exactly this form, whatever the matching stage's key does.
 */

/**
 * Folds text character by character, keeping every index aligned with the NFC input, so a match found in
 * the folded form can be cut out of the original (with its diacritics).
 * @example foldAligned('HUYỆN Bù Đốp') // "huyen bu dop"
 */
export function foldAligned(nfc: string): string {
  const codes = new Uint16Array(nfc.length);
  for (let i = 0; i < nfc.length; i++) codes[i] = foldedCode(nfc.charCodeAt(i));
  return stringOfCodes(codes);
}

/**
 * Loose key: lower case, no diacritics, đ → d, every run of other characters → one space.
 * @example looseKey('Thực hiện 6T/2022') // "thuc hien 6t 2022"
 */
export const looseKey: (text: string) => string = memoizeText((text) =>
  foldAligned(text.normalize('NFC'))
    .replace(/[^a-z0-9]+/g, ' ')
    .trim(),
);
