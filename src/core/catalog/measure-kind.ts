import type { Indicator } from '../model';
import { memoizeText } from '../text/memo';
import { foldKey } from '../text';

/*
 * What an indicator's measure measures, read once here for every stage that needs it: matching (a rate never matches
 * a count), merging (money scales, percents), checking and rendering.
 */

export type MeasureKind = 'percent' | 'money' | 'density' | 'count';

/** What a figure is: a rate ("%"), a density ("/100 dân", or a ratio of two indicators), or a count (money included). */
export type IndicatorKind = 'rate' | 'density' | 'count';

/**
 * What a measure measures, enough to tell a count from a rate or an amount of money.
 * @example measureKind('TB/100 dân') // "density"
 */
export const measureKind: (measure: string) => MeasureKind = memoizeText(measureKindOf);

function measureKindOf(measure: string): MeasureKind {
  if (/%/.test(measure)) return 'percent';
  const key = foldKey(measure);
  if (/\b(ty le|phan tram)\b/.test(key)) return 'percent';
  if (/\bdong\b|\bvnd\b/.test(key)) return 'money';
  if (/\/\s*100|\b100 dan\b/.test(measure) || /\b100 dan\b/.test(key)) return 'density';
  return 'count';
}

/**
 * The indicator's kind from its measure and aggregate: "%" is a rate, "/100 dân" or a ratio a density, else a count.
 * @example indicatorKind({ id: 'x', name: 'Tỷ lệ hộ có cáp quang', unit: '%' }) // "rate"
 */
export function indicatorKind(indicator: Indicator): IndicatorKind {
  if (indicator.unit.trim() === '%') return 'rate';
  const ratio = typeof indicator.aggregate === 'object' && 'ratio' in indicator.aggregate;
  return ratio || indicator.unit.includes('/') ? 'density' : 'count';
}
