/*
 * What a hold-out corpus expects: the row model every hold-out generator (scripts/make-holdout*.ts) writes into its
 * expected.json, and test/holdout-kit reads back. One module, so the generators and the evaluation never import
 * each other.
 */

/** What a careful human would do with one row. */
export type Expect =
  | { kind: 'indicator'; id: string; value: number | null; alsoAccept?: (number | null)[]; note?: string }
  | { kind: 'unmatched'; why: string }
  /** Ambiguous by nature: left unmatched, or matched to `id` with `value`; anything else is wrong. */
  | { kind: 'either'; id: string; value: number | null; why: string }
  /** Ambiguous by nature, no indicator would be right: it may go unmatched or be ignored, never be matched. */
  | { kind: 'heading' };

export type ExpectedRow = { label: string; labelCell: string; valueCell: string | null; raw: string; expect: Expect };
export type ExpectedUnit = { name: string; file: string; sheet: string; rows: ExpectedRow[] };
export type ExpectedCorpus = {
  period: string;
  units: ExpectedUnit[];
  /** Units on the list that sent nothing. */
  missingUnits: string[];
  /** Sheets that are not unit reports (hidden helper lists, instructions). */
  notReports: { file: string; sheet: string; why: string }[];
};

/** An issue a reviewer expects the engine to raise (second hold-out on). */
export type ExpectedIssue = {
  code: string;
  unit: string;
  /** The cell the issue should point at (file#sheet!A1), when it is about one cell. */
  cell?: string;
  indicator?: string;
  why: string;
};

/** The first hold-out's model plus the issues a reviewer expects and the superseded sheets (second hold-out on). */
export type ExpectedCorpus2 = ExpectedCorpus & {
  /** Issues a careful reviewer expects the engine to raise. */
  issues: ExpectedIssue[];
  /** Sheets that are reports but must not be used (a superseded first version of a resent report). */
  superseded: { file: string; sheet: string; unit: string; why: string }[];
};
