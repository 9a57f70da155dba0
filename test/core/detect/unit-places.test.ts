import { detectReport, parseAnnexUnit, placeOfDateLine, recogniseUnit } from '../../../src/core/detect';
import type { CellValue, DetectResult, UnitReport } from '../../../src/core/model';
import { directoryOfUnits, provincesOf } from '../../../src/core/units';
import { grid } from './grids';

const TABLE: CellValue[][] = [
  ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
  [1, 'Số điểm phục vụ bưu chính', 'điểm', 3],
  [2, 'Số trạm BTS', 'trạm', 12],
];

function report(result: DetectResult): UnitReport {
  if (result.kind !== 'report') throw new Error(`not a report: ${result.reason}`);
  return result.report;
}

const dongNai = directoryOfUnits(provincesOf('since').find((p) => p.name === 'Đồng Nai')!.units);
const binhPhuoc = directoryOfUnits(provincesOf('before').find((p) => p.name === 'Bình Phước')!.units);

describe('the unit named wherever offices write it (no list)', () => {
  test.each([
    ['(Kèm theo Báo cáo số 45/BC-UBND ngày 10/6/2025 của UBND xã Tân Tiến)', 'Xã Tân Tiến'],
    ['Biểu kèm theo Công văn số 12/UBND-VHXH của Ủy ban nhân dân phường Đồng Xoài', 'Phường Đồng Xoài'],
    ['Tình hình chuyển đổi số trên địa bàn huyện Bù Đốp', 'Huyện Bù Đốp'],
  ])('annex line "%s" → %s', (line, name) => {
    expect(parseAnnexUnit(line)?.display).toBe(name);
  });

  test.each([
    ['Bù Đốp, ngày 20 tháng 6 năm 2022', 'Bù Đốp'],
    ['Tân Tiến, ngày      tháng 12 năm 2025', null],
    ['Tân Tiến, ngày ... tháng 12 năm 2025', 'Tân Tiến'],
    ['Ngày 20 tháng 6 năm 2022', null],
    ['6 tháng đầu năm 2022, ngày 20', null],
  ])('date line "%s" → place %s', (line, place) => {
    expect(placeOfDateLine(line)).toBe(place);
  });

  test('reads the annex line when the heading names only the province', () => {
    const r = recogniseUnit({
      titleLines: ['UBND TỈNH ĐỒNG NAI', 'BIỂU SỐ LIỆU', '(Kèm theo Báo cáo số 45/BC-UBND của UBND xã Tân Tiến)'],
      sheetName: 'Sheet1',
      fileName: 'bieu.xlsx',
    });
    expect(r).toMatchObject({ unit: 'Xã Tân Tiến', from: 'annex' });
  });
});

describe("the unit named wherever offices write it, checked against the province's list", () => {
  test("only in the signature block, above the signer's title", () => {
    const sheet = grid([
      ['BÁO CÁO'],
      ['Kết quả năm 2026'],
      ...TABLE,
      [null],
      ['Nơi nhận:', null, 'UBND XÃ TÂN TIẾN'],
      ['- UBND huyện Bù Đốp;', null, 'CHỦ TỊCH'],
    ]);
    expect(report(detectReport(sheet, { units: dongNai })).unit).toBe('Xã Tân Tiến');
    expect(report(detectReport(sheet, { units: dongNai })).unitEvidence.from).toBe('signature');
  });

  test('only in the date line; the list says which unit the place is', () => {
    const sheet = grid([[null, 'Lộc Ninh, ngày 15 tháng 12 năm 2026'], ['BÁO CÁO năm 2026'], ...TABLE]);
    const r = report(detectReport(sheet, { units: dongNai }));
    expect(r).toMatchObject({ unit: 'Phường Lộc Ninh', unitCode: '25270', unitEvidence: { from: 'date' } });
  });

  test.each([
    ['X. Tân Tiến', 'Xã Tân Tiến'],
    ['X.Tan Tien', 'Xã Tân Tiến'],
    ['P.Đồng Xoài', 'Phường Đồng Xoài'],
    ['P Dong Xoai', 'Phường Đồng Xoài'],
    ['XaTanTien', 'Xã Tân Tiến'],
  ])('sheet name "%s" → %s', (sheetName, name) => {
    expect(recogniseUnit({ titleLines: [], sheetName, fileName: 'bc.xlsx' }, dongNai).unit).toBe(name);
  });

  test.each([
    ['BC 6 thang dau nam 2026 - xa Tan Tien (gui So KHCN).xlsx', 'Xã Tân Tiến'],
    ['2026-01-12 Bao cao CDS Bu Gia Map final.xlsx', 'Xã Bù Gia Mập'],
    ['25318_baocao.xlsx', 'Xã Tân Tiến'],
    ['TT.Thanh Binh - BC 6T2022.xlsx', null],
  ])('file name "%s" → %s', (fileName, name) => {
    const r = recogniseUnit({ titleLines: [], sheetName: 'Sheet1', fileName }, dongNai);
    expect(r.status === 'official' ? r.unit : null).toBe(name);
  });

  test('the code a report gives names its unit', () => {
    expect(
      recogniseUnit(
        { titleLines: ['BIỂU SỐ LIỆU', 'Mã đơn vị: 693'], sheetName: 'Sheet1', fileName: 'bc.xlsx' },
        binhPhuoc,
      ),
    ).toMatchObject({ unit: 'Huyện Bù Đốp', code: '693' });
  });

  test('the kind written rules out a unit of another kind with the same name', () => {
    const r = recogniseUnit(
      { titleLines: ['UBND HUYỆN LỘC NINH'], sheetName: 'Lộc Ninh', fileName: 'loc-ninh.xlsx' },
      dongNai,
    );
    expect(r).toMatchObject({ unit: 'Huyện Lộc Ninh', status: 'unknown' });
  });

  test('a placeholder of dots names no unit', () => {
    expect(
      recogniseUnit(
        {
          titleLines: ['UBND XÃ ............', '.........., ngày ... tháng ... năm 2026'],
          sheetName: 'Mẫu',
          fileName: 'mau.xlsx',
        },
        dongNai,
      ).status,
    ).not.toBe('official');
  });
});
