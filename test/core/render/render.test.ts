import type { CellSpec, SheetSpec } from '../../../src/core/model';
import { renderWorkbook, SEVERITY_FILL } from '../../../src/core/render';
import { proseLines, rowHeights } from '../../../src/core/render/row-heights';
import { checked, unitReport } from '../../helpers/reports';

const result = checked(
  [
    unitReport('Huyện Bù Đốp', [
      ['population', 70000],
      ['bts', 90],
      ['fibre_households_rate', 112],
    ]),
    unitReport('Huyện Lộc Ninh', [
      ['population', 130000],
      ['bts', 'đang cập nhật'],
      ['=HYPERLINK("http://x","bấm")', 5],
    ]),
  ],
  { expectedUnits: ['Huyện Bù Đốp', 'Huyện Lộc Ninh', 'Huyện Phú Riềng'] },
);
const workbook = renderWorkbook(result, {
  generatedAt: '2026-11-23T08:00:00Z',
  province: 'Bình Phước',
  department: 'Sở Khoa học và Công nghệ tỉnh Bình Phước',
});
const sheet = (name: string) => workbook.sheets.find((s) => s.name === name)!;
const texts = (s: SheetSpec) =>
  s.rows
    .flat()
    .filter((c): c is CellSpec => c !== null)
    .map((c) => c.value);
const findRow = (s: SheetSpec, value: string) => s.rows.find((r) => r.some((c) => c?.value === value))!;

describe('renderWorkbook', () => {
  it('writes the overview, the per-unit sheet, the charts, then the issues, mapping and sources sheets', () => {
    expect(workbook.sheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'Theo đơn vị',
      'Biểu đồ',
      'Kiểm tra',
      'Đối chiếu',
      'Nguồn',
    ]);
  });

  it('titles the summary sheets with the department, province, period and date, and says who has reported', () => {
    for (const name of ['Tổng hợp', 'Theo đơn vị', 'Biểu đồ']) {
      const all = texts(sheet(name));
      expect(all).toContain('Sở Khoa học và Công nghệ tỉnh Bình Phước');
      expect(all).toContain('Tỉnh Bình Phước — Kỳ báo cáo: 6 tháng đầu năm 2022 — Ngày lập: 23/11/2026');
    }
    expect(texts(sheet('Theo đơn vị'))).toContain('2/3 đơn vị đã gửi báo cáo. Chưa gửi: Huyện Phú Riềng');
    expect(texts(sheet('Tổng hợp'))).toContain(
      'Kỳ 6 tháng đầu năm 2022: 2/3 đơn vị đã gửi báo cáo; chưa gửi: Huyện Phú Riềng.',
    );
  });

  it('puts the province total before one column per unit when a province has a few units', () => {
    const header = findRow(sheet('Theo đơn vị'), 'Chỉ tiêu').map((c) => c?.value);
    expect(header).toEqual(['STT', 'Chỉ tiêu', 'ĐVT', 'Toàn tỉnh', 'Huyện Bù Đốp', 'Huyện Lộc Ninh']);
    const population = findRow(sheet('Theo đơn vị'), 'Dân số').map((c) => c?.value);
    expect(population.slice(3)).toEqual([200000, 70000, 130000]);
  });

  it('colours a flagged figure by severity and explains it in a note', () => {
    const rate = findRow(sheet('Theo đơn vị'), 'Tỷ lệ hộ gia đình có cáp quang');
    const cell = rate[4]!;
    expect(cell.value).toBe(112);
    expect(cell.style?.fill).toBe(SEVERITY_FILL.error);
    expect(cell.note).toMatch(/vượt mức tối đa 100/);
  });

  it('shows an unreadable figure as the unit wrote it, flagged', () => {
    const bts = findRow(sheet('Theo đơn vị'), 'Số trạm thu phát sóng thông tin di động (BTS)');
    expect(bts[5]?.value).toBe('đang cập nhật');
    expect(bts[5]?.style?.fill).toBe(SEVERITY_FILL.error);
    expect(bts[3]?.value).toBe(90);
  });

  it('writes every text cell as text, so a label that looks like a formula stays a label', () => {
    const mapping = sheet('Đối chiếu');
    const label = mapping.rows.flat().find((c) => c?.value === '=HYPERLINK("http://x","bấm")');
    expect(label?.style?.numberFormat).toBe('@');
    for (const s of workbook.sheets) {
      for (const c of s.rows.flat()) if (c && typeof c.value === 'string') expect(c.style?.numberFormat).toBe('@');
    }
  });

  it('links every issue with a cell to its source cell', () => {
    const issues = sheet('Kiểm tra');
    const linked = issues.rows.flat().filter((c) => c?.link);
    expect(linked.length).toBeGreaterThan(0);
    expect(linked.map((c) => c!.link)).toContain("#'Sheet1'!D10");
    expect(issues.autoFilter).toEqual({ row: 3, fromCol: 0, toCol: 6 });
  });

  it('freezes the header and label panes and prints on A4 landscape', () => {
    const units = sheet('Theo đơn vị');
    expect(units.freeze).toEqual({ rows: expect.any(Number), cols: 4 });
    expect(units.print).toMatchObject({ orientation: 'landscape', paperSize: 'A4' });
    expect(sheet('Tổng hợp').print).toMatchObject({ orientation: 'landscape', paperSize: 'A4', fitToWidth: true });
  });
});

