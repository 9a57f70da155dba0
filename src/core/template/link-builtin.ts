import type { Indicator } from '../model';
import { defaultCatalog } from '../catalog/default-catalog';
import { createMatcher, type Matcher } from '../match';
import { measureKind } from '../catalog/measure-kind';

let builtIn: Matcher | undefined;
const byId = new Map(defaultCatalog.indicators.map((i) => [i.id, i]));

/** A built-in indicator the form's row is the same as, with the matcher's confidence. */
export type BuiltInLink = { indicator: Indicator; confidence: number };

/**
 * The built-in indicator a form's row is the same as, or null: the one place the catalog builder asks the matching
 * stage, so a new matcher replaces only this. A rate never links to a count (nor a count to a rate), whatever the words.
 * @example linkToBuiltIn('Số trạm BTS', 'trạm')?.indicator.id // "bts_stations"
 */
export function linkToBuiltIn(name: string, measure: string): BuiltInLink | null {
  builtIn ??= createMatcher(defaultCatalog);
  const kind = measure === '' ? null : measureKind(measure);
  // The measure is evidence, as consolidate gives it: "Hộ có cáp quang" with "%" is the rate, not the count.
  const text = (kind === 'percent' || kind === 'density') && !/\)\s*$/.test(name) ? `${name} (${measure})` : name;
  const match = builtIn.match(text);
  if (match.kind !== 'matched') return null;
  const indicator = byId.get(match.id);
  if (!indicator) return null;
  if (kind !== null && rateLike(measureKind(indicator.unit)) !== rateLike(kind)) return null;
  return { indicator, confidence: match.confidence };
}

const rateLike = (kind: string): boolean => kind === 'percent' || kind === 'density';
