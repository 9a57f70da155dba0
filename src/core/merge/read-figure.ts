import { measureKind } from '../catalog/measure-kind';
import type { Figure, Indicator, ReportRow } from '../model';
import { convertMeasure, parseFigure } from '../numbers';

export type ReadFigure = {
  figure: Figure;
  /** The figure in the catalog's measure; null when missing, unreadable or in a measure that cannot be converted. */
  value: number | null;
  /** Set when the figure's own measure could not be converted to the catalog's measure. */
  measureConflict?: { from: string; to: string };
};

/**
 * Parses a row's figure and scales it to the indicator's measure, using the measure written after the number
 * ("1,7 tỷ đồng") first and the row's ĐVT column second.
 * @example readFigure(row("Doanh thu", "1,7 tỷ đồng"), { unit: "triệu đồng", ... }, "vi").value // 1700
 */
export function readFigure(row: ReportRow, indicator: Indicator, style: 'vi' | 'en'): ReadFigure {
  const parsed = parseFigure(row.raw, { numberFormat: row.numberFormat, style });
  if (parsed.kind !== 'number') return { figure: stripMeasure(parsed), value: null };
  const figure = stripMeasure(parsed);
  // "1,7 tỷ" in a money row already counts đồng: the magnitude word was applied to the value.
  const magnitudeOnly = !parsed.measure && typeof row.raw === 'string' && MAGNITUDE.test(row.raw.normalize('NFC'));
  const fromText = parsed.measure?.trim() || (magnitudeOnly && measureKind(indicator.unit) === 'money' ? 'đồng' : undefined);
  const fromColumn = row.measure?.trim() || undefined;
  return inMeasure(figure, parsed.value, fromText, indicator.unit) ?? inMeasure(figure, parsed.value, fromColumn, indicator.unit) ?? { figure, value: parsed.value };
}

/** The figure in the catalog's measure `to`, read as `from`; undefined when `from` says nothing or is another word for a count. */
function inMeasure(figure: Figure, value: number, from: string | undefined, to: string): ReadFigure | undefined {
  if (!from) return undefined;
  const converted = convertMeasure(value, from, to);
  if (converted !== null) return { figure, value: converted === value ? converted : roundFloat(converted) };
  // Counting words differ freely ("cái", "chiếc", "camera"); only a change of kind or of scale is a conflict.
  if (measureKind(from) === 'count' && measureKind(to) === 'count') return undefined;
  return { figure, value: null, measureConflict: { from, to } };
}

function stripMeasure(parsed: Figure & { measure?: string }): Figure {
  // Figures are never changed once made: one without a measure is used as it is (most are), not copied.
  if (!('measure' in parsed)) return parsed;
  const { measure: _measure, ...figure } = parsed;
  void _measure;
  return figure;
}

/** Scaling by powers of ten leaves binary noise (1.7 × 1000 = 1699.9999999999998). */
function roundFloat(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}

const MAGNITUDE = /(^|[\s\d])(nghìn|ngàn|triệu|tỷ|tỉ)(?![\p{L}])/iu;

