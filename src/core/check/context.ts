import type { CellRef, Issue, IssueCode, Summary } from '../model';
import type { MeasureConflict } from '../merge';
import { ISSUE_TEXTS } from '../issues';
import { formatCellRef } from '../address/address';

/** Everything a check may look at; checks never change figures. */
export type CheckContext = {
  summary: Summary;
  measureConflicts: MeasureConflict[];
  /** The period being consolidated (given, or the most common one in the reports). */
  period: string | null;
};

export type Check = (ctx: CheckContext) => Issue[];

type IssueFields = {
  /** Only where one code covers two weights of problem (an unmatched row that holds a figure the summary lacks). */
  severity?: Issue['severity'];
  unit?: string | null;
  indicator?: string | null;
  cell?: CellRef | null;
  related?: CellRef[];
  vi: string;
  en: string;
};

/** Builds an issue with the severity the code's table gives. */
export function makeIssue(code: IssueCode, fields: IssueFields): Issue {
  const issue: Issue = {
    code,
    severity: fields.severity ?? ISSUE_TEXTS[code].severity,
    unit: fields.unit ?? null,
    indicator: fields.indicator ?? null,
    cell: fields.cell ? formatCellRef(fields.cell) : null,
    message: fields.vi,
    messageEn: fields.en,
  };
  if (fields.cell) issue.ref = fields.cell;
  if (fields.related?.length) issue.related = fields.related.map(formatCellRef);
  return issue;
}

const viNumber = new Intl.NumberFormat('vi-VN', { maximumFractionDigits: 2 });
const enNumber = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 1300.5 → "1.300,5" for messages staff read. */
export function fmtVi(n: number): string {
  return viNumber.format(n);
}

export function fmtEn(n: number): string {
  return enNumber.format(n);
}

/** A row's [unit, value] pairs, listed once for every check (see merge/unit-values.ts). */
export { unitValues } from '../merge';
