import type { Catalog } from '../../src/core/model';
import { createMatcher } from '../../src/core/match';
import type { LabelCase } from './labels';

export type Evaluation = {
  total: number;
  positives: number;
  matched: number;
  correct: number;
  precision: number;
  recall: number;
  wrong: { label: string; expected: string | null; got: string; reason: string }[];
  missed: { label: string; expected: string; reason: string }[];
  headingsMatched: { label: string; got: string }[];
  millisPerLabel: number;
};

/** Runs the matcher over a labelled set: precision over matched labels, recall over labels that have an indicator. */
export function evaluateMatching(catalog: Catalog, cases: LabelCase[], headings: string[] = []): Evaluation {
  const matcher = createMatcher(catalog);
  const started = performance.now();
  const results = cases.map((c) => ({ c, result: matcher.match(c.label) }));
  const headingResults = headings.map((label) => ({ label, result: matcher.match(label) }));
  const elapsed = performance.now() - started;
  const wrong: Evaluation['wrong'] = [];
  const missed: Evaluation['missed'] = [];
  let matched = 0;
  let correct = 0;
  for (const { c, result } of results) {
    if (result.kind === 'matched') {
      matched++;
      if (result.id === c.id) correct++;
      else wrong.push({ label: c.label, expected: c.id, got: result.id, reason: result.reason });
    } else if (c.id !== null) {
      missed.push({ label: c.label, expected: c.id, reason: result.reason });
    }
  }
  const positives = cases.filter((c) => c.id !== null).length;
  const headingsMatched = headingResults.flatMap(({ label, result }) =>
    result.kind === 'matched' ? [{ label, got: result.id }] : [],
  );
  return {
    total: cases.length,
    positives,
    matched,
    correct,
    precision: matched === 0 ? 1 : correct / matched,
    recall: positives === 0 ? 1 : correct / positives,
    wrong,
    missed,
    headingsMatched,
    millisPerLabel: elapsed / Math.max(1, cases.length + headings.length),
  };
}
