import { memoizeText } from '../text/memo';

/**
 * Folding helpers local to detect. They are deliberately small and stable: header, period and unit rules
 * below are written against exactly this form, whatever the matching stage's key does.
 */

/** One character → lower case, no diacritics, đ → d; always one UTF-16 unit so indexes stay aligned. */
function foldChar(ch: string): string {
  // ASCII needs no decomposition: the common case stays cheap.
  if (ch < '\u0080') return ch.toLowerCase();
  let folded = FOLDED_CHARS.get(ch);
  if (folded === undefined) {
    const base = ch.normalize('NFD').charAt(0).toLowerCase();
    folded = base === 'đ' ? 'd' : base;
    FOLDED_CHARS.set(ch, folded);
  }
  return folded;
}

const FOLDED_CHARS = new Map<string, string>();

/**
 * Folds text character by character, keeping every index aligned with the NFC input, so a match found in
 * the folded form can be cut out of the original (with its diacritics).
 * @example foldAligned('HUYỆN Bù Đốp') // "huyen bu dop"
 */
export function foldAligned(nfc: string): string {
  let out = '';
  for (let i = 0; i < nfc.length; i++) out += foldChar(nfc.charAt(i));
  return out;
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
