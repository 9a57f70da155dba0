import type { CellValue } from '../../../src/core/model';
import { isPercentFormat, parseFigure, type ParseContext } from '../../../src/core/numbers';

type Expected = { value: number; measure?: string; approx?: boolean; note?: string };

function number(raw: CellValue, ctx?: ParseContext): Expected {
  const f = parseFigure(raw, ctx);
  if (f.kind !== 'number') throw new Error(`${JSON.stringify(raw)} was ${f.kind}: ${f.reason}`);
  const out: Expected = { value: f.value };
  if (f.measure !== undefined) out.measure = f.measure;
  if (f.approx) out.approx = true;
  if (f.note !== undefined) out.note = f.note;
  return out;
}

describe('parseFigure keeps Excel numbers as they are', () => {
  it.each<[number, string | null, Expected]>([
    [1300, null, { value: 1300 }],
    [0.928, '0.0%', { value: 92.8, measure: '%' }],
    [0.5, '0%', { value: 50, measure: '%' }],
    [92.8, '0.0\\%', { value: 92.8 }],
    [92.8, '0.0"%"', { value: 92.8 }],
    [92.8, 'General', { value: 92.8 }],
    [-5, '#,##0', { value: -5 }],
  ])('%p with format %j → %j', (raw, numberFormat, expected) => {
    expect(number(raw, { numberFormat })).toEqual(expected);
  });

  it('calls a non-finite number unreadable', () => {
    expect(parseFigure(Number.NaN).kind).toBe('unreadable');
  });
});

describe('parseFigure reads Vietnamese text figures', () => {
  it.each<[string, Expected]>([
    ['1.300', { value: 1300 }],
    ['1.234.567', { value: 1234567 }],
    ['16,2', { value: 16.2 }],
    ['16,2%', { value: 16.2, measure: '%' }],
    ['16,2 %', { value: 16.2, measure: '%' }],
    ['0,5', { value: 0.5 }],
    ['03', { value: 3 }],
    ['1.234,5', { value: 1234.5 }],
    ['1,7 tỷ', { value: 1.7e9 }],
    ['1,7 tỉ đồng', { value: 1.7e9, measure: 'đồng' }],
    ['1,7 tỷ đồng', { value: 1.7e9, measure: 'đồng' }],
    ['2 triệu', { value: 2e6 }],
    ['500 nghìn đồng', { value: 5e5, measure: 'đồng' }],
    ['3,5 ngàn lượt', { value: 3500, measure: 'lượt' }],
    ['1 tỷ 700 triệu đồng', { value: 1.7e9, measure: 'đồng' }],
    ['1.300 trạm', { value: 1300, measure: 'trạm' }],
    ['297.514 bưu gửi', { value: 297514, measure: 'bưu gửi' }],
    ['105 TB/100 dân', { value: 105, measure: 'TB/100 dân' }],
    ['95 tỷ lệ %', { value: 95, measure: 'tỷ lệ %' }],
    ['187/200 xã', { value: 187, note: '/200', measure: 'xã' }],
    ['khoảng 91.000', { value: 91000, approx: true, note: 'khoảng' }],
    ['trên 1.300', { value: 1300, approx: true, note: 'trên' }],
    ['hơn 200 cuộc họp', { value: 200, approx: true, note: 'hơn', measure: 'cuộc họp' }],
    ['gần 50', { value: 50, approx: true, note: 'gần' }],
    ['đạt 95%', { value: 95, approx: true, note: 'đạt', measure: '%' }],
    ['Ước đạt 1.200', { value: 1200, approx: true, note: 'Ước đạt' }],
    ['~5', { value: 5, approx: true, note: '~' }],
    ['> 10', { value: 10, approx: true, note: '>' }],
    ['tổng số 12', { value: 12 }],
    ['-5', { value: -5 }],
    ['(5)', { value: -5 }],
    ['(1.300)', { value: -1300 }],
    ['1 300', { value: 1300 }],
    ['12 (tăng 2 so với năm 2021)', { value: 12, note: '(tăng 2 so với năm 2021)' }],
    ['  7.588\u00a0hộp thư ', { value: 7588, measure: 'hộp thư' }],
  ])('%j → %j', (raw, expected) => {
    expect(number(raw)).toEqual(expected);
  });

  it('reads a TCVN3 measure when the font says so', () => {
    expect(number('1.300 tr¹m', { font: '.VnTime' })).toEqual({ value: 1300, measure: 'trạm' });
  });
});

