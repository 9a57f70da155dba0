/*
 * The one place the department harness calls the matcher: the matching stage (matchReports), with every row's
 * context — its ĐVT, its section, the row it narrows, its figure — and, in the reports mode, a whole report at once.
 */
import { matchReports, prepareMatching } from '../../src/core/match';
import type { Catalog, MatchResult, ReportRow, UnitReport } from '../../src/core/model';
import type { EvalReport, EvalRow } from './department/reports';

/** A report as the adapter receives it: its rows without what a clerk expects. */
export type EvalReportInput = Omit<EvalReport, 'rows'> & { rows: EvalRow[] };

/** Sure matches are applied; likely ones applied and listed for confirmation; unmatched ones left to a person. */
export type Tier = 'sure' | 'likely' | 'unmatched';
export type EvalAssignment = { id: string | null; tier: Tier };

function assignment(result: MatchResult): EvalAssignment {
  if (result.kind !== 'matched') return { id: null, tier: 'unmatched' };
  return { id: result.id, tier: result.tier };
}

function reportRow(row: EvalRow, i: number, file: string): ReportRow {
  const out: ReportRow = {
    label: row.label,
    raw: row.value ?? null,
    labelCell: { file, sheet: 'BC', address: `B${i + 8}` },
    valueCell: { file, sheet: 'BC', address: `D${i + 8}` },
  };
  if (row.measure !== undefined) out.measure = row.measure;
  if (row.section !== undefined) out.section = row.section;
  return out;
}

function unitReport(unit: string, rows: EvalRow[]): UnitReport {
  const file = `${unit}.xlsx`;
  return {
    unit,
    unitEvidence: { from: 'title', text: unit },
    period: null,
    source: { file, sheet: 'BC' },
    layout: { headerRow: 6, labelCol: 1, valueCol: 3, measureCol: 2, valueHeader: 'Thực hiện', numberStyle: 'vi' },
    rows: rows.map((row, i) => reportRow(row, i, file)),
    notes: [],
  };
}

/** Each row alone, in a report of its own (a sub-row with the row it narrows above it). */
export function matchRowsForEval(catalog: Catalog, rows: EvalRow[]): EvalAssignment[] {
  const matching = prepareMatching(catalog);
  return rows.map((row, i) => {
    const alone = row.parent ? [{ label: row.parent, section: row.section }, row] : [row];
    const [results] = matchReports([unitReport(`Đơn vị ${i}`, alone)], matching);
    return assignment(results[results.length - 1]);
  });
}

/** Whole reports, all decided together. One assignment per row, in order. */
export function matchReportsForEval(catalog: Catalog, reports: EvalReportInput[]): EvalAssignment[][] {
  const results = matchReports(
    reports.map((r) => unitReport(r.unit, r.rows)),
    prepareMatching(catalog),
  );
  return results.map((rows) => rows.map(assignment));
}
