import type { ReportRow } from '../../model';
import { normalizeText } from '../../text';
import { analyseLabel } from '../label-key';
import { guardFacts } from '../lexicon';
import type { TextIndex } from '../text-index';

/*
 * A short sub-row that only narrows the row above ("- Toàn trình" under "Tổng số DVC trực tuyến", "Trong đó: mức độ 4")
 * is read together with its parent: the parent indicator's name plus the sub-row's words.
 */

/** A word in this many indicators or fewer tells them apart ("toàn trình", "cố định", "mức độ 4"). */
const DISCRIMINATING_INDICATORS = 3;

const SUB_ROW = /^\s*(?:[-+*•·–—]|trong đó|trong do)/iu;

/** The sub-row's own words, without "Trong đó:" and its bullet. */
export function subRowWords(label: string): string {
  return label.replace(/^\s*(?:trong đó|trong do)\s*[:,]?\s*/iu, '').replace(/^[\s\-+*•·–—]+/u, '');
}

/**
 * Every word is catalog vocabulary and one of them names few indicators: such a label narrows its parent. A "- Nam"
 * under "Dân số" is not one ("nam" names no indicator), so it never becomes the population.
 */
export function createQualifierTest(index: TextIndex): (label: string) => boolean {
  const known = new Map<string, boolean>();
  return (raw) => {
    let answer = known.get(raw);
    if (answer === undefined) {
      const label = analyseLabel(normalizeText(raw), index.measures);
      const tokens = index.unglue(label.tokens);
      const counts = tokens.map((t) => index.indicatorsWith(t));
      // One side of a pair ("Cố định", "Di động", "Toàn trình") narrows any row, however many indicators use its words.
      const side = guardFacts(label.key).sides.some((s) => s === 'a' || s === 'b');
      answer =
        tokens.length > 0 &&
        tokens.length <= 3 &&
        counts.every((n) => n > 0) &&
        (side || counts.some((n) => n <= DISCRIMINATING_INDICATORS));
      known.set(raw, answer);
    }
    return answer;
  };
}

/** The nearest row above that is not itself a sub-row ("-", "+", "Trong đó"), within a few rows. */
export function parentRowOf(rows: readonly ReportRow[], i: number): number | null {
  for (let k = i - 1; k >= Math.max(0, i - 6); k--) if (!SUB_ROW.test(rows[k].label)) return k;
  return null;
}
