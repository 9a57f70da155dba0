import type { Catalog, CellSpec, SheetSpec } from '../../../src/core/model';
import { renderForm, renderForms, catalogFromTemplate } from '../../../src/core/template';
import { catalogVersion, defaultCatalog } from '../../../src/core/catalog';
import { detectReport } from '../../../src/core/detect';
import { xlsxBytes } from '../../../src/xlsx/write';
import { gridsFromXlsx } from '../../../src/xlsx/read';
import { formA, formGrid } from './department-forms';

const PERIOD = '6 tháng đầu năm 2025';
const text = (cell: CellSpec | null | undefined): string => (cell && typeof cell.value === 'string' ? cell.value : '');
const column = (sheet: SheetSpec, c: number): string[] => sheet.rows.map((row) => text(row[c]));

let fromForm: Catalog;
beforeAll(async () => {
  const read = catalogFromTemplate(await formGrid(formA));
  if (!read.ok) throw new Error(read.reason);
  fromForm = read.catalog;
});

describe('the form a unit receives', () => {
  it('names the unit as it heads its own reports, and the period', () => {
    const sheet = renderForm(fromForm, 'Thị xã Bình Long', { period: PERIOD });
    expect(sheet.name).toBe('Thị xã Bình Long');
    expect(text(sheet.rows[0][0])).toBe('UBND THỊ XÃ BÌNH LONG');
    expect(column(sheet, 0)).toEqual(
      expect.arrayContaining([
        'BÁO CÁO',
        'Kết quả thực hiện nhiệm vụ thông tin và truyền thông',
        `Kỳ báo cáo: ${PERIOD}`,
      ]),
    );
    expect(column(sheet, 3)).toContain(`Thực hiện ${PERIOD}`);
  });

  it("keeps the form's sections, numbering and measures, parts in italics under their whole", () => {
    const sheet = renderForm(fromForm, null, { period: PERIOD });
    const body = sheet.rows.filter((row) => text(row[1]) !== '' && text(row[0]) !== '' && text(row[0]) !== 'STT');
    const lines = body.map((row) => [text(row[0]), text(row[1]), text(row[2])]);
    expect(lines.slice(0, 8)).toEqual([
      ['I', 'BƯU CHÍNH', ''],
      ['1', 'Số điểm phục vụ bưu chính', 'Điểm'],
      ['2', 'Số hồ sơ TTHC tiếp nhận qua dịch vụ BCCI', 'Hồ sơ'],
      ['3', 'Số kết quả giải quyết TTHC trả qua dịch vụ BCCI', 'Hồ sơ'],
      ['II', 'VIỄN THÔNG', ''],
      ['1', 'Số trạm thu phát sóng di động (BTS)', 'Trạm'],
      ['-', 'Trạm BTS 4G', 'Trạm'],
      ['-', 'Trạm BTS 5G', 'Trạm'],
    ]);
    expect(lines).toEqual(
      expect.arrayContaining([
        ['III', 'ỨNG DỤNG CNTT, CHUYỂN ĐỔI SỐ', ''],
        ['1', 'Dịch vụ công trực tuyến', ''],
        ['1.1', 'Tổng số DVCTT đang cung cấp', 'Dịch vụ'],
      ]),
    );
    expect(body.find((row) => text(row[1]) === 'Trạm BTS 4G')?.[1]?.style?.italic).toBe(true);
  });

  it('numbers a catalog written without numbering: sections I, II…, indicators 1, 2… in each', () => {
    const sheet = renderForm(defaultCatalog, null, { period: PERIOD });
    expect(text(sheet.rows.find((row) => text(row[1]) === defaultCatalog.indicators[0].group)?.[0])).toBe('I');
    expect(text(sheet.rows.find((row) => text(row[1]) === defaultCatalog.indicators[1].name)?.[0])).toBe('2');
  });

  it("carries each indicator's id in a hidden column under the catalog version marker", () => {
    const sheet = renderForm(fromForm, 'Huyện Bù Đốp', { period: PERIOD });
    expect(sheet.hiddenColumns).toEqual([5]);
    expect(text(sheet.rows[0][5])).toBe(`TONGHOP-MAU v1 ${catalogVersion(fromForm)}`);
    expect(column(sheet, 5).filter((v) => /^[a-z0-9_]+$/.test(v))).toEqual(fromForm.indicators.map((i) => i.id));
  });

  it('unlocks only the result and note cells, and protects the sheet without a password, rows insertable', () => {
    const sheet = renderForm(fromForm, null, { period: PERIOD });
    const unlocked = sheet.rows.flatMap((row, r) => row.flatMap((cell, c) => (cell?.style?.unlocked ? [[r, c]] : [])));
    const idRows = sheet.rows.flatMap((row, r) => (/^[a-z0-9_]+$/.test(text(row[5])) ? [r] : []));
    expect(unlocked).toEqual(
      idRows.flatMap((r) => [
        [r, 3],
        [r, 4],
      ]),
    );
    expect(sheet.protection).toEqual({ insertRows: true, formatColumns: true, formatRows: true });
  });

  it("validates every result cell: numbers in the catalog's range, percentages 0–100", () => {
    const sheet = renderForm(fromForm, null, { period: PERIOD });
    const ruleOf = (name: string) => {
      const r = sheet.rows.findIndex((row) => text(row[1]) === name);
      return sheet.validations?.find((v) => v.cells.some((c) => c.top === r && c.left === 3));
    };
    expect(ruleOf('Tỷ lệ hồ sơ TTHC xử lý trực tuyến')).toMatchObject({ type: 'decimal', min: 0, max: 100 });
    expect(ruleOf('Mật độ thuê bao di động')).toMatchObject({ min: 0, max: 400 });
    expect(ruleOf('Số điểm phục vụ bưu chính')).toMatchObject({ min: 0 });
    expect(ruleOf('Số điểm phục vụ bưu chính')?.max).toBeUndefined();
    const covered = (sheet.validations ?? []).flatMap((v) => v.cells.map((c) => c.top)).sort((a, b) => a - b);
    expect(covered).toHaveLength(fromForm.indicators.length);
    for (const v of sheet.validations ?? []) expect(v.error.text.length).toBeLessThanOrEqual(255);
  });

  it('says in Vietnamese below the table how to fill it in', () => {
    const notes = column(renderForm(fromForm, null, { period: PERIOD }), 0).filter(
      (t) => t.startsWith('Lưu ý') || t.includes('cột ẩn'),
    );
    expect(notes.join(' ')).toMatch(/Lưu ý khi điền biểu.*không xóa cột ẩn «Mã chỉ tiêu»/s);
  });

  it('makes one sheet per unit, or one blank form', () => {
    expect(
      renderForms(fromForm, ['Xã Tân Tiến', 'Xã Hưng Phước'], { period: PERIOD }).sheets.map((s) => s.name),
    ).toEqual(['Xã Tân Tiến', 'Xã Hưng Phước']);
    expect(renderForms(fromForm, [], { period: PERIOD }).sheets.map((s) => text(s.rows[0][0]))).toEqual([
      'ĐƠN VỊ BÁO CÁO: ....................',
    ]);
  });

  it("read again as a department's form, gives the same catalog: ids, names, measures, sections, parts, version", () => {
    for (const catalog of [fromForm, defaultCatalog]) {
      const [grid] = gridsFromXlsx(xlsxBytes(renderForms(catalog, [], { period: PERIOD })), 'mau.xlsx');
      const again = catalogFromTemplate(grid);
      if (!again.ok) throw new Error(again.reason);
      const shape = (c: Catalog) => c.indicators.map((i) => [i.id, i.name, i.unit, i.group, i.parent]);
      expect(shape(again.catalog)).toEqual(shape(catalog));
      expect(catalogVersion(again.catalog)).toBe(catalogVersion(catalog));
    }
  });

  it("reads back as that unit's report of that period, with every row's id, for any catalog", () => {
    for (const catalog of [fromForm, defaultCatalog]) {
      const [grid] = gridsFromXlsx(xlsxBytes(renderForms(catalog, ['Xã Tân Tiến'], { period: PERIOD })), 'mau.xlsx');
      const detected = detectReport(grid, { expectedUnits: ['Xã Tân Tiến', 'Xã Tân Hòa'], blankForm: true });
      if (detected.kind !== 'report') throw new Error(detected.reason);
      expect([detected.report.unit, detected.report.period]).toEqual(['Xã Tân Tiến', PERIOD]);
      expect(detected.report.rows.map((r) => r.templateId)).toEqual(catalog.indicators.map((i) => i.id));
    }
  });
});
