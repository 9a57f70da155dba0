import type { Issue } from '../model';
import { formatCellRef } from '../address/address';
import { makeIssue, unitValues, type CheckContext } from './context';

/** duplicate_conflict: the same indicator twice in one report with different figures; both cells named. */
export function checkDuplicates({ summary }: CheckContext): Issue[] {
  const issues: Issue[] = [];
  for (const row of summary.rows) {
    for (const [unit, value] of unitValues(row)) {
      if (!value.duplicates) continue;
      for (const dup of value.duplicates) {
        if (dup.value === value.value && dup.figure.kind === value.figure.kind) continue;
        issues.push(
          makeIssue('duplicate_conflict', {
            unit,
            indicator: row.indicator.id,
            cell: value.cell,
            related: [dup.cell],
            vi: `«${row.indicator.name}» có hai dòng với số liệu khác nhau: «${value.figure.raw}» ở ${value.cell.address} và «${dup.figure.raw}» ở ${dup.cell.address}; tổng hợp đang dùng ô ${value.cell.address}.`,
            en: `"${row.indicator.nameEn ?? row.indicator.name}" appears twice with different figures: "${value.figure.raw}" at ${value.cell.address} and "${dup.figure.raw}" at ${formatCellRef(dup.cell)}; the summary uses ${value.cell.address}.`,
          }),
        );
      }
    }
  }
  return issues;
}
