import type { Catalog } from '../model';
import { matcherOver, type Matcher } from './label-matcher';
import { prepareMatching } from './prepare';

export type { Matcher } from './label-matcher';

/**
 * A matcher of labels alone, for the places that have no report around a label: learning from the mapping sheet,
 * the add-in's candidate lists, the labelled sets. It knows what matching knows of the catalog (the wordings
 * borrowed from the built-in catalog included); the matching stage (matchReports) adds each row's context.
 * @example createMatcher(defaultCatalog).match('1.2. Số trạm BTS (trạm)')
 * // { kind: 'matched', id: 'bts_stations', tier: 'sure', confidence: 1, reason: 'khớp bí danh «Số trạm BTS»', ... }
 */
export function createMatcher(catalog: Catalog): Matcher {
  const matching = prepareMatching(catalog);
  return matcherOver(matching.index, matching.readLabel);
}
