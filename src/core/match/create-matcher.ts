import type { Catalog, MatchResult } from '../model';
import { matched, unmatched, tierOf, type RowOption } from './decide';
import { createLabelScorer } from './evidence/label';
import { createQualifierTest } from './evidence/parent';
import { buildTextIndex, type LentForm } from './text-index';

export type Matcher = {
  /** A label alone, without the row's context: what its wording says. */
  match(label: string): MatchResult;
  /** A short sub-row that only narrows the row above ("- Toàn trình"): read together with its parent row. */
  isQualifier(label: string): boolean;
};

/**
 * A matcher of labels alone, for the places that have no report around a label: learning from the mapping sheet,
 * the add-in's candidate lists, the labelled sets. The matching stage (matchReports) adds the row's context.
 * @example createMatcher(defaultCatalog).match('1.2. Số trạm BTS (trạm)')
 * // { kind: 'matched', id: 'bts_stations', tier: 'sure', confidence: 1, reason: 'khớp bí danh «Số trạm BTS»', ... }
 */
export function createMatcher(catalog: Catalog, lent: LentForm[] = []): Matcher {
  const index = buildTextIndex(catalog, lent);
  const read = createLabelScorer(index);
  const results = new Map<string, MatchResult>();
  const match = (label: string): MatchResult => {
    let result = results.get(label);
    if (result) return result;
    const reading = read(label);
    const options: RowOption[] = reading.kind === 'read' ? reading.options.map((o) => ({ id: o.id, weight: o.weight, evidence: [o.evidence] })) : [];
    const [first, second] = options;
    const tier = first ? tierOf(first.weight, first.weight - (second?.weight ?? -Infinity)) : null;
    result = first && tier ? matched(reading, options, first, tier) : unmatched(reading, options);
    results.set(label, result);
    return result;
  };
  return { match, isQualifier: createQualifierTest(index) };
}
