import type { Catalog, Indicator } from './catalog';
import type { CellRef } from './grid';
import type { Figure, UnitReport } from './report';
import type { Issue } from './issue';
import type { BuiltinLink, Candidate, Tier } from './match';
import type { FigureScale } from './measure';

/** One unit's value for one indicator, with where it came from. */
export type UnitValue = {
  figure: Figure;
  /** The figure in the catalog's measure (after magnitude and percent scaling); null if missing/unreadable. */
  value: number | null;
  cell: CellRef;
  label: string;
  labelCell: CellRef;
  confidence: number;
  /** How the figure's measure and magnitude were read, when the sheet wrote any (see numbers/figure-scale.ts). */
  scale?: FigureScale;
  /** Set when the same indicator appeared more than once in the report. */
  duplicates?: { cell: CellRef; figure: Figure; value: number | null }[];
};

export type SummaryRow = {
  indicator: Indicator;
  /** Keyed by unit name. Absent key = the unit's report has no row for this indicator. */
  values: Record<string, UnitValue>;
  total: number | null;
  /** How the total was computed, for the note on the total cell. */
  totalNote: string;
};

export type UnitInfo = {
  name: string;
  /** The unit's official code (the gazetteer's), when known: units are listed in the order of their codes. */
  code?: string;
  source: string;
  period: string | null;
  report: UnitReport;
};

export type UnmatchedLabel = { unit: string; label: string; cell: CellRef; candidates: Candidate[]; reason: string; reasonEn: string };

export type MappingRow = {
  unit: string;
  label: string;
  cell: CellRef;
  indicatorId: string | null;
  /** Sure or likely for a matched row (likely ones are listed for a person to confirm); null when unmatched. */
  tier: Tier | null;
  confidence: number;
  reason: string;
  reasonEn: string;
  /** The indicators the wording is closest to, for a person who decides (unmatched and likely rows). */
  candidates: Candidate[];
  /** The unit's value this row's figure became; absent for a row not used (unmatched, or a second row of one indicator). */
  used?: UnitValue;
};

export type Summary = {
  /** The catalog consolidated with: the department's, with the checks borrowed from linked built-in indicators. */
  catalog: Catalog;
  /** The department's indicators found to be built-in ones (none when the built-in catalog is used). */
  builtinLinks?: BuiltinLink[];
  period: string | null;
  units: UnitInfo[];
  /** Expected unit names that sent nothing. */
  missingUnits: string[];
  /** The expected units in the order the list gives them (the official order), when a list was given. */
  expectedUnits?: string[];
  rows: SummaryRow[];
  unmatched: UnmatchedLabel[];
  mapping: MappingRow[];
  /** Figures of an earlier period, when given: a change column and jump checks. */
  previous?: PreviousPeriod;
};

export type PreviousPeriod = {
  period: string | null;
  source: string;
  totals: Record<string, number | null>;
  values: Record<string, Record<string, number | null>>;
};

export type SkippedSheet = { source: string; reason: string };

export type ConsolidationResult = {
  summary: Summary;
  issues: Issue[];
  skipped: SkippedSheet[];
};
