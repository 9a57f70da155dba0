import { convertMeasure, readMeasure, sameMeasure } from '../../../src/core/numbers';

describe('convertMeasure converts between magnitudes of the same measure', () => {
  it.each<[number, string | undefined, string, number | null]>([
    [1.7e9, 'đồng', 'triệu đồng', 1700],
    [1700, 'triệu đồng', 'tỷ đồng', 1.7],
    [1700, 'tr.đ', 'tỷ đồng', 1.7],
    [1700, 'trđ', 'đồng', 1.7e9],
    [2, 'triệu', 'đồng', 2e6],
    [2, 'tỷ', 'triệu đồng', 2000],
    [1.1, 'nghìn đồng', 'đồng', 1100],
    [5, 'TB', 'thuê bao', 5],
    [105, 'TB/100 dân', 'thuê bao/100 dân', 105],
    [92.8, 'tỷ lệ %', '%', 92.8],
    [92.8, 'Phần trăm', '%', 92.8],
    [12, 'Trạm', 'trạm BTS', 12],
    [12, undefined, 'trạm', 12],
    [12, '', 'trạm', 12],
    [12, 'trạm', 'thuê bao', null],
    [105, 'thuê bao', 'thuê bao/100 dân', null],
    [5, '%', 'điểm', null],
    [5, 'tỷ lệ', 'tỷ đồng', null],
  ])('%p %j → %j = %p', (value, from, to, expected) => {
    expect(convertMeasure(value, from, to)).toBe(expected);
  });
});

describe('sameMeasure', () => {
  it.each([
    ['TB', 'thuê bao', true],
    ['TB/100 dân', 'Thuê bao/100 dân', true],
    ['%', 'tỷ lệ %', true],
    ['trạm', 'Trạm BTS', true],
    ['triệu đồng', 'tr.đ', true],
    ['đồng', 'triệu đồng', false],
    ['trạm', 'xã', false],
  ])('%j and %j → %s', (a, b, expected) => {
    expect(sameMeasure(a, b)).toBe(expected);
  });
});

describe('readMeasure', () => {
  it('splits magnitude, what is counted and the denominator', () => {
    expect(readMeasure('Triệu đồng')).toMatchObject({ exponent: 6, base: 'dong', per: null, kind: 'money' });
    expect(readMeasure('TB/100 dân')).toMatchObject({
      exponent: 0,
      base: 'tb',
      per: { n: 100, group: 'persons' },
      kind: 'density',
    });
    expect(readMeasure('tỷ lệ %')).toMatchObject({ exponent: 0, kind: 'percent' });
    expect(readMeasure('Tỷ')).toMatchObject({ exponent: 9, base: '', bare: true, kind: 'money' });
  });
});
