/** Result of matching one label to the catalog. */
export type Candidate = { id: string; score: number };

export type MatchResult =
  | { kind: 'matched'; id: string; confidence: number; reason: string; candidates: Candidate[] }
  | { kind: 'unmatched'; reason: string; candidates: Candidate[] }
  /** A section heading or a label that is not an indicator (e.g. "Ghi chú"). */
  | { kind: 'ignored'; reason: string };
