import { removeDiacritics } from '../text';
import type { Era } from './gazetteer';

/** The era of a period, or 'both' for a period that runs across 1 July 2025 ("năm 2025", "9 tháng năm 2025"). */
export type PeriodEra = Era | 'both';

/**
 * Which list of units a period's reports come from, from its key ("2022-H1", "2025-Y", "2025-Q3", "2025-M9",
 * "2025-07"); null for a key that is no period.
 * @example eraOfPeriodKey('2025-H1') // "before"
 * @example eraOfPeriodKey('2025-Y') // "both"
 */
export function eraOfPeriodKey(key: string): PeriodEra | null {
  const m = /^(\d{4})-(H[12]|Y|Q[1-4]|M\d{1,2}|\d{2})$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < 2025) return 'before';
  if (year > 2025) return 'since';
  const [first, last] = monthsOf(m[2]);
  if (last <= 6) return 'before';
  if (first >= 7) return 'since';
  return 'both';
}

/**
 * A period that ends in the three months before the reform (quý II/2025, 6 tháng đầu năm 2025, tháng 4–6/2025):
 * its reports were written around 1 July 2025, by the districts that still existed or by the communes that had
 * just replaced them, so both lists are accepted and the reports decide (districts on a tie).
 * @example reportedAcrossReform('2025-H1') // true
 */
export function reportedAcrossReform(key: string): boolean {
  const m = /^2025-(H1|Q2|M[4-6]|0[4-6])$/.exec(key);
  return m !== null;
}

/** First and last month a period part covers; "M9" is the nine months from January. */
function monthsOf(part: string): [number, number] {
  if (part === 'Y') return [1, 12];
  if (part === 'H1') return [1, 6];
  if (part === 'H2') return [7, 12];
  if (part.startsWith('Q')) {
    const q = Number(part.slice(1));
    return [3 * q - 2, 3 * q];
  }
  if (part.startsWith('M')) return [1, Number(part.slice(1))];
  const month = Number(part);
  return [month, month];
}

/** How a person names the era: "trước 1/7/2025", "before", "truoc", "sau", "since", "cap huyen", "cap xa". */
export function parseEra(text: string): Era | null {
  const t = removeDiacritics(text).toLowerCase().trim();
  if (/^(before|truoc|cu|huyen|cap huyen|district|districts)\b/.test(t)) return 'before';
  if (/^(since|after|sau|tu|moi|xa|cap xa|commune|communes)\b/.test(t)) return 'since';
  return null;
}
