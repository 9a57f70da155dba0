import type { Issue, Summary, UnmatchedLabel } from '../model';
import { makeIssue, type CheckContext } from './context';

/** A candidate this similar makes an unmatched row "probably" that indicator: it could be the row the unit wrote for it. */
export const MAYBE_SCORE = 0.5;

/** The indicators an unmatched row could be: its candidates close enough to be the row a unit wrote for them. */
export function maybeIds(label: UnmatchedLabel): string[] {
  return label.candidates.filter((c) => c.score >= MAYBE_SCORE).map((c) => c.id);
}

/** Per unit, the indicators some unmatched row of its report could be. */
export function maybeByUnit(summary: Summary): Map<string, Set<string>> {
  const byUnit = new Map<string, Set<string>>();
  for (const label of summary.unmatched) {
    let ids = byUnit.get(label.unit);
    if (!ids) byUnit.set(label.unit, (ids = new Set()));
    for (const id of maybeIds(label)) ids.add(id);
  }
  return byUnit;
}

/**
 * label_unmatched: a row the engine would not guess; a person decides on the mapping sheet. A row that could be an
 * indicator the unit has no other row for says so, on that indicator's cell, as a warning: its figure is not in the
 * summary yet. (That indicator is then not also reported missing.)
 */
export function checkUnmatched({ summary }: CheckContext): Issue[] {
  const names = new Map(summary.catalog.indicators.map((i) => [i.id, i.name]));
  const namesEn = new Map(summary.catalog.indicators.map((i) => [i.id, i.nameEn ?? i.name]));
  return summary.unmatched.map((u) => {
    const maybe = maybeIds(u);
    const absent = maybe.find((id) => !summary.rows.find((r) => r.indicator.id === id)?.values[u.unit]);
    const best = u.candidates.slice(0, 2).map((c) => `«${names.get(c.id) ?? c.id}»`).join(' hoặc ');
    const bestEn = u.candidates.slice(0, 2).map((c) => `"${namesEn.get(c.id) ?? c.id}"`).join(' or ');
    if (absent) {
      return makeIssue('label_unmatched', {
        severity: 'warning',
        unit: u.unit,
        indicator: absent,
        cell: u.cell,
        vi: `Dòng «${u.label}» có thể là «${names.get(absent) ?? absent}» (báo cáo không có dòng nào khác cho chỉ tiêu này) nhưng chưa chắc chắn, nên chưa tính vào tổng${maybe.length > 1 ? `; cũng gần ${best}` : ''}. Hãy chọn trên trang «Đối chiếu».`,
        en: `Row "${u.label}" may be "${namesEn.get(absent) ?? absent}" (the report has no other row for it) but not surely, so it is not in the total yet${maybe.length > 1 ? `; also close: ${bestEn}` : ''}. Decide on the "Đối chiếu" sheet.`,
      });
    }
    return makeIssue('label_unmatched', {
      unit: u.unit,
      cell: u.cell,
      vi: `Chưa xác định được chỉ tiêu cho dòng «${u.label}»${best ? `; gần nhất: ${best}` : ''}. Hãy chọn trên trang «Đối chiếu».`,
      en: `No indicator decided for the row "${u.label}"${bestEn ? `; closest: ${bestEn}` : ''}.`,
    });
  });
}
