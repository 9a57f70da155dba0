import type { Issue } from '../model';
import { SEVERITY_ORDER } from '../issues';
import type { Check, CheckContext } from './context';
import { checkMissingFigures, checkMissingUnits, checkUnitNames } from './completeness';
import { checkRanges, checkUnreadable } from './figures';
import { checkRules } from './rules';
import { checkDuplicates } from './duplicates';
import { checkUnmatched } from './labels';
import { checkPeriods } from './period-mismatch';
import { checkPeers } from './peers';
import { checkAgainstPrevious } from './previous';
import { checkTemplateVersions } from './template';

export type { CheckContext } from './context';
export { boundsOf } from './figures';

const CHECKS: Check[] = [
  checkMissingUnits,
  checkUnitNames,
  checkPeriods,
  checkMissingFigures,
  checkUnreadable,
  checkRanges,
  checkRules,
  checkPeers,
  checkAgainstPrevious,
  checkDuplicates,
  checkUnmatched,
  checkTemplateVersions,
];

/**
 * Runs every check and orders the issues by severity, then unit, then indicator order in the catalog.
 * @example checkSummary(ctx).filter((i) => i.code === 'out_of_range')
 */
export function checkSummary(ctx: CheckContext): Issue[] {
  const order = new Map(ctx.summary.rows.map((row, i) => [row.indicator.id, i]));
  const unitOrder = new Map(ctx.summary.units.map((u, i) => [u.name, i]));
  return withoutEchoes(CHECKS.flatMap((check) => check(ctx))).sort(
    (a, b) =>
      SEVERITY_ORDER[a.severity] - SEVERITY_ORDER[b.severity] ||
      (unitOrder.get(a.unit ?? '') ?? -1) - (unitOrder.get(b.unit ?? '') ?? -1) ||
      (order.get(a.indicator ?? '') ?? -1) - (order.get(b.indicator ?? '') ?? -1),
  );
}

/** A figure already out of range is not also "unusual": one cell, one reason to look at it. */
function withoutEchoes(issues: Issue[]): Issue[] {
  const outOfRange = new Set(issues.filter((i) => i.code === 'out_of_range' && i.cell).map((i) => i.cell));
  return issues.filter((i) => i.code !== 'outlier' || !outOfRange.has(i.cell));
}
