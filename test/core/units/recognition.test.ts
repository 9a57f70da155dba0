import { evaluateRecognition, VARIANTS } from './recognition-eval';

describe('every official unit of every province, before and since the July 2025 reform', () => {
  const figures = evaluateRecognition();

  test('is checked in all its ways of writing', () => {
    expect(figures.byEra.before).toEqual({ provinces: 63, names: 696 });
    expect(figures.byEra.since).toEqual({ provinces: 34, names: 3321 });
    expect(figures.checks).toBe(4017 * VARIANTS.length);
  });

  test('is recognised as itself and no other, or flagged with its twin when the writing cannot tell them apart', () => {
    expect(figures.failures.slice(0, 10)).toEqual([]);
    expect(figures.recognised + figures.flaggedTwins).toBe(figures.checks);
  });

  test('only names the writing cannot tell apart are flagged, never most of them', () => {
    // Xã Tân Thành / Xã Tân Thạnh without diacritics, Xã Lục Nam beside a Phường of the same name in a date line...
    expect(figures.flaggedTwins).toBeGreaterThan(0);
    expect(figures.flaggedTwins).toBeLessThan(figures.checks / 500);
  });
});
