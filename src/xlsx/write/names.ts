/** Sheet names and cell addresses as Excel writes them. */
import { safeText } from './xml';

/**
 * Excel sheet names: at most 31 characters, none of []:*?/\, not starting or ending with an apostrophe, unique
 * without regard to case.
 * @example uniqueSheetName('Tổng hợp', new Set(['tổng hợp'])) // 'Tổng hợp(2)'
 */
export function uniqueSheetName(name: string, used: Set<string>): string {
  const base =
    name
      .replace(/[[\]:*?/\\]/g, '-')
      .slice(0, 31)
      .trim()
      .replace(/^'+|'+$/g, '')
      .trim() || 'Sheet';
  let candidate = base;
  for (let n = 2; used.has(candidate.toLowerCase()); n++) candidate = `${base.slice(0, 31 - `(${n})`.length)}(${n})`;
  used.add(candidate.toLowerCase());
  return candidate;
}

/** The sheet names of a workbook, in order, made legal and unique. */
export function sheetNames(names: string[]): string[] {
  const used = new Set<string>();
  // Control characters cannot be written in XML at all, and a parser reads a tab or line break in an attribute as a
  // space; the other rules are uniqueSheetName's.
  return names.map((name) => uniqueSheetName(safeText(name).replace(/[\t\n\r]/g, ' '), used));
}
