import type { CellSpec, CellStyle } from '../model';

/** A text cell: always written as text ("@"), so a source label like "=HYPERLINK(...)" never becomes a formula. */
export function text(value: string, style: CellStyle = {}): CellSpec {
  return { value, style: { ...style, numberFormat: '@' } };
}

export function num(value: number | null, numberFormat: string, style: CellStyle = {}): CellSpec {
  return { value, style: { ...style, numberFormat } };
}

/** "2026-11-23T..." → "23/11/2026". */
export function formatDateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Roman numerals for section rows (I, II, III...), as Vietnamese reports number them. */
export function roman(n: number): string {
  const table: [number, string][] = [[10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I']];
  let out = '';
  for (const [value, letters] of table) while (n >= value) { out += letters; n -= value; }
  return out;
}
