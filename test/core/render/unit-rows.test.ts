import type { CellSpec, ConsolidationResult, SheetSpec } from '../../../src/core/model';
import { renderWorkbook, SEVERITY_FILL, unitsLayout } from '../../../src/core/render';
import { columnPoints, printableWidth } from '../../../src/core/render/page-fit';
import { checked, unitReport } from '../../helpers/reports';

// The official list, in its order; the reports arrive in another order, and one unit sent nothing.
const OFFICIAL = ['Phường Tân Bình', 'Xã Tân Phú', 'Xã Lộc Hưng', 'Xã Tân Tiến'];
const result = checked(
  [
    unitReport('Xã Tân Tiến', [
      ['population', 12000],
      ['bts', 9],
      ['fibre_households_rate', 61.5],
    ]),
    unitReport('Xã Tân Phú', [
      ['population', 8000],
      ['bts', 'đang cập nhật'],
      ['fibre_households_rate', 112],
    ]),
    unitReport('Phường Tân Bình', [
      ['population', 30000],
      ['bts', 21],
      ['fibre_households_rate', 88],
    ]),
  ],
  { expectedUnits: OFFICIAL },
);

const unitsSheet = (r: ConsolidationResult, layout: 'rows' | 'columns' | 'auto' = 'rows'): SheetSpec =>
  renderWorkbook(r, { generatedAt: '2026-07-15', layout }).sheets.find((s) => s.name === 'Theo đơn vị')!;
const sheet = unitsSheet(result);
const headerRow = sheet.rows.findIndex((r) => r[0]?.value === 'STT');
const unitRows = (s: SheetSpec): (CellSpec | null)[][] => s.rows.slice(s.autoFilter!.row + 1, s.autoFilter!.toRow! + 1);
const column = (s: SheetSpec, name: string): number =>
  s.rows[s.autoFilter!.row].findIndex((c) => String(c?.value).startsWith(`${name}\n`));

