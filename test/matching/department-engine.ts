/*
 * The synthetic reports through the whole engine, as the product sees them: each report becomes a sheet (title,
 * header, section rows, STT | Chỉ tiêu | ĐVT | Kết quả) and `consolidate` decides every row with whatever matching
 * the engine has. Whatever lands on the Đối chiếu sheet (the summary's mapping) is the row's assignment; a row the
 * engine did not keep as a data row counts as unmatched. Needs no adapter: it follows the engine as it changes.
 */
import { consolidate } from '../../src/core/consolidate';
import type { Grid, CellValue } from '../../src/core/model';
import type { EvalAssignment } from './department-adapter';
import { countDoubled, scoreRows, type DepartmentFigures } from './department-eval';
import type { DepartmentSet } from './department/define';
import { reportsOf, type EvalReport } from './department/reports';

/** A report as a sheet; `labelCells[i]` is the address of row i's label. */
export function reportGrid(report: EvalReport, file: string): { grid: Grid; labelCells: string[] } {
  const values: CellValue[][] = [
    [`UBND ${report.unit.toLocaleUpperCase('vi')}`],
    [`Báo cáo số liệu thông tin và truyền thông, chuyển đổi số ${report.period.replace(/ \(kỳ trước\)$/, '')}`],
    [],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Kết quả'],
  ];
  const labelCells: string[] = [];
  let section: string | undefined;
  let n = 0;
  for (const row of report.rows) {
    if (row.section !== undefined && row.section !== section) values.push([null, row.section, null, null]);
    section = row.section;
    labelCells.push(`B${values.length + 1}`);
    values.push([++n, row.label, row.measure ?? null, row.value ?? null]);
  }
  return { grid: { name: 'Sheet1', source: { file, sheet: 'Sheet1' }, values }, labelCells };
}

/**
 * Assignments the engine gives the reports' rows. Reports are consolidated in batches of distinct units (a unit
 * reported twice is two periods, and one run takes one report per unit). The tier is the mapping row's.
 */
export function engineAssignments(set: DepartmentSet, reports: EvalReport[]): EvalAssignment[][] {
  const out: EvalAssignment[][] = reports.map((r) => r.rows.map(() => ({ id: null, tier: 'unmatched' as const })));
  const batches = new Map<number, number[]>();
  reports.forEach((_, k) =>
    batches.set(Math.floor(k / set.units.length), [...(batches.get(Math.floor(k / set.units.length)) ?? []), k]),
  );
  for (const indexes of batches.values()) {
    const sheets = indexes.map((k) => ({ k, ...reportGrid(reports[k], `bao-cao-${k + 1}.xlsx`) }));
    const result = consolidate(
      sheets.map((s) => s.grid),
      { catalog: set.catalog, expectedUnits: set.units },
    );
    const byCell = new Map(result.summary.mapping.map((m) => [`${m.cell.file}!${m.cell.address}`, m]));
    for (const { k, grid, labelCells } of sheets) {
      labelCells.forEach((address, i) => {
        const m = byCell.get(`${grid.source.file}!${address}`);
        if (m?.indicatorId) out[k][i] = { id: m.indicatorId, tier: m.tier ?? 'likely' };
      });
    }
  }
  return out;
}

/** The set's reports through the engine, scored like the adapter's figures. */
export function evaluateSetThroughEngine(
  set: DepartmentSet,
  reports: EvalReport[] = reportsOf(set),
): DepartmentFigures {
  const got = engineAssignments(set, reports);
  return scoreRows(
    reports.flatMap((r) => r.rows),
    got.flat(),
    reports.flatMap((r) => r.rows.map(() => r.unit)),
    countDoubled(got),
  );
}
