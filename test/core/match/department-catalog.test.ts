import { createMatcher, matchReports, prepareMatching } from '../../../src/core/match';
import type { Catalog, ReportRow, UnitReport } from '../../../src/core/model';

// A department's own catalog: its ids, its official wordings, no aliases — what a Sở writes in its template.
const department: Catalog = {
  indicators: [
    { id: 'DS01', name: 'Dân số', unit: 'người', group: 'Thông tin chung' },
    { id: 'DS02', name: 'Số hộ gia đình', unit: 'hộ', group: 'Thông tin chung' },
    { id: 'BC01', name: 'Số doanh nghiệp cung cấp dịch vụ bưu chính', unit: 'doanh nghiệp', group: 'Bưu chính' },
    { id: 'BC02', name: 'Số xã có báo đến trong ngày', unit: 'xã', group: 'Bưu chính' },
    { id: 'VT01', name: 'Số thuê bao Internet băng rộng cố định', unit: 'thuê bao', group: 'Viễn thông' },
    { id: 'VT02', name: 'Doanh thu viễn thông', unit: 'triệu đồng', group: 'Viễn thông' },
    { id: 'VT03', name: 'Mật độ thuê bao điện thoại trên 100 dân', unit: 'TB/100 dân', group: 'Viễn thông' },
    {
      id: 'VT04',
      name: 'Tỷ lệ hộ gia đình có kết nối Internet băng rộng cáp quang',
      unit: '%',
      group: 'Viễn thông',
      aggregate: { weightedBy: 'DS02' },
    },
    { id: 'CQS01', name: 'Số dịch vụ công trực tuyến một phần', unit: 'dịch vụ', group: 'Chính quyền số' },
    { id: 'CQS02', name: 'Số dịch vụ công trực tuyến toàn trình', unit: 'dịch vụ', group: 'Chính quyền số' },
    { id: 'CQS03', name: 'Số điểm cầu hội nghị truyền hình trực tuyến', unit: 'điểm', group: 'Chính quyền số' },
    {
      id: 'CQS04',
      name: 'Số camera giám sát kết nối Trung tâm giám sát, điều hành thông minh (IOC)',
      unit: 'camera',
      group: 'Chính quyền số',
    },
    { id: 'TT01', name: 'Số cuộc thanh tra, kiểm tra', unit: 'cuộc', group: 'Thanh tra' },
    { id: 'TT02', name: 'Số tiền xử phạt vi phạm hành chính', unit: 'triệu đồng', group: 'Thanh tra' },
  ],
};

// The wordings issue 12 found left unmatched with such a catalog, each with the ĐVT a unit writes beside it.
const written: [string, string, string][] = [
  ['Tổng dân số', 'người', 'DS01'],
  ['Số dân', 'người', 'DS01'],
  ['Số hộ', 'hộ', 'DS02'],
  ['Số hộ dân', 'hộ', 'DS02'],
  ['Tổng số hộ trên địa bàn', 'hộ', 'DS02'],
  ['Số DN cung ứng dịch vụ bưu chính', 'DN', 'BC01'],
  ['Xã có báo đọc trong ngày phát hành', 'xã', 'BC02'],
  ['TB Internet BRCĐ', 'TB', 'VT01'],
  ['Doanh thu VT', 'triệu đồng', 'VT02'],
  ['Mật độ TB điện thoại (TB/100 dân)', 'TB/100 dân', 'VT03'],
  ['Tỷ lệ hộ gia đình sử dụng Internet cáp quang', '%', 'VT04'],
  ['+ DVCTT một phần', 'dịch vụ', 'CQS01'],
  ['Số điểm cầu THTT', 'điểm', 'CQS03'],
  ['Số camera an ninh kết nối IOC', 'camera', 'CQS04'],
  ['Thanh tra, kiểm tra đã thực hiện (cuộc)', 'cuộc', 'TT01'],
  ['Số tiền phạt vi phạm hành chính đã thu', 'triệu đồng', 'TT02'],
];

const rowOf = (label: string, measure: string, i: number): ReportRow => ({
  label,
  measure,
  raw: 10 + i,
  labelCell: { file: 'x.xlsx', sheet: 'BC', address: `B${i + 5}` },
  valueCell: { file: 'x.xlsx', sheet: 'BC', address: `D${i + 5}` },
});

const reportOf = (rows: ReportRow[]): UnitReport => ({
  unit: 'Xã A',
  unitEvidence: { from: 'title', text: 'Xã A' },
  period: null,
  source: { file: 'x.xlsx', sheet: 'BC' },
  layout: { headerRow: 3, labelCol: 1, valueCol: 3, measureCol: 2, valueHeader: 'Thực hiện', numberStyle: 'vi' },
  rows,
  notes: [],
});

describe('a department’s own catalog: wordings a clerk matches at a glance', () => {
  it.each(written)('reads «%s» (ĐVT %s) in a report as %s, surely', (label, measure, id) => {
    const [results] = matchReports([reportOf([rowOf(label, measure, 0)])], prepareMatching(department));
    expect(results[0]).toMatchObject({ kind: 'matched', id, tier: 'sure' });
  });

  it('decides a whole report of them, each row its own indicator', () => {
    const rows = written.map(([label, measure], i) => rowOf(label, measure, i));
    const [results] = matchReports([reportOf(rows)], prepareMatching(department));
    const ids = results.map((r) => (r.kind === 'matched' ? r.id : r.kind));
    expect(ids).toEqual(written.map(([, , id]) => id));
  });

  it('reads the label alone the same way where it can (no ĐVT)', () => {
    const matcher = createMatcher(department);
    const alone = written.filter(([label]) => !['Số hộ', 'Số dân'].includes(label));
    for (const [label, , id] of alone)
      expect([label, matcher.match(label)]).toMatchObject([label, { kind: 'matched', id }]);
  });

  it('links the department’s indicators to the built-in ones they are, and borrows their checks', () => {
    const matching = prepareMatching(department);
    const linked = new Map(matching.links.map((l) => [l.id, l.builtinId]));
    expect(linked.get('DS01')).toBe('population');
    expect(linked.get('DS02')).toBe('households');
    expect(linked.get('VT01')).toBe('fixed_broadband_subscribers');
    // The built-in "households ≤ population" rule, in the department's ids; its own fields are kept.
    const households = matching.catalog.indicators.find((i) => i.id === 'DS02');
    expect(households?.rules).toEqual([{ lte: 'DS01' }]);
    expect(households?.name).toBe('Số hộ gia đình');
  });
});
