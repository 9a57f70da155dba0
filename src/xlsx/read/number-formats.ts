/**
 * Built-in number formats as ExcelJS names them (cell.numFmt): only ids with one code for every locale. Id 0
 * (General) is never looked up, so a General cell has no format; the locale-dependent ids (5–8, 27–36, 41–44,
 * 50–81) have none unless the workbook defines them.
 */
const BUILT_IN: Record<number, string> = {
  0: 'General',
  1: '0',
  2: '0.00',
  3: '#,##0',
  4: '#,##0.00',
  9: '0%',
  10: '0.00%',
  11: '0.00E+00',
  12: '# ?/?',
  13: '# ??/??',
  14: 'mm-dd-yy',
  15: 'd-mmm-yy',
  16: 'd-mmm',
  17: 'mmm-yy',
  18: 'h:mm AM/PM',
  19: 'h:mm:ss AM/PM',
  20: 'h:mm',
  21: 'h:mm:ss',
  22: 'm/d/yy "h":mm',
  37: '#,##0 ;(#,##0)',
  38: '#,##0 ;[Red](#,##0)',
  39: '#,##0.00 ;(#,##0.00)',
  40: '#,##0.00 ;[Red](#,##0.00)',
  45: 'mm:ss',
  46: '[h]:mm:ss',
  47: 'mmss.0',
  48: '##0.0E+0',
  49: '@',
};

/**
 * The code of a cell format's numFmtId: the workbook's own `<numFmt>` first (it may redefine a built-in id),
 * then the built-in table. Undefined for id 0 and for unknown ids, as ExcelJS gives.
 */
export function formatCode(id: number, custom: Map<number, string>): string | undefined {
  if (!id) return undefined;
  return custom.get(id) || (Object.prototype.hasOwnProperty.call(BUILT_IN, id) ? BUILT_IN[id] : undefined);
}

/**
 * A `<numFmt formatCode>` as ExcelJS keeps it: backslash escapes dropped ('#,##0\ "đ"' → '#,##0 "đ"').
 */
export function unescapeFormatCode(code: string): string {
  return code.indexOf('\\') < 0 ? code : code.replace(/\\(.)/g, '$1');
}

/**
 * A number shown with this format is a date (or time): a date letter outside quotes and brackets. This is
 * ExcelJS's rule, kept so a serial reads as the same date text either way.
 * @example isDateFormat('dd/mm/yyyy') // true
 * @example isDateFormat('#,##0 "người"') // false
 */
export function isDateFormat(code: string | undefined): boolean {
  if (!code) return false;
  const bare = code.replace(/\[[^\]]*]/g, '').replace(/"[^"]*"/g, '');
  return /[ymdhMsb]/.test(bare);
}