describe('a total that counts a doubtful figure', () => {
  it('is coloured too and says so in its note', () => {
    const flagged = checked([
      unitReport('Huyện Bù Đốp', [['fibre_households_rate', 112]]),
      unitReport('Huyện Lộc Ninh', [['fibre_households_rate', 60]]),
    ]);
    for (const s of renderWorkbook(flagged, { generatedAt: '2026-11-23' }).sheets.slice(0, 2)) {
      const row = s.rows.find((r) => r.some((c) => c?.value === 'Tỷ lệ hộ gia đình có cáp quang'))!;
      expect(row[3]?.style?.fill).toBe(SEVERITY_FILL.error);
      expect(row[3]?.note).toContain('Tổng có cộng 1 số liệu đang bị gắn cờ.');
    }
  });
});

describe('the sources sheet', () => {
  it('says how each report was read and why a sheet was not used', () => {
    const withNotes = checked([unitReport('Huyện Bù Đốp', [['population', 70000]])]);
    withNotes.summary.units[0].report.notes.push('Trang tính đang bị ẩn trong tệp.');
    const s = renderWorkbook(
      { ...withNotes, skipped: [{ source: 'x.xlsx#Hướng dẫn', reason: 'Trang hướng dẫn, không phải báo cáo' }] },
      { generatedAt: '2026-11-23' },
    ).sheets.find((x) => x.name === 'Nguồn')!;
    const all = s.rows.flat().map((c) => c?.value);
    expect(all).toContain('Trang tính đang bị ẩn trong tệp.');
    expect(all).toContain('tiêu đề: «Huyện Bù Đốp»');
    expect(all).toContain('Thực hiện');
    expect(all).toContain('x.xlsx#Hướng dẫn');
    expect(all).toContain('Trang hướng dẫn, không phải báo cáo');
  });
});

describe('row heights', () => {
  it('the mapping sheet measures its own rows exactly as the generic measure of wrapped cells would', () => {
    const long = unitReport('Xã Thanh Lương', [
      [
        'Số lượng điểm cung cấp dịch vụ viễn thông công cộng có người phục vụ trên địa bàn toàn xã, kể cả các điểm bưu điện văn hóa xã',
        3,
      ],
      ['bts', 12],
    ]);
    const mapping = renderWorkbook(checked([long]), { generatedAt: '2026-11-23' }).sheets.find(
      (s) => s.name === 'Đối chiếu',
    )!;
    const { rowHeights: own, ...withoutHeights } = mapping;
    expect(own?.some((h) => h !== null)).toBe(true);
    expect(own).toEqual(rowHeights(withoutHeights));
  });

  it('the per-unit sheet measures its own rows exactly as the generic measure of labels would, unreadable figures included', () => {
    const summary = renderWorkbook(result, { generatedAt: '2026-11-23', province: 'Bình Phước' }).sheets.find(
      (s) => s.name === 'Theo đơn vị',
    )!;
    const { rowHeights: own, ...withoutHeights } = summary;
    expect(own).toEqual(rowHeights(withoutHeights, proseLines));
  });
});

describe('the mapping sheet says how each figure was read', () => {
  const read = checked([
    unitReport('Huyện Bù Đốp', [
      ['telecom_revenue', '1,7 tỷ', { measure: 'triệu đồng' }],
      ['bts', 'khoảng 90'],
    ]),
    unitReport('Huyện Lộc Ninh', [
      ['telecom_revenue', '2,1', { label: 'Doanh thu viễn thông (tỷ đồng)', measure: undefined }],
    ]),
  ]);
  const reasons = (lang: 'vi' | 'en') => {
    const mapping = renderWorkbook(read, { generatedAt: '2026-11-23', lang }).sheets.find(
      (s) => s.name === 'Đối chiếu',
    )!;
    // The per-row table: its header row holds the "Căn cứ" / "Reason" column.
    const head = mapping.rows.findIndex(
      (r) => r.some((c) => c?.value === (lang === 'vi' ? 'Mã chỉ tiêu' : 'Indicator id')) && r.length > 10,
    );
    const col = mapping.rows[head].findIndex((c) => c?.value === (lang === 'vi' ? 'Căn cứ' : 'Reason'));
    return mapping.rows
      .slice(head + 1)
      .map((r) => String(r[col]?.value ?? ''))
      .filter((t) => t !== '');
  };

  it('names the source of its magnitude, the factor applied and its note, in Vietnamese and English', () => {
    expect(reasons('vi')).toEqual([
      'khớp chính xác tên chỉ tiêu\nĐơn vị tính theo chữ trong ô số liệu «tỷ»: ×1.000 sang triệu đồng; ô đã ghi rõ nên không áp dụng cột ĐVT «triệu đồng»',
      'khớp chính xác tên chỉ tiêu\nghi chú: khoảng',
      'khớp chính xác tên chỉ tiêu\nĐơn vị tính theo tên chỉ tiêu «tỷ đồng»: ×1.000 sang triệu đồng',
    ]);
    expect(reasons('en')[2]).toBe(
      'the indicator’s name exactly\nMeasure from the label «tỷ đồng»: ×1,000 to triệu đồng',
    );
  });
});
