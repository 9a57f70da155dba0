import type { IndicatorKind } from '../catalog/measure-kind';

/*
 * The shape of a label's key, apart from the code that makes it (label-key.ts): the lexicon's guards read keys, and
 * the maker reads the lexicon, so the shape sits below both.
 */

/** What a label (or a catalog name or alias) says, reduced to what matching compares. */
export type LabelKey = {
  /** Folded, abbreviation-expanded key without numbering, measure suffix, period and filler words. */
  key: string;
  /** Scoring tokens: `key` without count words and stopwords, unique, in order. */
  tokens: string[];
  /** Sorted tokens: equal fingerprints are the exact fast path. */
  fingerprint: string;
  /** Tokens that carry digits ("3", "4g", "100"), sorted: digits are meaning, never noise. */
  digits: string;
  /** Period written in the label ("6t", "q1", "nam"), or null. */
  period: string | null;
  /** What the label counts, from its own words: a rate ("Tỷ lệ", "%"), a density ("Mật độ", "/100 dân"), a count ("Số ..."). */
  kind: LabelKind | null;
  /** "Trong đó: ..." — the label is a part of the row above. */
  partOf: boolean;
  /** The label had Roman or letter section numbering ("I.", "A."). */
  sectionNumbered: boolean;
  /** The thing counted ("xa", "ho", "nguoi"...), when the label begins with one; see HEADS. */
  head: string | null;
  /** The head is followed by a clause ("Số xã có ..."): it is surely what the label counts. */
  headClause: boolean;
};

/** What a label counts, in the same words as an indicator's kind. */
export type LabelKind = IndicatorKind;
