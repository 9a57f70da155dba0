import type { Grid } from '../../src/core/model';
import { previousFromReportJson, previousFromSummaryGrid, previousFromWorkbook } from '../../src/core/previous';
import { renderWorkbook } from '../../src/core/render';
import { checked, unitReport } from '../helpers/reports';
import { smallCatalog } from '../helpers/reports';

describe('previous period figures', () => {
  it('read from an earlier report.json', () => {
    const json = {
      version: 1,
      period: 'năm 2021',
      indicators: [{ id: 'bts', total: 30, values: { 'Huyện Bù Đốp': 12, 'Huyện Lộc Ninh': null } }],
    };
    const r = previousFromReportJson(json, 'report-2021.json');
    expect(r).toEqual({
      ok: true,
      previous: {
        period: 'năm 2021',
        source: 'report-2021.json',
        totals: { bts: 30 },
        values: { 'Huyện Bù Đốp': { bts: 12 }, 'Huyện Lộc Ninh': { bts: null } },
      },
    });
  });

  it('refuse a file that is not report.json version 1, saying which', () => {
    expect(previousFromReportJson({ indicators: [] }, 'x.json')).toEqual({
      ok: false,
      reason: 'x.json không phải report.json phiên bản 1',
    });
  });

  it('read from the summary sheet of an earlier consolidated workbook', () => {
    const grid = {
      name: 'Tổng hợp',
      source: { file: 'tong-hop-2021.xlsx', sheet: 'Tổng hợp' },
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
    expect(r.ok && r.previous).toEqual({
      period: 'năm 2021',
      source: 'tong-hop-2021.xlsx#Tổng hợp',
      totals: { bts: 30 },
      values: { 'Huyện Bù Đốp': { bts: 12 }, 'Huyện Lộc Ninh': { bts: 18 } },
    });
  });

  it('read back from a workbook this version wrote, whichever layout its per-unit sheet has', () => {
    const result = checked(
      [
        unitReport('Xã Tân Tiến', [
          ['population', 12000],
          ['bts', 9],
        ]),
        unitReport('Xã Tân Phú', [
          ['population', 8000],
          ['bts', 4],
        ]),
      ],
      { period: 'năm 2025' },
    );
    for (const [layout, lang] of [
      ['rows', 'vi'],
      ['columns', 'vi'],
      ['rows', 'en'],
      ['columns', 'en'],
    ] as const) {
      const spec = renderWorkbook(result, { generatedAt: '2026-01-15', province: 'Đồng Nai', layout, lang });
      const grids: Grid[] = spec.sheets.map((s) => ({
        name: s.name,
        source: { file: 'truoc.xlsx', sheet: s.name },
        values: s.rows.map((r) => r.map((c) => c?.value ?? null)),
      }));
      const r = previousFromWorkbook(grids, smallCatalog, 'truoc.xlsx');
      expect([layout, r.ok && r.previous.period]).toEqual([layout, 'năm 2025']);
      expect(r.ok && r.previous.totals).toMatchObject({ bts: 13, population: 20000 });
      expect(r.ok && r.previous.values).toEqual({
        'Xã Tân Tiến': expect.objectContaining({ bts: 9, population: 12000 }),
        'Xã Tân Phú': expect.objectContaining({ bts: 4, population: 8000 }),
      });
    }
  });

  it('read from the overview alone give the province figures, never its statistics as units', () => {
    const result = checked([unitReport('Xã Tân Tiến', [['bts', 9]]), unitReport('Xã Tân Phú', [['bts', 4]])], {
      period: 'năm 2025',
    });
    const overview = renderWorkbook(result, { generatedAt: '2026-01-15' }).sheets[0];
    const grid: Grid = {
      name: overview.name,
      source: { file: 'truoc.xlsx', sheet: overview.name },
      values: overview.rows.map((r) => r.map((c) => c?.value ?? null)),
    };
    const r = previousFromSummaryGrid(grid, smallCatalog);
    expect(r.ok && r.previous).toMatchObject({ period: 'năm 2025', totals: { bts: 13 }, values: {} });
  });
});
