import { stringOfCodes } from '../text/codes';
import { memoizeText } from '../text/memo';

/**
 * Folding helpers local to detect. They are deliberately small and stable: header, period and unit rules
 * below are written against exactly this form, whatever the matching stage's key does.
 */

/**
 * Folded code unit of every UTF-16 code unit met so far (0 = not yet): lower case, no diacritics, đ → d, always one
 * unit so indexes stay aligned. Folding runs over every title and label of every sheet; a table lookup per
 * character keeps it cheap, and a code unit is decomposed only the first time it is seen.
 */
const FOLDED = new Uint16Array(0x10000);

function foldCode(code: number): number {
  if (code < 0x80) return code >= 0x41 && code <= 0x5a ? code + 0x20 : code;
  let folded = FOLDED[code];
  if (folded === 0) {
    const base = String.fromCharCode(code).normalize('NFD').charAt(0).toLowerCase();
    folded = base === 'đ' ? 0x64 : base.charCodeAt(0);
    FOLDED[code] = folded;
  }
  return folded;
}

/**
 * Folds text character by character, keeping every index aligned with the NFC input, so a match found in
 * the folded form can be cut out of the original (with its diacritics).
 * @example foldAligned('HUYỆN Bù Đốp') // "huyen bu dop"
 */
export function foldAligned(nfc: string): string {
  const codes = new Uint16Array(nfc.length);
  for (let i = 0; i < nfc.length; i++) codes[i] = foldCode(nfc.charCodeAt(i));
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
