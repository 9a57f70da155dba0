import type {
  Catalog,
  CellRef,
  MappingRow,
  MatchResult,
  ReportRow,
  SummaryRow,
  UnitInfo,
  UnitValue,
  UnmatchedLabel,
} from '../model';
import { readFigure, type MeasureTrouble, type ReadFigure } from './read-figure';
import { computeTotals } from './aggregate';
import { rememberUnitValues } from './unit-values';

/** A unit's report with each row's match decision. */
export type MatchedReport = { unit: UnitInfo; rows: { row: ReportRow; match: MatchResult }[] };

/** A figure not counted because of its measure or magnitude (see MeasureTrouble); check turns it into an issue. */
export type MeasureConflict = {
  unit: string;
  indicatorId: string;
  cell: CellRef;
  raw: string;
  trouble: MeasureTrouble;
};

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
  // A record per indicator with a key per unit: made without a prototype, which V8 keeps as a hash table from the
  // start, where a plain {} would change shape with each of thousands of added units.
  const values = new Map<string, Record<string, UnitValue>>(
    catalog.indicators.map((i) => [i.id, Object.create(null) as Record<string, UnitValue>]),
  );
  const pairs = new Map<string, [string, UnitValue][]>(catalog.indicators.map((i) => [i.id, []]));
  const unmatched: UnmatchedLabel[] = [];
  const mapping: MappingRow[] = [];
  const measureConflicts: MeasureConflict[] = [];
  const seenUnits = new Set<string>();

  for (const { unit, rows } of reports) {
    const style = unit.report.layout.numberStyle;
    // This report's value per indicator, to find its second rows: asking the indicator's record (one key per unit,
    // thousands at country scale) for every row costs more than a small map per report.
    const own = new Map<string, UnitValue>();
    // Two reports under one name (consolidate keeps one, a caller may not): the later one's rows are duplicates.
    const repeated = seenUnits.has(unit.name);
    seenUnits.add(unit.name);
    for (const { row, match } of rows) {
      if (match.kind === 'ignored') continue;
      const mapped = mappingRow(unit.name, row, match);
      mapping.push(mapped);
      if (match.kind === 'unmatched') {
        unmatched.push({
          unit: unit.name,
          label: row.label,
          cell: row.labelCell,
          candidates: match.candidates,
          reason: match.reason,
          reasonEn: match.reasonEn,
        });
        continue;
      }
      const indicator = byId.get(match.id);
      const unitValues = values.get(match.id);
      if (!indicator || !unitValues) continue;
      const read = readFigure(row, indicator, style);
      if (read.measureTrouble)
        measureConflicts.push({
          unit: unit.name,
          indicatorId: indicator.id,
          cell: row.valueCell,
          raw: read.figure.raw,
          trouble: read.measureTrouble,
        });
      const existing = own.get(match.id) ?? (repeated ? unitValues[unit.name] : undefined);
      if (existing) {
        (existing.duplicates ??= []).push({ cell: row.valueCell, figure: read.figure, value: read.value });
      } else {
        const value = unitValue(row, read, match.confidence);
        own.set(match.id, value);
        pairs.get(match.id)?.push([unit.name, value]);
        mapped.used = unitValues[unit.name] = value;
      }
    }
  }

  const rows: SummaryRow[] = catalog.indicators.map((indicator) => ({
    indicator,
    values: values.get(indicator.id) ?? {},
    total: null,
    totalNote: '',
  }));
  for (const row of rows) rememberUnitValues(row, pairs.get(row.indicator.id) ?? []);
  computeTotals(rows);
  return { rows, unmatched, mapping, measureConflicts };
}

function unitValue(row: ReportRow, read: ReadFigure, confidence: number): UnitValue {
  // Every unit value has the same fields (scale undefined when the sheet wrote no measure): totals, checks and render
  // walk hundreds of thousands of them, and objects of one shape keep those loops fast.
  return {
    figure: read.figure,
    value: read.value,
    cell: row.valueCell,
    label: row.label,
    labelCell: row.labelCell,
    confidence,
    scale: read.scale,
  };
}

function mappingRow(unit: string, row: ReportRow, match: Exclude<MatchResult, { kind: 'ignored' }>): MappingRow {
  return {
    unit,
    label: row.label,
    cell: row.labelCell,
    indicatorId: match.kind === 'matched' ? match.id : null,
    tier: match.kind === 'matched' ? match.tier : null,
    confidence: match.kind === 'matched' ? match.confidence : 0,
    reason: match.reason,
    reasonEn: match.reasonEn,
    candidates: match.candidates,
  };
}
