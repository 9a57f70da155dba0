import type { ConsolidationResult, Severity, IssueCode } from '../model';
import { formatCellRef } from '../address/address';

/** report.json version 1, exactly as design.md specifies; other tools read it. */
export type ReportJson = {
  version: 1;
  period: string | null;
  /** `code`: the unit's official code, when known (an addition that version-1 readers ignore). */
  units: { name: string; code?: string; source: string; period: string | null }[];
  indicators: { id: string; name: string; unit: string; total: number | null; values: Record<string, number | null> }[];
  unmatched: { unit: string; label: string; cell: string }[];
  issues: {
    code: IssueCode;
    severity: Severity;
    unit: string | null;
    indicator: string | null;
    cell: string | null;
    message: string;
  }[];
};

/**
 * The machine-readable result: every unit's figure per indicator (null when missing or unreadable), totals, issues.
 * @example toReportJson(result).indicators.find((i) => i.id === 'bts')?.total
 */
export function toReportJson({ summary, issues }: ConsolidationResult): ReportJson {
  const unitNames = summary.units.map((u) => u.name);
  return {
    version: 1,
    period: summary.period,
    units: summary.units.map((u) => ({
      name: u.name,
      ...(u.code ? { code: u.code } : {}),
      source: u.source,
      period: u.period,
    })),
    indicators: summary.rows.map((row) => ({
      id: row.indicator.id,
      name: row.indicator.name,
      unit: row.indicator.unit,
      total: row.total,
      values: Object.fromEntries(unitNames.map((name) => [name, row.values[name]?.value ?? null])),
    })),
    unmatched: summary.unmatched.map((u) => ({ unit: u.unit, label: u.label, cell: formatCellRef(u.cell) })),
    issues: issues.map((i) => ({
      code: i.code,
      severity: i.severity,
      unit: i.unit,
      indicator: i.indicator,
      cell: i.cell,
      message: i.message,
    })),
  };
}
