import type { CellRef } from './grid';

export type IssueCode =
  | 'unit_missing'
  | 'unit_unknown'
  | 'unit_ambiguous'
  | 'period_mismatch'
  | 'indicator_missing'
  | 'value_missing'
  | 'value_unreadable'
  | 'out_of_range'
  | 'rule_violated'
  | 'scale_suspect'
  | 'outlier'
  | 'duplicate_conflict'
  | 'label_unmatched'
  | 'template_mismatch';

export type Severity = 'error' | 'warning' | 'info';

export type Issue = {
  code: IssueCode;
  severity: Severity;
  unit: string | null;
  indicator: string | null;
  /** "file#sheet!B17", or null when the issue has no cell (a unit that sent nothing). */
  cell: string | null;
  /** Vietnamese message a staff member can act on. */
  message: string;
  /** English message for the English UI. */
  messageEn: string;
  /** The same cell as `cell`, structured, so front ends can link to it. */
  ref?: CellRef;
  /** Other cells involved (the second cell of a duplicate, the parts of a rule). */
  related?: string[];
};
