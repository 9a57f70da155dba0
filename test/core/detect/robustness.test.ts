import fc from 'fast-check';
import { classifyHeader, detectReport } from '../../../src/core/detect';
import type { CellValue } from '../../../src/core/model';
import { grid } from './grids';

describe('classifyHeader names what a column holds', () => {
  test.each([
    ['STT', 'stt'],
    ['Tên chỉ tiêu', 'label'],
    ['Nội dung', 'label'],
    ['ĐVT', 'measure'],
    ['Đơn vị tính', 'measure'],
    ['Kế hoạch năm 2022', 'excluded'],
    ['KH 2022', 'excluded'],
    ['So sánh TH/KH (%)', 'excluded'],
    ['Tỷ lệ đạt', 'excluded'],
    ['Cùng kỳ năm 2021', 'excluded'],
    ['Tăng/giảm', 'excluded'],
    ['Ghi chú', 'note'],
    ['Thực hiện 6 tháng', 'value'],
    ['Kết quả', 'value'],
    ['Số liệu', 'value'],
    ['Lũy kế', 'value'],
    ['6 tháng đầu năm 2022', 'value'],
    ['2022', 'value'],
    ['Người phụ trách', 'unknown'],
  ])('"%s" → %s', (text, role) => {
    expect(classifyHeader(text)).toBe(role);
  });
});

describe('detectReport with the official unit list', () => {
  const sheet = (title: string) =>
    grid([[title], ['Chỉ tiêu', 'Thực hiện'], ['Số trạm BTS', 12], ['Số điểm phục vụ bưu chính', 4]], {
      name: 'Sheet1',
      file: 'bc.xlsx',
    });

  test('gives the official spelling', () => {
    const r = detectReport(sheet('UBND HUYỆN BÙ ĐỐP'), { expectedUnits: ['Huyện Bù Đốp', 'Huyện Lộc Ninh'] });
    expect(r.kind === 'report' && r.report.unit).toBe('Huyện Bù Đốp');
  });

  test('keeps the recognised name with a note when the list does not have it', () => {
    const r = detectReport(sheet('UBND HUYỆN HỚN QUẢN'), { expectedUnits: ['Huyện Bù Đốp', 'Huyện Lộc Ninh'] });
    expect(r.kind === 'report' && r.report.unit).toBe('Huyện Hớn Quản');
    expect(r.kind === 'report' && r.report.notes.join(' ')).toMatch(/không có trong danh sách/);
  });
});

describe('detectReport does bounded work on huge sheets', () => {
  const wideRow = (n: number): CellValue[] => Array.from({ length: n }, (_, i) => (i % 2 ? i : `Cột ${i}`));

  test('a 50,000-row sheet is read up to the row cap, quickly, with a note', () => {
    const values: CellValue[][] = [['Chỉ tiêu', 'Kết quả']];
    for (let i = 0; i < 50_000; i++) values.push([`Chỉ tiêu số ${i}`, i]);
    const started = Date.now();
    const r = detectReport(grid(values));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(r.kind === 'report' && r.report.rows.length).toBe(3000);
    expect(r.kind === 'report' && r.report.notes.join(' ')).toMatch(/Chỉ đọc 3\.000 dòng/);
  });

  test('a sheet the reader had to cut short, full to its end, is far too large to be a report', () => {
    const values: CellValue[][] = [];
    for (let i = 0; i < 5_000; i++) values.push([`Dòng ${i}`, i]);
    const r = detectReport(grid(values, { truncated: { rows: 1_048_576, cols: 16_384 } }));
    expect(r).toMatchObject({ kind: 'not_report', reason: expect.stringMatching(/quá lớn/) });
  });

  test('a 16,000-column sheet does not hang', () => {
    const values: CellValue[][] = [
      wideRow(16_000),
      ['Số trạm BTS', ...wideRow(15_999)],
      ['Số thuê bao', ...wideRow(15_999)],
    ];
    const started = Date.now();
    const r = detectReport(grid(values));
    expect(Date.now() - started).toBeLessThan(5000);
    expect(['report', 'not_report']).toContain(r.kind);
  });
});

describe('detectReport never throws', () => {
  const cell: fc.Arbitrary<CellValue> = fc.oneof(
    fc.constant(null),
    fc.boolean(),
    fc.double(),
    fc.integer(),
    fc.constantFrom(
      'Chỉ tiêu',
      'Thực hiện',
      'Kế hoạch',
      'ĐVT',
      'STT',
      'I',
      'BƯU CHÍNH',
      'Số trạm BTS',
      '1.300',
      '16,2%',
      'Nơi nhận:',
      'UBND HUYỆN BÙ ĐỐP',
      'Năm 2022',
      '(1)',
      '',
    ),
    fc.string(),
  );

  test('on random grids it returns report or not_report', () => {
    fc.assert(
      fc.property(
        fc.array(fc.array(cell, { maxLength: 8 }), { maxLength: 30 }),
        fc.array(
          fc.record({
            top: fc.integer({ min: -2, max: 30 }),
            left: fc.integer({ min: -2, max: 8 }),
            bottom: fc.integer({ min: -2, max: 30 }),
            right: fc.integer({ min: -2, max: 8 }),
          }),
          { maxLength: 3 },
        ),
        fc.string(),
        (values, merges, name) => {
          const result = detectReport(grid(values, { name, merges, hiddenRows: [1, 3] }));
          expect(['report', 'not_report']).toContain(result.kind);
        },
      ),
      { numRuns: 300 },
    );
  });
});
