import type { CellSpec, ConsolidationResult, PreviousPeriod, SheetSpec } from '../../../src/core/model';
import { renderWorkbook, SEVERITY_FILL } from '../../../src/core/render';
import { fitScale } from '../../../src/core/render/page-fit';
import { checked, unitReport } from '../../helpers/reports';

const UNITS = ['Xã Tân Tiến', 'Xã Tân Phú', 'Phường Tân Bình', 'Xã Lộc Hưng'];
const result = checked(
  [
    unitReport('Xã Tân Tiến', [
      ['population', 12000],
      ['bts', 9],
      ['fibre_households_rate', 61.5],
      ['online_services', 1200],
    ]),
    unitReport('Xã Tân Phú', [
      ['population', 8000],
      ['bts', 4],
      ['fibre_households_rate', 112],
      ['online_services', 1200],
    ]),
    unitReport('Phường Tân Bình', [
      ['population', 30000],
      ['bts', 21],
      ['fibre_households_rate', 88],
      ['online_services', 1200],
    ]),
  ],
  { expectedUnits: UNITS },
);

const overviewOf = (
  r: ConsolidationResult,
  options: Parameters<typeof renderWorkbook>[1] = { generatedAt: '2026-07-15' },
): SheetSpec => renderWorkbook(r, options).sheets.find((s) => s.name === 'Tổng hợp')!;
const rowOf = (s: SheetSpec, label: string): (CellSpec | null)[] => s.rows.find((r) => r[1]?.value === label)!;
const headerOf = (s: SheetSpec): string[] =>
  s.rows.find((r) => r[1]?.value === 'Chỉ tiêu')!.map((c) => String(c?.value ?? ''));
const briefOf = (s: SheetSpec): string[] => {
  const start = s.rows.findIndex((r) => r[0]?.value === 'Tóm tắt' || r[0]?.value === 'Brief');
  const end = s.rows.findIndex((r, i) => i > start && r.length === 0);
  return s.rows.slice(start + 1, end).map((r) => String(r[0]?.value));
};

describe('the overview «Tổng hợp»', () => {
  const overview = overviewOf(result);

  it('has one row per indicator of the catalog, grouped under its section, and no column per unit', () => {
    const indicators = result.summary.rows.map((r) => r.indicator.name);
    const named = overview.rows.filter((r) => typeof r[0]?.value === 'number').map((r) => r[1]?.value);
    expect(named.sort()).toEqual([...indicators].sort());
    expect(headerOf(overview)).toEqual([
      'STT',
      'Chỉ tiêu',
      'ĐVT',
      'Toàn tỉnh',
      'Đơn vị đã báo cáo',
      'Thấp nhất',
      'Thấp nhất',
      'Trung vị',
      'Cao nhất',
      'Cao nhất',
      'Số liệu cần xem lại',
    ]);
    for (const unit of UNITS) expect(headerOf(overview)).not.toContain(unit);
    const sections = overview.rows
      .filter((r) => typeof r[0]?.value === 'string' && /^[IVX]+$/.test(r[0].value as string))
      .map((r) => r[1]?.value);
    expect(sections).toEqual(['Dân số – quy mô', 'Viễn thông', 'Dịch vụ công trực tuyến']);
  });

  it('gives the province figure, units reported of those expected, the lowest, median and highest with the units', () => {
    const bts = rowOf(overview, 'Số trạm thu phát sóng thông tin di động (BTS)').map((c) => c?.value);
    expect(bts.slice(2)).toEqual(['trạm', 34, '3/4', 4, 'Xã Tân Phú', 9, 21, 'Phường Tân Bình', 0]);
  });

  it('links the unit of an extreme figure to the source cell of that figure', () => {
    const bts = rowOf(overview, 'Số trạm thu phát sóng thông tin di động (BTS)');
    expect(bts[6]?.link).toBe("#'Sheet1'!D9");
  });

  it('names the first of the units sharing an extreme figure and counts the others, listing them in a note', () => {
    const services = rowOf(overview, 'Số dịch vụ công trực tuyến');
    expect(services[6]?.value).toBe('Xã Tân Tiến (+2)');
    expect(services[6]?.note).toBe('3 đơn vị cùng số liệu này: Xã Tân Tiến, Xã Tân Phú, Phường Tân Bình');
  });

  it('counts the flagged figures of an indicator, coloured by the worst', () => {
    const rate = rowOf(overview, 'Tỷ lệ hộ gia đình có cáp quang');
    expect(rate[10]?.value).toBe(1);
    expect(rate[10]?.style?.fill).toBe(SEVERITY_FILL.error);
    // The total adds the flagged figure: it is coloured too, and so is the highest figure, the flagged one.
    expect(rate[3]?.style?.fill).toBe(SEVERITY_FILL.error);
    expect([rate[8]?.value, rate[8]?.style?.fill, rate[9]?.value]).toEqual([112, SEVERITY_FILL.error, 'Xã Tân Phú']);
    expect(rate[5]?.style?.fill).toBeUndefined();
  });

  it('is as wide for 168 units as for 3, and prints one page wide on A4 at 9 points or more', () => {
    const many = checked(Array.from({ length: 168 }, (_, i) => unitReport(`Xã Số ${i + 1}`, [['bts', i + 1]])));
    const big = overviewOf(many);
    expect(big.columnWidths).toEqual(overview.columnWidths);
    expect(big.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true });
    expect(fitScale(big.columnWidths!, 'landscape', big.print!.margins) * 11).toBeGreaterThanOrEqual(9);
  });

  it('repeats its two header rows on every printed page and numbers the pages', () => {
    const header = overview.rows.findIndex((r) => r[1]?.value === 'Chỉ tiêu');
    expect(overview.print).toMatchObject({ repeatRows: [header, header + 1], pageNumbers: 'Trang' });
  });
});

