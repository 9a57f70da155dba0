import { previousFromReportJson, previousFromSummaryGrid } from '../../src/core/previous';
import { smallCatalog } from '../helpers/reports';

describe('previous period figures', () => {
  it('read from an earlier report.json', () => {
    const json = { version: 1, period: 'năm 2021', indicators: [{ id: 'bts', total: 30, values: { 'Huyện Bù Đốp': 12, 'Huyện Lộc Ninh': null } }] };
    const r = previousFromReportJson(json, 'report-2021.json');
    expect(r).toEqual({ ok: true, previous: { period: 'năm 2021', source: 'report-2021.json', totals: { bts: 30 }, values: { 'Huyện Bù Đốp': { bts: 12 }, 'Huyện Lộc Ninh': { bts: null } } } });
  });

  it('refuse a file that is not report.json version 1, saying which', () => {
    expect(previousFromReportJson({ indicators: [] }, 'x.json')).toEqual({ ok: false, reason: 'x.json không phải report.json phiên bản 1' });
  });

  it('read from the summary sheet of an earlier consolidated workbook', () => {
    const grid = {
      name: 'Tổng hợp', source: { file: 'tong-hop-2021.xlsx', sheet: 'Tổng hợp' },
      values: [
        ['BẢNG TỔNG HỢP SỐ LIỆU THÔNG TIN VÀ TRUYỀN THÔNG'],
        ['Tỉnh Bình Phước — Kỳ báo cáo: năm 2021'],
        ['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn tỉnh', 'Huyện Bù Đốp', 'Huyện Lộc Ninh'],
        ['I', 'Viễn thông', null, null, null, null],
        [1, 'Số trạm thu phát sóng thông tin di động (BTS)', 'trạm', 30, 12, 18],
        [2, 'Chỉ tiêu lạ', 'cái', 1, 1, null],
      ],
    };
    const r = previousFromSummaryGrid(grid, smallCatalog);
    expect(r.ok && r.previous).toEqual({ period: 'năm 2021', source: 'tong-hop-2021.xlsx#Tổng hợp', totals: { bts: 30 }, values: { 'Huyện Bù Đốp': { bts: 12 }, 'Huyện Lộc Ninh': { bts: 18 } } });
  });
});
