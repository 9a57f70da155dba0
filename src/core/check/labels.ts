import type { Issue, Summary, UnmatchedLabel } from '../model';
import { foldKey } from '../text';
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
  // Rows like no indicator at all (a unit's own extra rows) are one note per wording, however many units wrote it.
  const own = new Map<string, UnmatchedLabel[]>();
  const issues: Issue[] = [];
  for (const u of summary.unmatched) {
    if (maybeIds(u).length > 0) continue;
    const key = foldKey(u.label);
    const group = own.get(key);
    if (group) group.push(u);
    else own.set(key, [u]);
  }
  for (const group of own.values()) {
    if (group.length === 1) continue;
    const [u] = group;
    const units = [...new Set(group.map((g) => g.unit))];
    issues.push(
      makeIssue('label_unmatched', {
        cell: u.cell,
        related: group.slice(1).map((g) => g.cell),
        vi: `${units.length} đơn vị có dòng «${u.label}», không giống chỉ tiêu nào của danh mục (${units.join(', ')}); không tính vào tổng. Nếu cần, chọn chỉ tiêu trên trang «Đối chiếu».`,
        en: `${units.length} units have the row "${u.label}", like no indicator of the catalog (${units.join(', ')}); not in the totals. If needed, choose one on the "Đối chiếu" sheet.`,
      }),
    );
  }
  const grouped = new Set([...own.values()].filter((g) => g.length > 1).flat());
  return [
    ...issues,
    ...summary.unmatched
      .filter((u) => !grouped.has(u))
      .map((u) => {
        const maybe = maybeIds(u);
        const absent = maybe.find((id) => !summary.rows.find((r) => r.indicator.id === id)?.values[u.unit]);
        const best = u.candidates
          .slice(0, 2)
          .map((c) => `«${names.get(c.id) ?? c.id}»`)
          .join(' hoặc ');
        const bestEn = u.candidates
          .slice(0, 2)
          .map((c) => `"${namesEn.get(c.id) ?? c.id}"`)
          .join(' or ');
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
      }),
  ];
}