describe('the brief on top of the overview', () => {
  it('says in Vietnamese who reported, the key totals, who leads and trails, and what to re-check', () => {
    const brief = briefOf(overviewOf(result));
    expect(brief).toEqual([
      'Kỳ 6 tháng đầu năm 2022: 3/4 đơn vị đã gửi báo cáo; chưa gửi: Xã Lộc Hưng.',
      'Số liệu toàn tỉnh: số trạm thu phát sóng thông tin di động (BTS) 34 trạm; số dịch vụ công trực tuyến 3.600 dịch vụ.',
      'Về số trạm thu phát sóng thông tin di động (BTS), cao nhất là Phường Tân Bình (21 trạm), thấp nhất là Xã Tân Phú (4 trạm).',
      expect.stringMatching(
        /^Có \d+ số liệu cần kiểm tra lại \(1 lỗi, \d+ cảnh báo\) ở \d+ đơn vị(, nhiều nhất là .+ \(\d+\))?; chi tiết ở trang «Kiểm tra»\.$/,
      ),
    ]);
    expect(brief.length).toBeGreaterThanOrEqual(3);
    expect(brief.length).toBeLessThanOrEqual(6);
  });

  it('quotes only figures of the summary: every number in it is a total, a unit figure or a count', () => {
    const brief = briefOf(overviewOf(result)).join(' ');
    const allowed = new Set<string>(['6', '2022', '3', '4']);
    for (const row of result.summary.rows) {
      if (row.total !== null) allowed.add(String(row.total));
      for (const v of Object.values(row.values)) if (v.value !== null) allowed.add(String(v.value));
    }
    const counts = { issues: result.issues.length };
    for (let n = 0; n <= counts.issues; n++) allowed.add(String(n));
    const numbers = brief.match(/\d[\d.,]*/g)!.map((n) => n.replace(/\./g, '').replace(',', '.').replace(/\.$/, ''));
    expect(numbers.filter((n) => !allowed.has(n))).toEqual([]);
  });

  it('is written in English for the English output', () => {
    const brief = briefOf(
      renderWorkbook(result, { generatedAt: '2026-07-15', lang: 'en' }).sheets[0] as SheetSpec,
    ).join(' ');
    expect(brief).toMatch(
      /^6 tháng đầu năm 2022: 3 of 4 units have reported; not sent: Xã Lộc Hưng\. Province figures: /,
    );
    expect(brief).toContain('details on the «Kiểm tra» sheet.');
    expect(brief).not.toMatch(/đơn vị đã gửi|cần kiểm tra/);
  });

  it('gives the change of each key total against the previous period, and the largest rise and fall', () => {
    const previous: PreviousPeriod = {
      period: 'năm 2021',
      source: 'truoc.json',
      totals: { bts: 40, online_services: 3000, fibre_households_rate: 70 },
      values: {},
    };
    const withPrevious = { ...result, summary: { ...result.summary, previous } };
    const overview = overviewOf(withPrevious);
    const brief = briefOf(overview);
    expect(brief[1]).toBe(
      'Số liệu toàn tỉnh (so với kỳ trước): số trạm thu phát sóng thông tin di động (BTS) 34 trạm (giảm 15%); số dịch vụ công trực tuyến 3.600 dịch vụ (tăng 20%).',
    );
    expect(brief[2]).toBe(
      'So với kỳ trước, tăng nhiều nhất là số dịch vụ công trực tuyến (tăng 20%); giảm nhiều nhất là số trạm thu phát sóng thông tin di động (BTS) (giảm 15%).',
    );
    // In the table: the previous figure and the change, in % for a count and in points for a rate.
    expect(headerOf(overview).slice(4, 6)).toEqual(['Kỳ trước (năm 2021)', 'Thay đổi']);
    const bts = rowOf(overview, 'Số trạm thu phát sóng thông tin di động (BTS)');
    expect([bts[4]?.value, bts[5]?.value, bts[5]?.style?.numberFormat]).toEqual([40, -15, '+0.0"%";-0.0"%";0.0"%"']);
    const rate = rowOf(overview, 'Tỷ lệ hộ gia đình có cáp quang');
    expect(rate[5]?.style?.numberFormat).toBe('+0.0" điểm";-0.0" điểm";0.0" điểm"');
    const total = rate[3]?.value;
    expect(rate[5]?.value).toBe(typeof total === 'number' ? Math.round((total - 70) * 10) / 10 : null);
    expect(fitScale(overview.columnWidths!, 'landscape', overview.print!.margins) * 11).toBeGreaterThanOrEqual(9);
  });

  it('says so when nothing is flagged, and lists at most four missing units by name', () => {
    const clean = checked([unitReport('Xã A', [['bts', 3]]), unitReport('Xã B', [['bts', 5]])], {
      expectedUnits: ['Xã A', 'Xã B', 'Xã C', 'Xã D', 'Xã E', 'Xã G', 'Xã H'],
    });
    const brief = briefOf(overviewOf({ ...clean, issues: clean.issues.filter((i) => i.code === 'unit_missing') }));
    expect(brief[0]).toBe(
      'Kỳ 6 tháng đầu năm 2022: 2/7 đơn vị đã gửi báo cáo; chưa gửi: Xã C, Xã D, Xã E, Xã G và 1 đơn vị khác.',
    );
    expect(brief[brief.length - 1]).toBe(
      'Không có số liệu nào bị đánh dấu lỗi hoặc cảnh báo; chi tiết ở trang «Kiểm tra».',
    );
  });
});