describe('parseFigure settles "." and "," by the sheet style, and flags the doubtful ones', () => {
  it.each<[string, 'vi' | 'en', number, boolean]>([
    ['1.300', 'vi', 1300, false],
    ['1,5', 'vi', 1.5, false],
    ['1.5', 'vi', 1.5, true],
    ['1.5', 'en', 1.5, false],
    ['0.500', 'vi', 0.5, true],
    ['1,234.5', 'en', 1234.5, false],
    ['1,234.5', 'vi', 1234.5, true],
    ['1.234,5', 'en', 1234.5, true],
    ['12,345', 'en', 12345, false],
    ['1,234,567', 'vi', 1234567, true],
    ['16,2', 'en', 16.2, true],
  ])('%j in %s style → %p (flagged: %s)', (raw, style, value, flagged) => {
    const f = parseFigure(raw, { style });
    expect(f).toMatchObject({ kind: 'number', value });
    expect(f.kind === 'number' && f.note !== undefined).toBe(flagged);
  });
});

describe('parseFigure says why a cell has no figure', () => {
  it.each<[CellValue, string]>([
    ['', 'ô trống'],
    [null, 'ô trống'],
    ['   ', 'ô trống'],
    ['-', 'không có số liệu: «-»'],
    ['x', 'không có số liệu: «x»'],
    ['X', 'không có số liệu: «X»'],
    ['không', 'không có số liệu: «không»'],
    ['Không có', 'không có số liệu: «Không có»'],
    ['chưa có', 'không có số liệu: «chưa có»'],
    ['…', 'không có số liệu: «…»'],
    ['N/A', 'không có số liệu: «N/A»'],
  ])('%j is missing: %s', (raw, reason) => {
    expect(parseFigure(raw)).toEqual({ kind: 'missing', raw: raw === null ? '' : raw, reason });
  });

  it.each<[CellValue, string]>([
    ['tốt', 'không phải số: «tốt»'],
    ['đang cập nhật', 'không phải số: «đang cập nhật»'],
    ['#REF!', 'lỗi Excel #REF!'],
    ['#DIV/0!', 'lỗi Excel #DIV/0!'],
    ['#VALUE!', 'lỗi Excel #VALUE!'],
    ['#N/A', 'lỗi Excel #N/A'],
    [true, 'không phải số: «true»'],
    ['1.23.4', 'số viết không rõ: «1.23.4»'],
    ['1,2,3', 'số viết không rõ: «1,2,3»'],
    ['10 - 15', 'nhiều số hoặc chữ lạ: «10 - 15»'],
    ['17/6/2022', 'số viết không rõ: «17/6/2022»'],
    ['3G', 'không phải số: «3G»'],
    // A comma and three digits in a Vietnamese sheet: 340,492 or 340.492? Page counters say the latter.
    ['340,492', 'không rõ «340,492» là số thập phân hay 340.492'],
    ['1,500 trạm', 'không rõ «1,500» là số thập phân hay 1.500'],
    ['- 5', 'không phải số: «- 5»'],
  ])('%j is unreadable: %s', (raw, reason) => {
    expect(parseFigure(raw)).toMatchObject({ kind: 'unreadable', reason });
  });

  it('reads "1.500" in an English-style sheet as unclear too', () => {
    expect(parseFigure('1.500', { style: 'en' })).toMatchObject({
      kind: 'unreadable',
      reason: 'không rõ «1.500» là số thập phân hay 1500',
    });
  });

  it('calls a percentage too big for a number unreadable', () => {
    expect(parseFigure(1e307, { numberFormat: '0%' })).toMatchObject({ kind: 'unreadable' });
  });

  it('keeps the raw text as written', () => {
    expect(parseFigure('  khoảng 91.000 ')).toMatchObject({ raw: '  khoảng 91.000 ' });
  });
});

describe('isPercentFormat', () => {
  it.each([
    ['0.0%', true],
    ['0%', true],
    ['0.0\\%', false],
    ['0.0"%"', false],
    ['[Red]0.00%', true],
    ['#,##0', false],
    [null, false],
  ])('%j → %s', (format, expected) => {
    expect(isPercentFormat(format)).toBe(expected);
  });
});

describe('a number typed as text with a literal apostrophe', () => {
  it.each([
    ["'4.550", 4550],
    ["'40", 40],
    ['’12,5', 12.5],
  ])('reads %s as %d', (raw, value) => {
    const f = parseFigure(raw);
    expect(f.kind === 'number' && f.value).toBe(value);
  });
});
