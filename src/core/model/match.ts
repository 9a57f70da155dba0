/*
 * What the matching stage decides for each row of a report: an indicator (sure or likely), unmatched, or ignored,
 * with the evidence the decision was summed from, so a person sees why.
 */

/** One indicator a label may be, with how similar (0..1) the label is to its closest wording. */
export type IndicatorCandidate = { id: string; score: number };

/** The kinds of evidence a decision is summed from; each kind has one scorer in src/core/match/evidence. */
export type EvidenceKind = 'label' | 'template' | 'parent' | 'measure' | 'section' | 'order' | 'peers' | 'size';

/**
 * One piece of evidence for or against one indicator, as a record-linkage weight: log₂ of how much likelier the row
 * is that indicator than not, given this piece (+2 = four times likelier). Texts are for the person who checks.
 */
export type Evidence = { kind: EvidenceKind; weight: number; vi: string; en: string };

/** Sure matches are applied; likely ones are applied and listed for a person to confirm. */
export type Tier = 'sure' | 'likely';

export type MatchResult =
  | {
      kind: 'matched';
      id: string;
      tier: Tier;
      /** 0..1, from the summed weight: 1 / (1 + 2^-weight). */
      confidence: number;
      /** The evidence in words, Vietnamese and English. */
      reason: string;
      reasonEn: string;
      evidence: Evidence[];
      candidates: IndicatorCandidate[];
    }
  | { kind: 'unmatched'; reason: string; reasonEn: string; evidence: Evidence[]; candidates: IndicatorCandidate[] }
  /** A section heading or a label that is not an indicator (e.g. "Ghi chú"). */
  | { kind: 'ignored'; reason: string; reasonEn: string };

/** A department indicator found to be a built-in one: the built-in wordings and checks apply to it too. */
export type BuiltinLink = {
  id: string;
  builtinId: string;
  /** The built-in indicator's name, for the audit. */
  builtinName: string;
  reason: string;
  reasonEn: string;
};
