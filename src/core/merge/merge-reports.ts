import type {
  Catalog, CellRef, MappingRow, MatchResult, ReportRow, SummaryRow, UnitInfo, UnitValue, UnmatchedLabel,
} from '../model';
import { readFigure, type ReadFigure } from './read-figure';
import { computeTotals } from './aggregate';

/** A unit's report with each row's match decision. */
export type MatchedReport = { unit: UnitInfo; rows: { row: ReportRow; match: MatchResult }[] };

/** A figure whose measure could not be brought to the catalog's measure; check turns it into an issue. */
export type MeasureConflict = { unit: string; indicatorId: string; cell: CellRef; from: string; to: string };

export type MergeResult = {
  rows: SummaryRow[];
  unmatched: UnmatchedLabel[];
  mapping: MappingRow[];
  measureConflicts: MeasureConflict[];
};

/**
 * Puts every matched figure in its indicator row under its unit, keeping provenance, then computes totals with the
 * catalog's aggregate rules. The first of two rows for the same indicator is kept; the others are attached as
 * duplicates for the check stage.
 * @example mergeReports([{ unit, rows }], catalog).rows[0].values["Huyện Bù Đốp"].value // 12
 */
export function mergeReports(reports: MatchedReport[], catalog: Catalog): MergeResult {
  const byId = new Map(catalog.indicators.map((indicator) => [indicator.id, indicator]));
  const values = new Map<string, Record<string, UnitValue>>(catalog.indicators.map((i) => [i.id, {}]));
  const unmatched: UnmatchedLabel[] = [];
  const mapping: MappingRow[] = [];
  const measureConflicts: MeasureConflict[] = [];

  for (const { unit, rows } of reports) {
    const style = unit.report.layout.numberStyle;
    for (const { row, match } of rows) {
      if (match.kind === 'ignored') continue;
      mapping.push(mappingRow(unit.name, row, match));
      if (match.kind === 'unmatched') {
        unmatched.push({ unit: unit.name, label: row.label, cell: row.labelCell, candidates: match.candidates, reason: match.reason });
        continue;
      }
      const indicator = byId.get(match.id);
      const unitValues = values.get(match.id);
      if (!indicator || !unitValues) continue;
      const read = readFigure(row, indicator, style);
      if (read.measureConflict) measureConflicts.push({ unit: unit.name, indicatorId: indicator.id, cell: row.valueCell, ...read.measureConflict });
      const existing = unitValues[unit.name];
      if (existing) {
        (existing.duplicates ??= []).push({ cell: row.valueCell, figure: read.figure, value: read.value });
      } else {
        unitValues[unit.name] = unitValue(row, read, match.confidence);
      }
    }
  }

  const rows: SummaryRow[] = catalog.indicators.map((indicator) => ({
    indicator,
    values: values.get(indicator.id) ?? {},
    total: null,
    totalNote: '',
  }));
  computeTotals(rows);
  return { rows, unmatched, mapping, measureConflicts };
}

function unitValue(row: ReportRow, read: ReadFigure, confidence: number): UnitValue {
  return { figure: read.figure, value: read.value, cell: row.valueCell, label: row.label, labelCell: row.labelCell, confidence };
}

function mappingRow(unit: string, row: ReportRow, match: Exclude<MatchResult, { kind: 'ignored' }>): MappingRow {
  return {
    unit,
    label: row.label,
    cell: row.labelCell,
    indicatorId: match.kind === 'matched' ? match.id : null,
    confidence: match.kind === 'matched' ? match.confidence : 0,
    reason: match.reason,
  };
}
