import type { Indicator, Issue } from '../model';
import { measureKind } from '../catalog';
import { fmtEn, fmtVi, makeIssue, unitValues, type CheckContext } from './context';

/** value_unreadable: text in a figure cell that is not a number, with the raw text and the reason. */
export function checkUnreadable({ summary }: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const row of summary.rows) {
    for (const [unit, value] of unitValues(row)) {
      if (value.figure.kind !== 'unreadable') continue;
      issues.push(
        makeIssue('value_unreadable', {
          unit,
          indicator: row.indicator.id,
          cell: value.cell,
          vi: `Không đọc được số liệu «${value.figure.raw}» (${value.figure.reason}); hãy nhập một con số.`,
          en: `Cannot read the figure "${value.figure.raw}" (${value.figure.reason}); enter a number.`,
        }),
      );
    }
  }
  return issues;
}

/** Bounds of an indicator: the catalog's, and 0–100 for any percentage. */
export function boundsOf(indicator: Indicator): { min?: number; max?: number } {
  const percent = measureKind(indicator.unit) === 'percent';
  return {
    min: indicator.min ?? (percent ? 0 : undefined),
    max: indicator.max ?? (percent ? 100 : undefined),
  };
}

/** out_of_range: outside the catalog's min/max, a negative count, a percentage over 100, a fractional count. */
export function checkRanges({ summary }: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const row of summary.rows) {
    const { indicator } = row;
    const { min, max } = boundsOf(indicator);
    for (const [unit, value] of unitValues(row)) {
      const v = value.value;
      if (v === null) continue;
      const where = { unit, indicator: indicator.id, cell: value.cell };
      if (min !== undefined && v < min) {
        issues.push(
          makeIssue('out_of_range', {
            ...where,
            vi: `«${indicator.name}» = ${fmtVi(v)} ${indicator.unit}, nhỏ hơn mức tối thiểu ${fmtVi(min)}.`,
            en: `"${indicator.nameEn ?? indicator.name}" = ${fmtEn(v)} ${indicator.unit}, below the minimum ${fmtEn(min)}.`,
          }),
        );
      } else if (max !== undefined && v > max) {
        issues.push(
          makeIssue('out_of_range', {
            ...where,
            vi: `«${indicator.name}» = ${fmtVi(v)} ${indicator.unit}, vượt mức tối đa ${fmtVi(max)}.`,
            en: `"${indicator.nameEn ?? indicator.name}" = ${fmtEn(v)} ${indicator.unit}, above the maximum ${fmtEn(max)}.`,
          }),
        );
      } else if (indicator.integer && !Number.isInteger(v)) {
        issues.push(
          makeIssue('out_of_range', {
            ...where,
            vi: `«${indicator.name}» là số đếm nhưng ghi ${fmtVi(v)}; kiểm tra dấu chấm/phẩy phân cách.`,
            en: `"${indicator.nameEn ?? indicator.name}" is a count but reads ${fmtEn(v)}; check the separators.`,
          }),
        );
      }
    }
  }
  return issues;
}
