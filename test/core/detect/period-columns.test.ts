import { detectReport } from '../../../src/core/detect';
import { periodFit } from '../../../src/core/detect/column-period';
import { looseKey } from '../../../src/core/detect/fold';
import type { CellValue } from '../../../src/core/model';
import { grid } from './grids';

describe("periodFit: how a column header fits the report's period", () => {
  it.each<[string, string, number]>([
    ['Lũy kế 6 tháng đầu năm 2024', '2024-H1', 3],
    ['Lũy kế 6 tháng', '2024-H1', 2],
    ['Thực hiện tháng 6/2024', '2024-H1', 0],
    ['Thực hiện trong tháng', '2024-H1', 0],
    ['Lũy kế', '2024-H1', 2],
    ['Cộng dồn từ đầu năm', '2024-M9', 2],
    ['Lũy kế đến 30/9/2024', '2024-M9', 3],
    ['Quý III/2024', '2024-M9', 0],
    ['9 tháng năm 2024', '2024-M9', 3],
    ['Lũy kế năm 2024', '2024-Y', 3],
    ['Tháng 12/2024', '2024-Y', 0],
    ['Năm 2023', '2024-Y', 0],
    ['Năm 2024', '2024-Y', 3],
    ['Tháng 10/2025', '2025-10', 3],
    ['Lũy kế 10 tháng', '2025-10', 0],
    ['Lũy kế từ đầu năm', '2025-03', 0],
    ['Quý II/2025', '2025-Q2', 3],
    ['6 tháng đầu năm 2025', '2025-Q2', 0],
    ['6 tháng cuối năm 2024', '2024-H2', 3],
    ['Lũy kế năm 2024', '2024-H2', 0],
    ['Ước thực hiện 6 tháng', '2024-H1', 2],
    ['Thực hiện 5 tháng', '2024-H1', 0],
    ['Số liệu kỳ báo cáo', '2024-H1', 2],
    ['Thực hiện', '2024-H1', 1],
    ['Thực hiện năm 2025 Tháng 6', '2025-H1', 0],
    ['Thực hiện năm 2025 6 tháng đầu năm', '2025-H1', 3],
  ])('"%s" in a %s report → %i', (header, key, fit) => {
    expect(periodFit(looseKey(header), key)).toBe(fit);
  });
  it('says nothing when the period is not known', () => {
    expect(periodFit(looseKey('Tháng 6'), null)).toBe(1);
  });
});

const title = (period: string): CellValue[][] => [['UBND XÃ TÂN TIẾN'], [`BÁO CÁO ${period}`], [null]];
const rows: CellValue[][] = [
  ['1', 'Số trạm BTS', 'trạm', 2, 40, 45],
  ['2', 'Số hồ sơ trực tuyến', 'hồ sơ', 120, 900, 1000],
];
const report = (period: string, header: string[], options: { period?: string } = {}) => {
  const result = detectReport(grid([...title(period), ['STT', 'Chỉ tiêu', 'ĐVT', ...header], ...rows]), options);
  if (result.kind !== 'report') throw new Error(`not a report: ${result.reason}`);
  return result.report;
};

describe('the period decides the result column', () => {
  test('a 6-month report takes the cumulative column, not the last month', () => {
    const r = report('6 tháng đầu năm 2024', ['Thực hiện tháng 6', 'Lũy kế 6 tháng', 'Kế hoạch năm']);
    expect(r.layout.valueHeader).toBe('Lũy kế 6 tháng');
    expect(r.rows.map((x) => x.raw)).toEqual([40, 900]);
  });

  test('a monthly report takes the month', () => {
    const r = report('tháng 6 năm 2024', ['Thực hiện tháng 6', 'Lũy kế 6 tháng', 'Kế hoạch năm']);
    expect(r.layout.valueHeader).toBe('Thực hiện tháng 6');
  });

  test('an estimate column is used and its figures marked as estimates', () => {
    const r = report('6 tháng đầu năm 2024', ['Thực hiện 5 tháng', 'Ước thực hiện 6 tháng', 'Kế hoạch năm']);
    expect(r.layout.valueHeader).toBe('Ước thực hiện 6 tháng');
    expect(r.rows.every((x) => x.estimate)).toBe(true);
    expect(r.notes.join(' ')).toMatch(/ước tính/);
  });

  test('without a period in the title, the period being consolidated decides', () => {
    const header = ['STT', 'Chỉ tiêu', 'ĐVT', 'Tháng 9', '9 tháng', 'Kế hoạch năm'];
    const result = detectReport(grid([['UBND XÃ TÂN TIẾN'], ['BIỂU SỐ LIỆU'], [null], header, ...rows]), {
      period: '9 tháng năm 2024',
    });
    expect(result.kind === 'report' && result.report.layout.valueHeader).toBe('9 tháng');
  });

  test('when no column is of the period, the sheet is skipped with the reason — never the first number column', () => {
    const result = detectReport(
      grid([
        ...title('6 tháng đầu năm 2024'),
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Tháng 5', 'Tháng 6', 'Kế hoạch năm'],
        ...rows,
      ]),
    );
    expect(result.kind).toBe('not_report');
    expect(result.kind === 'not_report' && result.reason).toBe(
      'Không có cột số liệu của kỳ «6 tháng đầu năm 2024»: các cột «Tháng 5», «Tháng 6» là của kỳ khác',
    );
  });

  test('the measure a result column names is kept for every row of its table', () => {
    const r = report('6 tháng đầu năm 2024', ['Thực hiện 6 tháng (ĐVT: triệu đồng)', 'Ghi chú']);
    expect(r.layout.valueHeader).toBe('Thực hiện 6 tháng (ĐVT: triệu đồng)');
    expect(r.rows.map((x) => x.headerMeasure)).toEqual(['triệu đồng', 'triệu đồng']);
  });

  test('a note over the table ("Đơn vị tính: triệu đồng") is kept for every row of its table', () => {
    const result = detectReport(
      grid([
        ...title('năm 2024'),
        [null, null, null, 'Đơn vị tính: triệu đồng'],
        ['STT', 'Chỉ tiêu', 'Thực hiện năm 2024'],
        ['1', 'Doanh thu bưu chính', '1.250'],
      ]),
    );
    expect(result.kind === 'report' && result.report.rows[0].tableMeasure).toBe('triệu đồng');
  });
});
