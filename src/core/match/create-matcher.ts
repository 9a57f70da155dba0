import type { Catalog, MatchResult } from '../model';
import { matched, unmatched, tierOf, type RowOption } from './decide';
import { createLabelScorer, type LabelReading } from './evidence/label';
import { prepareMatching } from './prepare';
import { buildTextIndex, type TextIndex } from './text-index';

export type Matcher = {
  /** A label alone, without the row's context: what its wording says. */
  match(label: string): MatchResult;
};

/** The decision on a label's own evidence. */
function decideLabel(reading: LabelReading): MatchResult {
  const options: RowOption[] = reading.kind === 'read' ? reading.options.map((o) => ({ id: o.id, weight: o.weight, evidence: [o.evidence] })) : [];
  const [first, second] = options;
  const tier = first ? tierOf(first.weight, first.weight - (second?.weight ?? -Infinity)) : null;
  return first && tier ? matched(reading, options, first, tier) : unmatched(reading, options);
}

/** A label matcher over an index and its scorer, answers cached per label. */
export function matcherOver(index: TextIndex, read: (label: string) => LabelReading = createLabelScorer(index)): Matcher {
  const results = new Map<string, MatchResult>();
  const match = (label: string): MatchResult => {
    let result = results.get(label);
    if (!result) results.set(label, (result = decideLabel(read(label))));
    return result;
  };
  return { match };
}

/** A label matcher over a catalog's own wordings only (no borrowed ones): what linking to the built-in catalog uses. */
export function plainMatcher(catalog: Catalog): Matcher {
  return matcherOver(buildTextIndex(catalog));
}

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
