import { readFigure } from '../../../src/core/merge';
import type { Indicator, ReportRow } from '../../../src/core/model';
import { checked, unitReport } from '../../helpers/reports';

const cell = (address: string) => ({ file: 'bc.xlsx', sheet: 'Sheet1', address });
const row = (label: string, raw: ReportRow['raw'], extra: Partial<ReportRow> = {}): ReportRow => ({
  label,
  labelCell: cell('B8'),
  raw,
  valueCell: cell('D8'),
  ...extra,
});
const money = (unit: string): Indicator => ({ id: 'money', name: 'Số tiền', unit });

describe("readFigure brings money to the catalog's measure from wherever the sheet writes its magnitude", () => {
  test('"106,7 ty" in a column whose ĐVT says "ty dong" is scaled once', () => {
    const read = readFigure(row('Doanh thu viễn thông', '106,7 ty', { measure: 'ty dong' }), money('triệu đồng'), 'vi');
    expect(read.value).toBe(106_700);
  });

  test('"Số tiền phạt đã thu (triệu đồng)" with 26,9 under an indicator in đồng is 26.900.000 đồng', () => {
    expect(readFigure(row('Số tiền phạt đã thu (triệu đồng)', '26,9'), money('đồng'), 'vi').value).toBe(26_900_000);
  });

  test.each<[string, Partial<ReportRow>, ReportRow['raw'], string, number]>([
    ['the cell', {}, '1,7 tỷ', 'triệu đồng', 1700],
    ['the cell, with its measure', {}, '12.500.000 đồng', 'triệu đồng', 12.5],
    ['the ĐVT cell', { measure: 'Nghìn đồng' }, '3.250', 'đồng', 3_250_000],
    ['the ĐVT cell, abbreviated', { measure: '1000đ' }, '845.000', 'nghìn đồng', 845_000],
    ['the label', { label: 'Doanh thu (tỷ đồng)' }, '1,35', 'triệu đồng', 1350],
    ['the column header', { headerMeasure: 'tỷ đồng' }, '0,45', 'đồng', 450_000_000],
    ['the table note', { tableMeasure: 'nghìn đồng' }, '1.250.000', 'tỷ đồng', 1.25],
    ['the number format', { numberFormat: '0.0 "triệu"' }, 7.5, 'đồng', 7_500_000],
  ])('from %s', (_where, extra, raw, unit, expected) => {
    expect(readFigure(row('Doanh thu', raw, extra), money(unit), 'vi').value).toBe(expected);
  });

  test('sources in conflict, or no magnitude at all, give no figure and say why', () => {
    const conflict = readFigure(
      row('Doanh thu (tỷ đồng)', '2,1', { measure: 'triệu đồng' }),
      money('triệu đồng'),
      'vi',
    );
    expect(conflict.value).toBeNull();
    expect(conflict.measureTrouble?.kind).toBe('conflict');
    const unknown = readFigure(row('Doanh thu', '1.250'), money('triệu đồng'), 'vi');
    expect(unknown.value).toBeNull();
    expect(unknown.measureTrouble).toEqual({ kind: 'unknown', to: 'triệu đồng' });
  });

  test('an estimate column marks the figure as an estimate; qualifiers stay as its note', () => {
    expect(
      readFigure(row('Số trạm BTS', 42, { estimate: true }), { id: 'bts', name: 'BTS', unit: 'trạm' }, 'vi').figure,
    ).toMatchObject({ approx: true, note: 'ước thực hiện' });
    expect(
      readFigure(row('Số trạm BTS', 'khoảng 91.000'), { id: 'bts', name: 'BTS', unit: 'trạm' }, 'vi').figure,
    ).toMatchObject({ value: 91000, approx: true, note: 'khoảng' });
  });

  test('another wording of the measure counts, a real mismatch does not', () => {
    const density: Indicator = { id: 'd', name: 'Mật độ', unit: 'thuê bao/100 dân' };
    expect(readFigure(row('Mật độ thuê bao', '92,4', { measure: 'TB/100 người dân' }), density, 'vi')).toMatchObject({
      value: 92.4,
    });
    const households: Indicator = { id: 'h', name: 'Số hộ', unit: 'hộ' };
    expect(readFigure(row('Số hộ', '2.150', { measure: 'Người' }), households, 'vi')).toMatchObject({
      value: null,
      measureTrouble: { kind: 'mismatch', from: 'Người', to: 'hộ' },
    });
  });
});

describe('the check stage flags figures left out for their measure', () => {
  test('a conflict and an unknown magnitude are scale_suspect warnings at the cell, naming the sources', () => {
    const { issues } = checked([
      unitReport('Huyện Bù Đốp', [
        ['telecom_revenue', '2,1', { label: 'Doanh thu viễn thông (tỷ đồng)', measure: 'triệu đồng' }],
      ]),
      unitReport('Huyện Lộc Ninh', [['telecom_revenue', '1.250', { measure: undefined }]]),
    ]);
    const scale = issues.filter((i) => i.code === 'scale_suspect');
    expect(scale.map((i) => [i.unit, i.cell])).toEqual([
      ['Huyện Bù Đốp', 'Huyện Bù Đốp.xlsx#Sheet1!D8'],
      ['Huyện Lộc Ninh', 'Huyện Lộc Ninh.xlsx#Sheet1!D8'],
    ]);
    expect(scale[0].message).toBe(
      'Đơn vị tính mâu thuẫn cho số «2,1» của «Doanh thu viễn thông»: cột ĐVT ghi «triệu đồng», tên chỉ tiêu ghi «tỷ đồng». Không biết số này là bao nhiêu triệu đồng; số liệu chưa được cộng, hãy sửa cho thống nhất.',
    );
    expect(scale[1].message).toMatch(
      /^Không rõ số «1.250» của «Doanh thu viễn thông» tính bằng đồng, nghìn đồng, triệu đồng hay tỷ đồng/,
    );
  });
});
