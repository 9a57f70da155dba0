/** Reading a run of digits with "." and "," by the sheet's number style. */

export type NumberStyle = 'vi' | 'en';

/** A decimal in plain "1234.5" form (for exact scaling by string), with a note when the reading needed a choice. */
export type DigitsReading = { ok: true; decimal: string; note?: string } | { ok: false; reason?: string };

const VI_FULL = /^\d{1,3}(?:\.\d{3})+,\d+$/;
const EN_FULL = /^\d{1,3}(?:,\d{3})+\.\d+$/;
const DOT_GROUPS = /^\d{1,3}(?:\.\d{3})+$/;
const COMMA_GROUPS = /^\d{1,3}(?:,\d{3})+$/;

function stripZeros(intPart: string): string {
  return intPart.replace(/^0+(?=\d)/, '');
}

/** A single separator followed by exactly three digits, not after a leading zero: could group thousands. */
function couldGroup(text: string, sep: '.' | ','): boolean {
  const [a, b] = text.split(sep);
  return b.length === 3 && a.length <= 3 && !/^0/.test(a);
}

/**
 * Reads "1.234.567", "16,2", "1,234.5"... as a plain decimal string; the style settles "1.300" and "1,500".
 * @example readDigits('1.234,5', 'vi') // { ok: true, decimal: "1234.5" }
 */
export function readDigits(text: string, style: NumberStyle): DigitsReading {
  if (/^\d+$/.test(text)) return { ok: true, decimal: stripZeros(text) };
  const dots = (text.match(/\./g) ?? []).length;
  const commas = (text.match(/,/g) ?? []).length;
  if (dots > 0 && commas > 0) {
    if (VI_FULL.test(text)) {
      const decimal = text.replace(/\./g, '').replace(',', '.');
      return style === 'vi' ? { ok: true, decimal } : { ok: true, decimal, note: 'số viết kiểu Việt (1.234,5)' };
    }
    if (EN_FULL.test(text)) {
      const decimal = text.replace(/,/g, '');
      return style === 'en' ? { ok: true, decimal } : { ok: true, decimal, note: 'số viết kiểu Anh (1,234.5)' };
    }
    return { ok: false };
  }
  const sep = dots > 0 ? '.' : ',';
  const groupsRe = sep === '.' ? DOT_GROUPS : COMMA_GROUPS;
  const count = dots + commas;
  const grouping = stripZeros(text.split(sep).join(''));
  if (count > 1) {
    if (!groupsRe.test(text)) return { ok: false };
    const native = (sep === '.' && style === 'vi') || (sep === ',' && style === 'en');
    return native
      ? { ok: true, decimal: grouping }
      : { ok: true, decimal: grouping, note: `dấu «${sep}» phân nhóm nghìn` };
  }
  const [a, b] = text.split(sep);
  if (a === '' || b === '') return { ok: false };
  const decimal = `${stripZeros(a)}.${b}`;
  const groupSep = style === 'vi' ? '.' : ',';
  if (sep === groupSep) {
    // The style's grouping mark: "1.300" in vi is 1300; "1.5" cannot be grouping, so it is a decimal, flagged.
    if (couldGroup(text, sep)) return { ok: true, decimal: grouping };
    return { ok: true, decimal, note: `dấu «${sep}» đọc là dấu thập phân` };
  }
  // The style's decimal mark: "16,2" in vi. But "340,492" is as often an English thousand grouping (page
  // counters, pasted figures) as a three-place decimal; a flagged figure still counts in totals, so do not guess.
  if (couldGroup(text, sep)) {
    const asGrouping = style === 'vi' ? grouping.replace(/\B(?=(\d{3})+(?!\d))/g, '.') : grouping;
    return { ok: false, reason: `không rõ «${text}» là số thập phân hay ${asGrouping}` };
  }
  return { ok: true, decimal };
}
