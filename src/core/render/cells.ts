import type { CellSpec, CellStyle } from '../model';

/** A text cell: always written as text ("@"), so a source label like "=HYPERLINK(...)" never becomes a formula. */
export function text(value: string, style: CellStyle = NO_STYLE): CellSpec {
  return { value, style: withFormat(style, '@') };
}

export function num(value: number | null, numberFormat: string, style: CellStyle = NO_STYLE): CellSpec {
  return { value, style: withFormat(style, numberFormat) };
}

const NO_STYLE: CellStyle = {};

// Cells share style objects: a 150,000-cell summary then holds a handful of styles, not one copy per cell.
const formatted = new WeakMap<CellStyle, Map<string, CellStyle>>();

function withFormat(style: CellStyle, numberFormat: string): CellStyle {
  if (style.numberFormat === numberFormat) return style;
  let byFormat = formatted.get(style);
  if (!byFormat) formatted.set(style, (byFormat = new Map<string, CellStyle>()));
  let result = byFormat.get(numberFormat);
  if (!result) byFormat.set(numberFormat, (result = { ...style, numberFormat }));
  return result;
}

/** "2026-11-23T..." → "23/11/2026". */
export function formatDateVi(iso: string): string {
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(iso);
  return m ? `${m[3]}/${m[2]}/${m[1]}` : iso;
}

/** Roman numerals for section rows (I, II, III...), as Vietnamese reports number them. */
export function roman(n: number): string {
  const table: [number, string][] = [
    [10, 'X'],
    [9, 'IX'],
    [5, 'V'],
    [4, 'IV'],
    [1, 'I'],
  ];
  let out = '';
  for (const [value, letters] of table)
    while (n >= value) {
      out += letters;
      n -= value;
    }
  return out;
}
