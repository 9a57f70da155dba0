/*
 * The one place the department harness calls the matcher. Today's matcher decides one label at a time and has no
 * tiers, so a match with confidence 1 counts as "sure", any other match as "likely", and the rest as "unmatched".
 * When the matching stage of issue 12 lands, swap these two functions to call it (with every row's context, a whole
 * report at once); the harness, the figures and the tests stay as they are.
 */
import { createMatcher } from '../../src/core/match';
import type { Catalog, MatchResult } from '../../src/core/model';
import type { EvalReport, EvalRow } from './department/reports';

/** A report as the adapter receives it: its rows without what a clerk expects. */
export type EvalReportInput = Omit<EvalReport, 'rows'> & { rows: EvalRow[] };

/** Sure matches are applied; likely ones applied and listed for confirmation; unmatched ones left to a person. */
export type Tier = 'sure' | 'likely' | 'unmatched';
export type EvalAssignment = { id: string | null; tier: Tier };

function assignment(result: MatchResult): EvalAssignment {
  if (result.kind !== 'matched') return { id: null, tier: 'unmatched' };
  return { id: result.id, tier: result.confidence >= 1 ? 'sure' : 'likely' };
}

/** Each row alone (today: its label only; the row's ĐVT, section and parent are there for the new stage). */
export function matchRowsForEval(catalog: Catalog, rows: EvalRow[]): EvalAssignment[] {
  const matcher = createMatcher(catalog);
  return rows.map((row) => assignment(matcher.match(row.label)));
}

/** Whole reports, each decided at once (today: row by row, as above). One assignment per row, in order. */
export function matchReportsForEval(catalog: Catalog, reports: EvalReportInput[]): EvalAssignment[][] {
  const matcher = createMatcher(catalog);
  return reports.map((report) => report.rows.map((row) => assignment(matcher.match(row.label))));
}
