import { memoizeText, trackTextCache } from '../text/memo';
import type { Figure, FigureScale, Indicator, MeasureStatement, ReportRow } from '../model';
import { formatMeasure, isPercentFormat, parseFigure, resolveFigureScale, type ParsedFigure } from '../numbers';
import { stripMeasureSuffix } from '../text';

/** Why a figure was not counted for its measure: another thing, sources that disagree, or money of unknown magnitude. */
export type MeasureTrouble =
  | { kind: 'mismatch'; from: string; to: string; statement: MeasureStatement }
  | { kind: 'conflict'; to: string; statements: MeasureStatement[] }
  | { kind: 'unknown'; to: string };

export type ReadFigure = {
  figure: Figure;
  /** The figure in the catalog's measure; null when missing, unreadable, or its measure or magnitude is in doubt. */
  value: number | null;
  /** How its measure was read (one object per distinct set of sources, shared: never change it). */
  scale?: FigureScale;
  /** Set when the figure was not counted because of its measure. */
  measureTrouble?: MeasureTrouble;
};

/**
 * Parses a row's figure and brings it to the indicator's measure through the one place that decides a figure's
 * magnitude (numbers/figure-scale.ts), from every source the sheet gives: the cell's words ("1,7 tỷ"), its number
 * format, the ĐVT cell, the label's suffix ("(triệu đồng)"), the column header and the table note. An estimate
 * column marks the figure as approximate.
 * @example readFigure(row("Doanh thu", "1,7 tỷ đồng"), { unit: "triệu đồng", ... }, "vi").value // 1700
 */
export function readFigure(row: ReportRow, indicator: Indicator, style: 'vi' | 'en'): ReadFigure {
  const parsed = parseFigure(row.raw, { numberFormat: row.numberFormat, style });
  if (parsed.kind !== 'number')
    return { figure: plainFigure(parsed, row), value: null, scale: undefined, measureTrouble: undefined };
  const figure = plainFigure(parsed, row);
  const scale = scaleOf(row, parsed, indicator.unit);
  if (scale.kind === 'read') {
    const value = scale.factor === 1 ? parsed.value : roundFloat(parsed.value * scale.factor);
    return { figure, value, scale: scale.used ? scale : undefined, measureTrouble: undefined };
  }
  return { figure, value: null, scale, measureTrouble: troubleOf(scale, indicator.unit) };
}

function troubleOf(scale: Exclude<FigureScale, { kind: 'read' }>, to: string): MeasureTrouble {
  if (scale.kind === 'mismatch')
    return { kind: 'mismatch', from: scale.statement.text, to, statement: scale.statement };
  if (scale.kind === 'conflict') return { kind: 'conflict', to, statements: scale.statements };
  return { kind: 'unknown', to };
}

// One decision per distinct set of sources and measure: units fill the same template, so rows repeat them. Most rows
// state only their ĐVT: those are kept by measure and ĐVT, without building a key.
const decided = trackTextCache(new Map<string, FigureScale>());
const byColumn = trackTextCache(new Map<string, Map<string, FigureScale>>());
const DECIDED_LIMIT = 20000;

function scaleOf(row: ReportRow, parsed: ParsedFigure & { kind: 'number' }, target: string): FigureScale {
  const format = typeof row.raw === 'number' ? formatStatement(row.numberFormat) : null;
  const label = labelMeasure(row.label);
  const cellMeasure = typeof row.raw === 'string' ? parsed.measure?.trim() || undefined : undefined;
  const cellExponent = typeof row.raw === 'string' ? parsed.magnitude : undefined;
  const measure = row.measure ?? '';
  if (!format && !label && !cellMeasure && cellExponent === undefined && !row.headerMeasure && !row.tableMeasure) {
    let forTarget = byColumn.get(target);
    if (!forTarget) byColumn.set(target, (forTarget = new Map<string, FigureScale>()));
    let scale = forTarget.get(measure);
    if (!scale) {
      if (forTarget.size >= DECIDED_LIMIT) forTarget.clear();
      forTarget.set(measure, (scale = decide(row, null, null, undefined, undefined, target)));
    }
    return scale;
  }
  const key = `${target}\u0001${cellMeasure ?? ''}\u0001${cellExponent ?? ''}\u0001${format ? `${format.text}\u0002${format.shift ?? 0}` : ''}\u0001${measure}\u0001${label ?? ''}\u0001${row.headerMeasure ?? ''}\u0001${row.tableMeasure ?? ''}`;
  let scale = decided.get(key);
  if (scale) return scale;
  scale = decide(row, format, label, cellMeasure, cellExponent, target);
  if (decided.size >= DECIDED_LIMIT) decided.clear();
  decided.set(key, scale);
  return scale;
}

function decide(
  row: ReportRow,
  format: MeasureStatement | null,
  label: string | null,
  cellMeasure: string | undefined,
  cellExponent: number | undefined,
  target: string,
): FigureScale {
  const statements: MeasureStatement[] = [];
  if (format) statements.push(format);
  if (row.measure?.trim()) statements.push({ from: 'measure', text: row.measure.trim() });
  if (label) statements.push({ from: 'label', text: label });
  if (row.headerMeasure) statements.push({ from: 'header', text: row.headerMeasure });
  if (row.tableMeasure) statements.push({ from: 'note', text: row.tableMeasure });
  return resolveFigureScale({ cellMeasure, cellExponent, statements }, target);
}

/** A percent format already made 0.928 read as 92.8: it states "%"; other formats state what their text says. */
function formatStatement(format: string | undefined): MeasureStatement | null {
  if (!format) return null;
  if (isPercentFormat(format)) return PERCENT;
  return formatMeasure(format);
}

const PERCENT: MeasureStatement = { from: 'format', text: '%' };

const labelMeasure = memoizeText((label: string): string | null => stripMeasureSuffix(label).measure?.trim() || null);

/** The figure as stored: the parser's own fields dropped; an estimate column's figure marked approximate. */
function plainFigure(parsed: ParsedFigure, row: ReportRow): Figure {
  // Figures are never changed once made: one without extra fields is used as it is (most are), not copied.
  let figure: Figure = parsed;
  if ('measure' in parsed || 'magnitude' in parsed) {
    const { measure: _measure, magnitude: _magnitude, ...rest } = parsed;
    void _measure;
    void _magnitude;
    figure = rest;
  }
  if (row.estimate && figure.kind === 'number') {
    figure = { ...figure, approx: true, note: figure.note ? `ước thực hiện; ${figure.note}` : 'ước thực hiện' };
  }
  return figure;
}

/** Scaling by powers of ten leaves binary noise (1.7 × 1000 = 1699.9999999999998). */
function roundFloat(n: number): number {
  return Number.parseFloat(n.toPrecision(12));
}
