import type { CellValue, Figure } from '../model';

export type ParseContext = {
  /** Excel number format of the cell ("0.0%" makes 0.928 read as 92.8 %). */
  numberFormat?: string | null;
  /** How the sheet writes numbers in text: "vi" = "1.300,5" (default), "en" = "1,300.5". */
  style?: 'vi' | 'en';
};

/** A figure with the measure written next to it ("%", "đồng" after "1,7 tỷ đồng"), magnitude words applied. */
export type ParsedFigure = Figure & { measure?: string };

/** Minimal placeholder; replaced by the full Vietnamese parser. */
export function parseFigure(raw: CellValue, ctx: ParseContext = {}): ParsedFigure {
  const rawText = raw === null ? '' : String(raw);
  if (typeof raw === 'number') {
    if (ctx.numberFormat && ctx.numberFormat.includes('%')) return { kind: 'number', value: raw * 100, raw: rawText, measure: '%' };
    return { kind: 'number', value: raw, raw: rawText };
  }
  const t = rawText.trim();
  if (t === '' || t === '-' || t.toLowerCase() === 'x') return { kind: 'missing', raw: rawText, reason: 'empty' };
  const m = /^(\d{1,3}(?:\.\d{3})+|\d+)(?:,(\d+))?\s*(%)?$/.exec(t);
  if (!m) return { kind: 'unreadable', raw: rawText, reason: 'not a number' };
  const value = Number(m[1].replace(/\./g, '') + (m[2] ? '.' + m[2] : ''));
  return { kind: 'number', value, raw: rawText, measure: m[3] };
}
