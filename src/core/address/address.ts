import type { CellRef } from '../model';

/** 0-based column index → Excel letters. @example columnLetters(27) // "AB" */
export function columnLetters(col: number): string {
  let s = '';
  for (let n = col + 1; n > 0; n = Math.floor((n - 1) / 26)) s = String.fromCharCode(65 + ((n - 1) % 26)) + s;
  return s;
}

/** 0-based row and column → "B17". */
export function cellAddress(row: number, col: number): string {
  if (row < 0 || col < 0 || row >= CACHED_ROWS || col >= CACHED_COLS) return `${columnLetters(col)}${row + 1}`;
  const byRow = (addresses[col] ??= []);
  return (byRow[row] ??= `${columnLetters(col)}${row + 1}`);
}

// Every report names the same cells ("B17", "E17"): one string per address for the whole run, not one per row of
// every sheet (two per row, 290,000 at country scale, all kept by the result).
const CACHED_ROWS = 4096;
const CACHED_COLS = 64;
const addresses: string[][] = [];

/** "B17" → 0-based {row, col}; null when not an A1 address. */
export function parseAddress(address: string): { row: number; col: number } | null {
  const m = /^\$?([A-Z]{1,3})\$?(\d+)$/i.exec(address.trim());
  if (!m) return null;
  let col = 0;
  for (const ch of m[1].toUpperCase()) col = col * 26 + (ch.charCodeAt(0) - 64);
  return { row: Number(m[2]) - 1, col: col - 1 };
}

/** A sheet name as formulas, links and defined names quote it: in apostrophes, apostrophes doubled. @example quoteSheet("Xã Thanh Lương") // "'Xã Thanh Lương'" */
export function quoteSheet(name: string): string {
  return `'${name.replace(/'/g, "''")}'`;
}

/** "bu-dop.xlsx#Sheet1!B17": the text form used in report.json and issues. */
export function formatCellRef(ref: CellRef): string {
  return `${ref.file}#${ref.sheet}!${ref.address}`;
}
