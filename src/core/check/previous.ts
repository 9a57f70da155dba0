import type { Issue } from '../model';
import { measureKind } from '../catalog';
import { fmtEn, fmtVi, makeIssue, type CheckContext } from './context';

/** A thousand-separator slip moves a figure ~1000×; real change between two periods almost never reaches 300×. */
const SCALE_FACTOR = 300;
/** Counts rarely grow 5× or shrink to a fifth between periods; rates rarely move 30 points. */
const JUMP_FACTOR = 5;
const JUMP_POINTS = 30;
/** Small counts (2 → 11 inspections) jump by chance; they are not worth a flag. */
const MIN_ABSOLUTE_CHANGE = 20;

/** scale_suspect and outlier against the previous period's figure of the same unit, when one is given. */
export function checkAgainstPrevious({ summary }: CheckContext): Issue[] {
  const previous = summary.previous;
  if (!previous) return [];
  const issues: Issue[] = [];
  for (const row of summary.rows) {
    const { indicator } = row;
    const percent = measureKind(indicator.unit) === 'percent';
    for (const [unit, value] of Object.entries(row.values)) {
      const now = value.value;
      const before = previous.values[unit]?.[indicator.id];
      if (typeof now !== 'number' || typeof before !== 'number') continue;
      const where = { unit, indicator: indicator.id, cell: value.cell };
      const periodText = previous.period ? ` (${previous.period})` : '';
      if (percent) {
        if (Math.abs(now - before) < JUMP_POINTS) continue;
        issues.push(
          makeIssue('outlier', {
            ...where,
            vi: `«${indicator.name}» đổi từ ${fmtVi(before)}% kỳ trước${periodText} thành ${fmtVi(now)}%: thay đổi bất thường, đề nghị kiểm tra.`,
            en: `"${indicator.nameEn ?? indicator.name}" moved from ${fmtEn(before)}% to ${fmtEn(now)}% since the previous period.`,
          }),
        );
        continue;
      }
      if (now <= 0 || before <= 0) continue;
      const factor = now / before;
      if (factor >= SCALE_FACTOR || factor <= 1 / SCALE_FACTOR) {
        issues.push(
          makeIssue('scale_suspect', {
            ...where,
            vi: `«${indicator.name}» = ${fmtVi(now)}, kỳ trước${periodText} là ${fmtVi(before)} (gấp khoảng ${fmtVi(Number(factor >= 1 ? factor.toPrecision(2) : (1 / factor).toPrecision(2)))} lần${factor < 1 ? ' nhỏ hơn' : ''}). Có thể nhầm dấu phân cách hàng nghìn hoặc đơn vị tính.`,
            en: `"${indicator.nameEn ?? indicator.name}" = ${fmtEn(now)} against ${fmtEn(before)} in the previous period: a thousand-separator or measure slip?`,
          }),
        );
      } else if (
        (factor >= JUMP_FACTOR || factor <= 1 / JUMP_FACTOR) &&
        Math.abs(now - before) >= MIN_ABSOLUTE_CHANGE
      ) {
        issues.push(
          makeIssue('outlier', {
            ...where,
            vi: `«${indicator.name}» = ${fmtVi(now)}, kỳ trước${periodText} là ${fmtVi(before)}: thay đổi bất thường, đề nghị kiểm tra.`,
            en: `"${indicator.nameEn ?? indicator.name}" = ${fmtEn(now)} against ${fmtEn(before)} in the previous period: an unusual jump.`,
          }),
        );
      }
    }
  }
  return issues;
}
