import fc from 'fast-check';
import { formatVietnamese, parseFigure } from '../../../src/core/numbers';

describe('formatVietnamese', () => {
  it.each<[number, number | undefined, string]>([
    [1300, undefined, '1.300'],
    [1234567.5, undefined, '1.234.567,5'],
    [16.2, undefined, '16,2'],
    [16.2, 2, '16,20'],
    [0.5, undefined, '0,5'],
    [-1300, undefined, '-1.300'],
    [-0.001, 2, '0,00'],
    [999, undefined, '999'],
    [1e21, undefined, '1.000.000.000.000.000.000.000'],
    [Number.NaN, undefined, ''],
  ])('%p with %p decimals → %j', (n, decimals, expected) => {
    expect(formatVietnamese(n, decimals)).toBe(expected);
  });
});

describe('parseFigure reads back what formatVietnamese writes', () => {
  const valueOf = (text: string) => {
    const f = parseFigure(text);
    return f.kind === 'number' ? f.value : f.reason;
  };

  it('for integers', () => {
    fc.assert(
      fc.property(fc.integer({ min: -Number.MAX_SAFE_INTEGER, max: Number.MAX_SAFE_INTEGER }), (n) => {
        expect(valueOf(formatVietnamese(n))).toBe(n === 0 ? 0 : n);
      }),
    );
  });

  it('for numbers with one or two decimals', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.constantFrom(10, 100), (k, scale) => {
        const n = k / scale;
        expect(valueOf(formatVietnamese(n))).toBe(n);
        expect(valueOf(formatVietnamese(n, scale === 10 ? 1 : 2))).toBe(n);
      }),
    );
  });
});
