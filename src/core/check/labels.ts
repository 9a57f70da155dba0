import type { Issue } from '../model';
import { makeIssue, type CheckContext } from './context';

/** label_unmatched: a row the engine would not guess; a person decides on the mapping sheet. */
export function checkUnmatched({ summary }: CheckContext): Issue[] {
  const names = new Map(summary.catalog.indicators.map((i) => [i.id, i.name]));
  const namesEn = new Map(summary.catalog.indicators.map((i) => [i.id, i.nameEn ?? i.name]));
  return summary.unmatched.map((u) => {
    const best = u.candidates.slice(0, 2).map((c) => `«${names.get(c.id) ?? c.id}»`).join(' hoặc ');
    return makeIssue('label_unmatched', {
      unit: u.unit, cell: u.cell,
      vi: `Chưa xác định được chỉ tiêu cho dòng «${u.label}»${best ? `; gần nhất: ${best}` : ''}. Hãy chọn trên trang «Đối chiếu».`,
      en: `No indicator decided for the row "${u.label}"${u.candidates.length ? `; closest: ${u.candidates.slice(0, 2).map((c) => `"${namesEn.get(c.id) ?? c.id}"`).join(' or ')}` : ''}.`,
    });
  });
}
