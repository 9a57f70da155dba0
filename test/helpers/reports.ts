import type { Catalog, CellValue, MatchResult, ReportRow, UnitInfo, UnitReport } from '../../src/core/model';
import { mergeReports, type MatchedReport } from '../../src/core/merge';

/** A small catalog shaped like the real one: counts, a ratio, a weighted rate, a rule. */
export const smallCatalog: Catalog = {
  indicators: [
    { id: 'population', name: 'Dân số', unit: 'người', group: 'Dân số – quy mô', integer: true, min: 0 },
    { id: 'households', name: 'Số hộ gia đình', unit: 'hộ', group: 'Dân số – quy mô', integer: true, min: 0 },
    {
      id: 'bts',
      name: 'Số trạm thu phát sóng thông tin di động (BTS)',
      unit: 'trạm',
      group: 'Viễn thông',
      integer: true,
      min: 0,
      sizeBy: 'population',
    },
    {
      id: 'mobile_subscribers',
      name: 'Số thuê bao điện thoại di động',
      unit: 'thuê bao',
      group: 'Viễn thông',
      integer: true,
      min: 0,
      sizeBy: 'population',
    },
    {
      id: 'mobile_density',
      name: 'Mật độ thuê bao di động',
      unit: 'thuê bao/100 dân',
      group: 'Viễn thông',
      aggregate: { ratio: ['mobile_subscribers', 'population'], scale: 100 },
      min: 0,
    },
    {
      id: 'fibre_households_rate',
      name: 'Tỷ lệ hộ gia đình có cáp quang',
      unit: '%',
      group: 'Viễn thông',
      aggregate: { weightedBy: 'households' },
    },
    {
      id: 'online_services',
      name: 'Số dịch vụ công trực tuyến',
      unit: 'dịch vụ',
      group: 'Dịch vụ công trực tuyến',
      integer: true,
      min: 0,
    },
    {
      id: 'online_services_partial',
      name: 'Dịch vụ công trực tuyến một phần',
      unit: 'dịch vụ',
      group: 'Dịch vụ công trực tuyến',
      integer: true,
      min: 0,
      rules: [{ lte: 'online_services' }],
    },
    {
      id: 'online_services_full',
      name: 'Dịch vụ công trực tuyến toàn trình',
      unit: 'dịch vụ',
      group: 'Dịch vụ công trực tuyến',
      integer: true,
      min: 0,
      rules: [{ lte: 'online_services' }],
    },
    {
      id: 'telecom_revenue',
      name: 'Doanh thu viễn thông',
      unit: 'triệu đồng',
      group: 'Viễn thông',
      min: 0,
      optional: true,
    },
  ],
};
smallCatalog.indicators[6].rules = [{ sumOfLte: ['online_services_partial', 'online_services_full'] }];

type RowSpec = [id: string, raw: CellValue, extra?: Partial<ReportRow>];

/** A unit report whose rows are already matched to the given indicator ids. */
export function unitReport(unit: string, rows: RowSpec[], period = '6 tháng đầu năm 2022'): MatchedReport {
  const file = `${unit}.xlsx`;
  // Units fill the department's template, whose ĐVT column gives each indicator's measure.
  const reportRows: ReportRow[] = rows.map(([id, raw, extra], i) => {
    const indicator = smallCatalog.indicators.find((x) => x.id === id);
    return {
      label: indicator?.name ?? id,
      labelCell: { file, sheet: 'Sheet1', address: `B${i + 8}` },
      valueCell: { file, sheet: 'Sheet1', address: `D${i + 8}` },
      raw,
      ...(indicator ? { measure: indicator.unit } : {}),
      ...extra,
    };
  });
  const report: UnitReport = {
    unit,
    unitEvidence: { from: 'title', text: unit },
    period,
    source: { file, sheet: 'Sheet1' },
    layout: { headerRow: 6, labelCol: 1, valueCol: 3, measureCol: 2, valueHeader: 'Thực hiện', numberStyle: 'vi' },
    rows: reportRows,
    notes: [],
  };
  const info: UnitInfo = { name: unit, source: `${file}#Sheet1`, period, report };
  const match = (id: string): MatchResult =>
    smallCatalog.indicators.some((x) => x.id === id)
      ? {
          kind: 'matched',
          id,
          tier: 'sure',
          confidence: 1,
          reason: 'khớp chính xác tên chỉ tiêu',
          reasonEn: 'the indicator’s name exactly',
          evidence: [],
          candidates: [],
        }
      : {
          kind: 'unmatched',
          reason: 'không đủ giống',
          reasonEn: 'not similar enough',
          evidence: [],
          candidates: [{ id: 'bts', score: 0.4 }],
        };
  return { unit: info, rows: reportRows.map((row, i) => ({ row, match: match(rows[i][0]) })) };
}

export function merged(reports: MatchedReport[]) {
  return mergeReports(reports, smallCatalog);
}

import type { Summary } from '../../src/core/model';
import { checkSummary } from '../../src/core/check';
import type { MeasureConflict } from '../../src/core/merge';

/** Summary and issues for matched reports, as consolidate builds them (without detection). */
export function checked(reports: MatchedReport[], options: { expectedUnits?: string[]; period?: string } = {}) {
  const m = merged(reports);
  const names = reports.map((r) => r.unit.name);
  const summary: Summary = {
    catalog: smallCatalog,
    period: options.period ?? '6 tháng đầu năm 2022',
    units: reports.map((r) => r.unit),
    missingUnits: (options.expectedUnits ?? []).filter((u) => !names.includes(u)),
    ...(options.expectedUnits ? { expected: options.expectedUnits.map((name) => ({ name })) } : {}),
    rows: m.rows,
    unmatched: m.unmatched,
    mapping: m.mapping,
  };
  const measureConflicts: MeasureConflict[] = m.measureConflicts;
  return { summary, issues: checkSummary({ summary, measureConflicts, period: summary.period }), skipped: [] };
}
