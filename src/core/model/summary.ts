import type { Catalog, Indicator } from './catalog';
import type { CellRef } from './grid';
import type { Figure, UnitCandidate, UnitReport } from './report';
import type { Issue } from './issue';
import type { BuiltinLink, IndicatorCandidate, Tier } from './match';
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
  /** The official code (General Statistics Office), when the province's list or the units list gives one. */
  code?: string;
  /**
   * The name is not one unit of the list: ambiguous between several, or unknown (with the nearest names), or of
   * another province (`province`: the one its title block names).
   */
  problem?: { kind: 'ambiguous' | 'unknown'; candidates: UnitCandidate[]; province?: string };
  source: string;
  period: string | null;
  report: UnitReport;
};

/** A unit that must report, in official order. */
export type ExpectedUnit = { name: string; code?: string };

/** Where the expected units came from: the gazetteer (a province and an era) or a units list. */
export type UnitsSource = {
  source: 'gazetteer' | 'list';
  /** The province as the gazetteer names it. */
  province?: string;
  /** The list in play: districts before 1 July 2025, communes and wards since. */
  era?: 'before' | 'since' | null;
  /** How the era was decided: chosen by the user, from the period, by the reports of a period across the reform. */
  eraFrom?: 'choice' | 'period' | 'reports' | 'none';
  /** The period runs across 1 July 2025: names of both lists were accepted. */
  straddles?: boolean;
};

export type UnmatchedLabel = {
  unit: string;
  label: string;
  cell: CellRef;
  candidates: IndicatorCandidate[];
  reason: string;
  reasonEn: string;
};

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
  candidates: IndicatorCandidate[];
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
  /** Expected unit names that sent nothing, in official order. */
  missingUnits: string[];
  /** Every unit expected to report, in official order with its code (absent without a list or province). */
  expected?: ExpectedUnit[];
  unitsFrom?: UnitsSource;
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

/** A sheet not used, and why (reasonEn: the same reason in English; absent → the Vietnamese is shown). */
export type SkippedSheet = { source: string; reason: string; reasonEn?: string };

export type ConsolidationResult = {
  summary: Summary;
  issues: Issue[];
  skipped: SkippedSheet[];
};
