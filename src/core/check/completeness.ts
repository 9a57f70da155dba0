import type { Issue } from '../model';
import { makeIssue, type CheckContext } from './context';
import { maybeByUnit } from './labels';

/** unit_missing: an expected unit that sent nothing. */
export function checkMissingUnits({ summary }: CheckContext): Issue[] {
  return summary.missingUnits.map((unit) =>
    makeIssue('unit_missing', {
      unit,
      vi: `${unit} chưa gửi báo cáo (không tìm thấy trang tính nào của đơn vị này).`,
      en: `${unit} sent no report (no sheet of this unit was found).`,
    }),
  );
}

/**
 * indicator_missing (no row could be it) and value_missing (row present, figure empty), kept apart. An indicator an
 * unmatched row of the report could be is not missing: that row's label_unmatched issue says so, once.
 */
export function checkMissingFigures({ summary }: CheckContext): Issue[] {
  const issues: Issue[] = [];
  const maybe = maybeByUnit(summary);
  for (const unit of summary.units) {
    const couldBe = maybe.get(unit.name);
    for (const row of summary.rows) {
      const { indicator } = row;
      const value = row.values[unit.name];
      if (!value) {
        if (indicator.optional || couldBe?.has(indicator.id)) continue;
        issues.push(
          makeIssue('indicator_missing', {
            unit: unit.name,
            indicator: indicator.id,
            vi: `Báo cáo của ${unit.name} không có dòng «${indicator.name}».`,
            en: `The report of ${unit.name} has no row for "${indicator.nameEn ?? indicator.name}".`,
          }),
        );
      } else if (value.figure.kind === 'missing') {
        issues.push(
          makeIssue('value_missing', {
            unit: unit.name,
            indicator: indicator.id,
            cell: value.cell,
            vi: `Dòng «${value.label}» chưa có số liệu${value.figure.raw.trim() ? ` (ghi «${value.figure.raw.trim()}»)` : ''}.`,
            en: `Row "${value.label}" has no figure${value.figure.raw.trim() ? ` (it says "${value.figure.raw.trim()}")` : ''}.`,
          }),
        );
      }
    }
  }
  return issues;
}
