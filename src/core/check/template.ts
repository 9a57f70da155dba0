import type { Issue } from '../model';
import { catalogVersion } from '../catalog/catalog-version';
import { makeIssue, type CheckContext } from './context';

/**
 * template_mismatch: a report in a form generated from another version of the catalog (an indicator renamed,
 * added or removed since). Its ids were not trusted: its rows were matched by their labels, which a person checks.
 */
export function checkTemplateVersions({ summary }: CheckContext): Issue[] {
  const version = catalogVersion(summary.catalog);
  return summary.units.flatMap((unit) => {
    const used = unit.report.templateVersion;
    if (used === undefined || used === version) return [];
    return [
      makeIssue('template_mismatch', {
        unit: unit.name,
        cell: { file: unit.report.source.file, sheet: unit.report.source.sheet, address: 'A1' },
        vi: `${unit.name} gửi báo cáo theo mẫu của một danh mục khác (phiên bản ${used}, danh mục đang dùng: ${version}): các dòng được đối chiếu theo tên chỉ tiêu, không theo mã; hãy xem trang «Đối chiếu» và gửi mẫu mới cho kỳ sau.`,
        en: `${unit.name} used a form made from another catalog (version ${used}; this catalog is ${version}): its rows were matched by their labels, not by id; check the mapping sheet and send the new form next period.`,
      }),
    ];
  });
}