describe('«Theo đơn vị» with units as rows', () => {
  it('has one row per unit in the official order, those that sent nothing included and marked', () => {
    expect(unitRows(sheet).map((r) => r[1]?.value)).toEqual(OFFICIAL);
    const missing = unitRows(sheet)[2];
    expect(missing[3]?.value).toBe('Chưa gửi báo cáo');
    expect(missing[1]?.style?.fill).toBe(SEVERITY_FILL.error);
  });

  it('gives each unit its kind and how complete its report is, and links its name to its report', () => {
    const [ward, commune] = unitRows(sheet);
    expect(ward.slice(0, 4).map((c) => c?.value)).toEqual([1, 'Phường Tân Bình', 'Phường', '3/9']);
    expect(commune[2]?.value).toBe('Xã');
    expect(ward[1]?.link).toBe("#'Sheet1'!A1");
  });

  it('lists units by their official codes when every unit has one', () => {
    const coded = structuredClone(result);
    const codes: Record<string, string> = { 'Xã Tân Tiến': '25501', 'Xã Tân Phú': '25519', 'Phường Tân Bình': '25600' };
    for (const u of coded.summary.units) u.code = codes[u.name];
    coded.summary.expected = undefined;
    coded.summary.missingUnits = [];
    const s = unitsSheet(coded);
    expect(unitRows(s).map((r) => [r[1]?.value, r[2]?.value])).toEqual([
      ['Xã Tân Tiến', '25501'],
      ['Xã Tân Phú', '25519'],
      ['Phường Tân Bình', '25600'],
    ]);
    expect(s.rows[s.autoFilter!.row - 1][2]?.value).toBe('Mã');
  });

  it('has one column per indicator under two header rows: the section, then the indicator and its ĐVT', () => {
    const names = result.summary.rows.map((r) => `${r.indicator.name}\n(${r.indicator.unit})`);
    const second = sheet.rows[headerRow + 1].map((c) => c?.value).filter((v) => typeof v === 'string' && v !== '');
    expect(second.sort()).toEqual([...names].sort());
    const sections = sheet.rows[headerRow]
      .map((c) => c?.value)
      .filter((v) => typeof v === 'string' && /^[IVX]+\. /.test(v) && !v.endsWith('(tiếp)'));
    expect(sections).toEqual(['I. Dân số – quy mô', 'II. Viễn thông', 'III. Dịch vụ công trực tuyến']);
    // A section cut by a page break is named again where the next page starts.
    const continued = sheet.rows[headerRow].flatMap((c, col) => (String(c?.value).endsWith('(tiếp)') ? [col] : []));
    for (const col of continued) expect(sheet.print!.colBreaks).toContain(col);
    const viễnThông = sheet.rows[headerRow].findIndex((c) => c?.value === 'II. Viễn thông');
    expect(sheet.merges).toContainEqual(
      expect.objectContaining({ top: headerRow, bottom: headerRow, left: viễnThông }),
    );
  });

  it('colours flagged figures with a note, shows an unreadable one as written, and totals the province at the bottom', () => {
    const rate = column(sheet, 'Tỷ lệ hộ gia đình có cáp quang');
    const bts = column(sheet, 'Số trạm thu phát sóng thông tin di động (BTS)');
    const phu = unitRows(sheet)[1];
    expect(phu[rate]?.style?.fill).toBe(SEVERITY_FILL.error);
    expect(phu[rate]?.note).toMatch(/100/);
    expect(phu[bts]?.value).toBe('đang cập nhật');
    const totals = sheet.rows[sheet.autoFilter!.toRow! + 1];
    expect(totals[1]?.value).toBe('Toàn tỉnh');
    expect(totals[bts]?.value).toBe(30);
  });

  it('is frozen below the headers and right of the unit names, and filters the unit rows only', () => {
    expect(sheet.freeze).toEqual({ rows: headerRow + 2, cols: 2 });
    expect(sheet.autoFilter).toEqual({
      row: headerRow + 1,
      fromCol: 0,
      toCol: sheet.columnWidths!.length - 1,
      toRow: headerRow + 1 + OFFICIAL.length,
    });
  });

  it('draws data bars over each indicator’s unit figures, full at 100 for a rate', () => {
    const rate = column(sheet, 'Tỷ lệ hộ gia đình có cáp quang');
    const bar = sheet.dataBars!.find((b) => b.range.left === rate)!;
    expect(bar).toEqual({
      range: { top: headerRow + 2, left: rate, bottom: headerRow + 1 + OFFICIAL.length, right: rate },
      color: expect.any(String),
      max: 100,
    });
    expect(sheet.dataBars).toHaveLength(result.summary.rows.length);
  });

  it('prints across pages with the unit column and header rows repeated, numbered, and breaks only where a page is full', () => {
    const many = checked(
      Array.from({ length: 40 }, (_, i) =>
        unitReport(`Xã Số ${i + 1}`, [
          ['population', 1000 + i],
          ['bts', i],
        ]),
      ),
    );
    const wide = unitsSheet(many);
    expect(wide.print).toMatchObject({
      orientation: 'landscape',
      repeatRows: [headerRow, headerRow + 1],
      repeatCols: [0, 1],
      pageNumbers: 'Trang',
    });
    expect(wide.print?.fitToWidth).toBeUndefined();
    const widths = wide.columnWidths!;
    const page = printableWidth('landscape', wide.print!.margins);
    const starts = [0, ...wide.print!.colBreaks!];
    starts.forEach((start, i) => {
      const end = (starts[i + 1] ?? widths.length) - 1;
      const repeated = i === 0 ? 0 : columnPoints(widths[0]) + columnPoints(widths[1]);
      const used = widths.slice(start, end + 1).reduce((sum, w) => sum + columnPoints(w), repeated);
      expect(used).toBeLessThanOrEqual(page);
    });
  });
});

describe('the layout of «Theo đơn vị»', () => {
  it('follows the number of units: columns up to 15, rows beyond, unless asked', () => {
    expect([
      unitsLayout('auto', 11),
      unitsLayout('auto', 15),
      unitsLayout('auto', 16),
      unitsLayout('rows', 11),
      unitsLayout('columns', 120),
    ]).toEqual(['columns', 'columns', 'rows', 'rows', 'columns']);
    expect(unitsSheet(result, 'auto').rows.some((r) => r[1]?.value === 'Chỉ tiêu')).toBe(true);
    expect(unitsSheet(result, 'rows').rows.some((r) => r[1]?.value === 'Đơn vị')).toBe(true);
  });

  it('as columns, lists the units in the official order with data bars along each indicator', () => {
    const s = unitsSheet(result, 'columns');
    const header = s.rows.find((r) => r[1]?.value === 'Chỉ tiêu')!.map((c) => c?.value);
    expect(header.slice(4)).toEqual(['Phường Tân Bình', 'Xã Tân Phú', 'Xã Tân Tiến']);
    expect(s.dataBars!.every((b) => b.range.top === b.range.bottom && b.range.left === 4 && b.range.right === 6)).toBe(
      true,
    );
  });
});
