import type { Catalog, MatchResult } from '../model';
import { matched, unmatched, tierOf, type RowOption } from './decide';
import { createLabelScorer, type LabelReading } from './evidence/label';
import { buildTextIndex, type TextIndex } from './text-index';

/*
 * Matching a label on its own wording, over a text index. Kept apart from createMatcher (which prepares the
 * borrowed wordings first) because linking to the built-in catalog needs a plain matcher before that preparation.
 */

export type Matcher = {
  /** A label alone, without the row's context: what its wording says. */
  match(label: string): MatchResult;
};

/** The decision on a label's own evidence. */
function decideLabel(reading: LabelReading): MatchResult {
  const options: RowOption[] =
    reading.kind === 'read' ? reading.options.map((o) => ({ id: o.id, weight: o.weight, evidence: [o.evidence] })) : [];
  const [first, second] = options;
  const tier = first ? tierOf(first.weight, first.weight - (second?.weight ?? -Infinity)) : null;
  return first && tier ? matched(reading, options, first, tier) : unmatched(reading, options);
}

/** A label matcher over an index and its scorer, answers cached per label. */
export function matcherOver(
  index: TextIndex,
  read: (label: string) => LabelReading = createLabelScorer(index),
): Matcher {
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
