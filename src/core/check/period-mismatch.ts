import type { Issue } from '../model';
import { periodKey } from '../detect/period';
import { makeIssue, type CheckContext } from './context';

/** period_mismatch: a report whose title period differs from the period being consolidated. */
export function checkPeriods({ summary, period }: CheckContext): Issue[] {
  if (!period) return [];
  const target = periodKey(period);
  return summary.units.flatMap((unit) => {
    if (!unit.period || periodKey(unit.period) === target) return [];
    return [
      makeIssue('period_mismatch', {
        unit: unit.name,
        vi: `Báo cáo của ${unit.name} (${unit.source}) ghi kỳ «${unit.period}», khác kỳ đang tổng hợp «${period}».`,
        en: `The report of ${unit.name} (${unit.source}) is for "${unit.period}", not "${period}".`,
      }),
    ];
  });
}
