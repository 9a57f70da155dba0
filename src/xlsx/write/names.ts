/** Sheet names and cell addresses as Excel writes them. */
import { safeText } from './xml';

/**
 * Excel sheet names: at most 31 characters, none of []:*?/\, not starting or ending with an apostrophe, unique
 * without regard to case.
 * @example uniqueSheetName('Tổng hợp', new Set(['tổng hợp'])) // 'Tổng hợp(2)'
 */
export function uniqueSheetName(name: string, used: Set<string>): string {
  const base = name.replace(/[[\]:*?/\\]/g, '-').slice(0, 31).trim().replace(/^'+|'+$/g, '').trim() || 'Sheet';
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

/**
 * Column letters of a 0-based column index.
 * @example columnLetters(0) // 'A'
 * @example columnLetters(27) // 'AB'
 */
export function columnLetters(col: number): string {
  let letters = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) letters = String.fromCharCode(65 + ((n - 1) % 26)) + letters;
  return letters;
}

/**
 * A1 address of 0-based row and column.
 * @example cellAddress(1, 2) // 'C2'
 */
export function cellAddress(row: number, col: number): string {
  return `${columnLetters(col)}${row + 1}`;
}

/** A sheet name as a formula or defined name quotes it: always in apostrophes, apostrophes doubled. */
export function quotedSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}
