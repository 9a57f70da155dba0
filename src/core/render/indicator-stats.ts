/**
 * Per indicator, what a leader asks of the units' figures: how many reported, the spread (lowest, median, highest and
 * who), the change since the previous period, and how many figures are flagged. Computed once, shown on the
 * overview, the brief and the charts.
 */
import type { CellRef, ConsolidationResult, Severity, SummaryRow } from '../model';
import { unitValues } from '../merge';
import { sentCount } from './unit-order';
import {
  changeOf,
  isRate,
  issuesByCell,
  numberFormatFor,
  sections,
  worseOf,
  worstSeverity,
  type Change,
} from './figures';

/**
 * The lowest or highest figure, and every unit that has it (official order); `cell` is the first unit's source and
 * `severity` the worst flag on its figure (an extreme is where a slip most often shows).
 */
export type Extreme = { value: number; units: string[]; cell: CellRef; severity: Severity | null };

export type IndicatorStats = {
  row: SummaryRow;
  /** Roman-numbered section (1-based) the indicator sits in; 0 when the catalog gives no group. */
  section: number;
  format: string;
  rate: boolean;
  /** Units with a figure, of the units expected (read and missing). */
  reported: number;
  expected: number;
  min: Extreme | null;
  median: number | null;
  max: Extreme | null;
  /** The previous period's province figure: undefined when no previous period was given. */
  previous?: number | null;
  change: Change | null;
  /** Units whose cell of this indicator carries an issue, by worst severity. */
  flagged: Record<Severity, number>;
  /** Figures counted in the total although flagged, and the worst of their error or warning flags. */
  flaggedInTotal: number;
  totalSeverity: Severity | null;
};

/**
 * Stats of every indicator, in section order.
 * @example indicatorStats(result, order)[0].max // { value: 132, units: ["Huyện Bù Đăng"], cell: {...} }
 */
export function indicatorStats(result: ConsolidationResult, unitOrder: string[]): IndicatorStats[] {
  const { summary } = result;
  const rank = new Map(unitOrder.map((name, i) => [name, i]));
  const flags = issuesByCell(result.issues);
  const { expected } = sentCount(summary);
  const previous = summary.previous;
  const stats: IndicatorStats[] = [];
  let section = 0;
  for (const group of sections(summary.rows)) {
    if (group.group) section += 1;
    for (const row of group.rows) {
      const rate = isRate(row);
      const byUnit = flags.get(row.indicator.id);
      const figures = spread(row, rank);
      for (const e of [figures.min, figures.max]) if (e) e.severity = worstSeverity(byUnit?.get(e.units[0]) ?? []);
      const flagged: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
      let flaggedInTotal = 0;
      let totalSeverity: Severity | null = null;
      for (const [unit, issues] of byUnit ?? []) {
        const worst = worstSeverity(issues);
        if (worst) flagged[worst] += 1;
        if (typeof row.values[unit]?.value !== 'number') continue;
        // A total that adds a figure flagged as wrong or doubtful cannot be trusted either.
        flaggedInTotal += 1;
        totalSeverity = worseOf(totalSeverity, worstSeverity(issues.filter((i) => i.severity !== 'info')));
      }
      const before = previous ? (previous.totals[row.indicator.id] ?? null) : undefined;
      stats.push({
        row,
        section: group.group ? section : 0,
        format: numberFormatFor(row),
        rate,
        reported: figures.sorted.length,
        expected,
        min: figures.min,
        median: median(figures.sorted),
        max: figures.max,
        ...(previous ? { previous: before } : {}),
        change: changeOf(row.total, before, rate),
        flagged,
        flaggedInTotal,
        totalSeverity,
      });
    }
  }
  return stats;
}

type Spread = { sorted: Float64Array; min: Extreme | null; max: Extreme | null };

/**
 * The units' figures of a row, sorted, and the units with the lowest and the highest, in one pass. A typed array
 * sorts 3,321 figures of 50 indicators in a few milliseconds; an object per figure took a fifth of the whole render.
 */
function spread(row: SummaryRow, rank: Map<string, number>): Spread {
  const entries = unitValues(row);
  const values = new Float64Array(entries.length);
  let n = 0;
  let min = Infinity;
  let max = -Infinity;
  const lows: number[] = [];
  const highs: number[] = [];
  // Indexed loops: iterating [unit, value] pairs by destructuring cost several times more over 166,000 figures.
  for (let i = 0; i < entries.length; i++) {
    const v = entries[i][1].value;
    if (typeof v !== 'number') continue;
    values[n++] = v;
    if (v < min) {
      min = v;
      lows.length = 0;
    }
    if (v === min) lows.push(i);
    if (v > max) {
      max = v;
      highs.length = 0;
    }
    if (v === max) highs.push(i);
  }
  return {
    sorted: values.subarray(0, n).sort(),
    min: extreme(entries, lows, min, rank),
    max: extreme(entries, highs, max, rank),
  };
}

/** The units at `at` (ties in official order) with their figure; null when no unit has one. */
function extreme(
  entries: ReturnType<typeof unitValues>,
  at: number[],
  value: number,
  rank: Map<string, number>,
): Extreme | null {
  if (!at.length) return null;
  const units = at.map((i) => entries[i][0]);
  if (units.length > 1) units.sort((a, b) => (rank.get(a) ?? 0) - (rank.get(b) ?? 0));
  return {
    value,
    units,
    cell: (units.length > 1 ? entries.find(([u]) => u === units[0])! : entries[at[0]])[1].cell,
    severity: null,
  };
}

/** @example median(Float64Array.of(1, 2, 10)) // 2 */
export function median(sorted: ArrayLike<number>): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Flagged figures of an indicator, all severities. */
export const flaggedCount = (s: IndicatorStats): number => s.flagged.error + s.flagged.warning + s.flagged.info;
