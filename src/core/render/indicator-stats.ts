/**
 * Per indicator, what a leader asks of the units' figures: how many reported, the spread (lowest, median, highest and
 * who), the change since the previous period, and how many figures are flagged. Computed once, shown on the
 * overview, the brief and the charts.
 */
import type { CellRef, ConsolidationResult, Severity, SummaryRow } from '../model';
import { unitValues } from '../merge';
import { changeOf, isRate, issuesByCell, numberFormatFor, sections, worseOf, worstSeverity, type Change } from './figures';

/** The lowest or highest figure, and every unit that has it (official order); `cell` is the first unit's source. */
export type Extreme = { value: number; units: string[]; cell: CellRef };

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
  const expected = summary.units.length + summary.missingUnits.length;
  const previous = summary.previous;
  const stats: IndicatorStats[] = [];
  let section = 0;
  for (const group of sections(summary.rows)) {
    if (group.group) section += 1;
    for (const row of group.rows) {
      const rate = isRate(row);
      const byUnit = flags.get(row.indicator.id);
      const figures = unitValues(row)
        .filter(([, v]) => typeof v.value === 'number')
        .map(([unit, v]) => ({ unit, value: v.value as number, cell: v.cell }))
        .sort((a, b) => a.value - b.value || (rank.get(a.unit) ?? 0) - (rank.get(b.unit) ?? 0));
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
      const before = previous ? previous.totals[row.indicator.id] ?? null : undefined;
      stats.push({
        row,
        section: group.group ? section : 0,
        format: numberFormatFor(row),
        rate,
        reported: figures.length,
        expected,
        min: extreme(figures, 'low'),
        median: median(figures.map((f) => f.value)),
        max: extreme(figures, 'high'),
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

type Ranked = { unit: string; value: number; cell: CellRef };

/** The extreme of figures sorted ascending (ties in official order). */
function extreme(figures: Ranked[], side: 'low' | 'high'): Extreme | null {
  if (figures.length === 0) return null;
  const value = side === 'low' ? figures[0].value : figures[figures.length - 1].value;
  const tied = figures.filter((f) => f.value === value);
  return { value, units: tied.map((f) => f.unit), cell: tied[0].cell };
}

/** @example median([1, 2, 10]) // 2 */
export function median(sorted: number[]): number | null {
  if (sorted.length === 0) return null;
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
}

/** Flagged figures of an indicator, all severities. */
export const flaggedCount = (s: IndicatorStats): number => s.flagged.error + s.flagged.warning + s.flagged.info;
