import type { Indicator } from '../model';
export { measureKind, type MeasureKind } from '../numbers';

/*
 * What an indicator measures, for every stage that needs it: matching (a rate never matches a count), merging (money
 * scales, percents), checking and rendering. A measure's own reading lives with the numbers (its lexicon).
 */

/** What a figure is: a rate ("%"), a density ("/100 dân", or a ratio of two indicators), or a count (money included). */
export type IndicatorKind = 'rate' | 'density' | 'count';

/**
 * The indicator's kind from its measure and aggregate: "%" is a rate, "/100 dân" or a ratio a density, else a count.
 * @example indicatorKind({ id: 'x', name: 'Tỷ lệ hộ có cáp quang', unit: '%' }) // "rate"
 */
export function indicatorKind(indicator: Indicator): IndicatorKind {
  if (indicator.unit.trim() === '%') return 'rate';
  const ratio = typeof indicator.aggregate === 'object' && 'ratio' in indicator.aggregate;
  return ratio || indicator.unit.includes('/') ? 'density' : 'count';
}
