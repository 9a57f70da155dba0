import { looseKey } from './fold';

/** How deep a label's numbering sits: 0 for I./A., the dot count for 1./1.1, 10 for a), 11 for -/+; null = none. */
export function numberingDepth(label: string): number | null {
  const t = label.trim();
  // "I. BƯU CHÍNH", "A - VIỄN THÔNG"; a lone capital needs its punctuation ("A. ...", not "A Lưới").
  if (/^(?:[IVX]{1,4}|[A-Z])\s*[.):/-]/.test(t)) return 0;
  // "1.", "1.1", "2)" but not "4G ..." or "5G": digits are meaning unless a separator follows.
  const arabic = /^(\d{1,2}(?:\.\d{1,2})*)(?:\.|\)|\s*[-:/]\s|\s)\s*(?=\S)/.exec(t);
  if (arabic) return arabic[1].split('.').length;
  if (/^[a-zđ]\s*[).]\s*\S/.test(t)) return 10;
  if (/^[-+*•–]\s*\S/.test(t)) return 11;
  return null;
}

/** Numbering written in an STT cell ("I", "1", "1.1", "a", "-"), read like label numbering. */
export function sttDepth(stt: string): number | null {
  const t = stt.trim();
  if (t === '') return null;
  if (/^(?:[IVX]{1,4}|[A-Z])\.?$/.test(t)) return 0;
  if (/^\d{1,2}(?:\.\d{1,2})*\.?$/.test(t)) return t.replace(/\.$/, '').split('.').length;
  if (/^[a-zđ][.)]?$/.test(t)) return 10;
  if (/^[-+*•–]$/.test(t)) return 11;
  return null;
}

/** An all-capitals heading of two words or more ("BƯU CHÍNH, VIỄN THÔNG"). */
export function isCapsHeading(label: string): boolean {
  const letters = label.replace(/[^\p{L}]/gu, '');
  return letters.length >= 4 && letters === letters.toUpperCase() && /\S\s+\S/.test(label.trim());
}

const TWO_LETTERS = /\p{L}[^]*?\p{L}/u;

/** A label worth keeping: it has words, not only digits and punctuation (two letters at least). */
export function isLabelText(text: string): boolean {
  // Asked of every cell a layout looks at: letters are counted by a table per code unit, not a Unicode regex.
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code >= 0xd800 && code <= 0xdfff) return TWO_LETTERS.test(text);
    if (isLetter(code) && ++letters === 2) return true;
  }
  return false;
}

/** Letter or not, per UTF-16 code unit outside the surrogates (0 = not asked yet, 1 = letter, 2 = not). */
const LETTERS = new Uint8Array(0x10000);

function isLetter(code: number): boolean {
  if (code < 0x80) return (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a);
  if (LETTERS[code] === 0) LETTERS[code] = /\p{L}/u.test(String.fromCharCode(code)) ? 1 : 2;
  return LETTERS[code] === 1;
}

/** "Ghi chú: ...", "* Lưu ý", "Nguồn: ...": notes under the table. */
export function isNoteText(text: string): boolean {
  return /^(ghi chu|luu y|chu thich|nguon so lieu|nguon)\b/.test(looseKey(text));
}

const SIGNATURE =
  /^(noi nhan|tm|t m|kt|k t|tl|tuq|chu tich|pho chu tich|nguoi lap|nguoi lap bieu|thu truong|truong phong|pho truong phong|giam doc|pho giam doc|xac nhan|ky ghi ro|ky ten|luu vt|luu van thu)\b/;

/** The signature block starts here: "Nơi nhận:", "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Người lập biểu", a date line. */
export function isSignatureText(text: string): boolean {
  const k = looseKey(text);
  if (SIGNATURE.test(k)) return true;
  // "Bù Đốp, ngày 20 tháng 6 năm 2022" (or with dots for the day to be filled in).
  return text.length <= 80 && /(^|,\s*)ngày\b/i.test(text) && /\bngay\b.*\bthang\b.*\bnam\b/.test(k);
}

/** A row of column numbers under the header: "1 | 2 | 3", "(1) | (2)", "A | B | 1 | 2 | 3=2/1". */
export function isColumnNumberText(text: string): boolean {
  const t = text.replace(/\s+/g, '');
  return t.length <= 16 && /^[()\dA-Z=+\-*/x%.]+$/.test(t) && /\d|^\(?[A-Z]\)?$/.test(t);
}
