/**
 * Engine only: grids in memory → consolidate → renderWorkbook, at 10, 168 and 3,321 units; then each stage timed
 * on its own at 3,321 units (the same calls consolidate makes, in the same order).
 */
import type { Catalog, Grid, Summary, UnitInfo } from '../src/core/model';
import { clearTextCaches } from '../src/core/text/memo';
import { defaultCatalog } from '../src/core/catalog';
import { consolidate } from '../src/core/consolidate';
import { renderWorkbook } from '../src/core/render';
import { detectReport } from '../src/core/detect';
import { matchReports, prepareMatching } from '../src/core/match';
import { mergeReports, type MatchedReport } from '../src/core/merge';
import { checkSummary } from '../src/core/check';
import { buildSheets, makeUnits, toGrid, type BenchSheet } from './generate';
import { summarize, timeSync, type Sample } from './stats';

export const GENERATED_AT = '2026-07-15';

export type EngineScale = {
  units: number;
  rows: number;
  ms: Sample & { firstMs?: number };
  rowsPerSecond: number;
  msPerRow: number;
  /** What the run produced, to show the synthetic data went through the engine as intended. */
  check: { units: number; skipped: number; unmatched: number; expectedUnmatched: number; issues: number };
};

export type StageTimes = Record<'detect' | 'match' | 'merge' | 'check' | 'render', Sample>;

/** Grids of `n` units spread over files of up to 28 sheets, as a province's mail would bring them. */
export function benchGrids(n: number): { grids: Grid[]; sheets: BenchSheet[]; expectedUnits: string[] } {
  const units = makeUnits(n);
  const sheets = buildSheets(units);
  const grids = sheets.map((s, i) => toGrid(s, `bao-cao-${String(Math.floor(i / 28) + 1).padStart(3, '0')}.xlsx`));
  return { grids, sheets, expectedUnits: units.map((u) => u.name) };
}

/**
 * What a fresh `tonghop` process starts from: the engine caches each distinct text's reading, and each catalog's
 * (and unit list's) label decisions, for the rest of the process. Every timed run starts without the answers of
 * the run before (empty text caches, a catalog and unit list it has not seen); only the JIT stays warm.
 */
function freshStart(expectedUnits: string[]): { catalog: Catalog; expectedUnits: string[] } {
  return { catalog: { ...defaultCatalog }, expectedUnits: [...expectedUnits] };
}

/** The grids and what the generator planted in them; the generator's own sheets are not kept alive during timing. */
function gridsAndCounts(n: number): {
  grids: Grid[];
  expectedUnits: string[];
  rows: number;
  expectedUnmatched: number;
} {
  const { grids, sheets, expectedUnits } = benchGrids(n);
  return {
    grids,
    expectedUnits,
    rows: sheets.reduce((sum, s) => sum + s.dataRows, 0),
    expectedUnmatched: sheets.reduce((sum, s) => sum + s.unmatched, 0),
  };
}

export function engineScale(n: number, runs: number, warmup = 1): EngineScale {
  const { grids, expectedUnits, rows, expectedUnmatched } = gridsAndCounts(n);
  // Only the counts of the last run are kept: holding a whole result from one run into the next would give the
  // garbage collector twice the live heap a real run has.
  let counts: Omit<EngineScale['check'], 'expectedUnmatched'> | null = null;
  const ms = timeSync(
    runs,
    () => {
      const fresh = freshStart(expectedUnits);
      const result = consolidate(grids, { catalog: fresh.catalog, expectedUnits: fresh.expectedUnits });
      renderWorkbook(result, { generatedAt: GENERATED_AT });
      counts = {
        units: result.summary.units.length,
        skipped: result.skipped.length,
        unmatched: result.summary.unmatched.length,
        issues: result.issues.length,
      };
    },
    warmup,
    () => clearTextCaches(),
  );
  const last = counts as Omit<EngineScale['check'], 'expectedUnmatched'> | null;
  if (!last) throw new Error('bench: no run');
  return {
    units: n,
    rows,
    ms,
    rowsPerSecond: Math.round(rows / (ms.median / 1000)),
    msPerRow: ms.median / rows,
    check: { ...last, expectedUnmatched },
  };
}

/** Each stage alone, `runs` times, on the same grids (consolidate's own sequence, split at its stage calls). */
export function engineStages(n: number, runs: number, warmup = 1): StageTimes {
  const { grids, expectedUnits } = benchGrids(n);
  const times: Record<keyof StageTimes, number[]> = { detect: [], match: [], merge: [], check: [], render: [] };
  for (let run = 0; run < runs + warmup; run++) {
    clearTextCaches();
    const fresh = freshStart(expectedUnits);
    const t0 = performance.now();
    const units: UnitInfo[] = [];
    for (const grid of grids) {
      const found = detectReport(grid, { expectedUnits: fresh.expectedUnits });
      if (found.kind === 'report') {
        const r = found.report;
        units.push({
          name: r.unit ?? grid.name,
          source: `${grid.source.file}#${grid.source.sheet}`,
          period: r.period,
          report: r,
        });
      }
    }
    const t1 = performance.now();
    const decisions = matchReports(
      units.map((u) => u.report),
      prepareMatching(fresh.catalog),
    );
    const matched: MatchedReport[] = units.map((unit, k) => ({
      unit,
      rows: unit.report.rows.map((row, i) => ({ row, match: decisions[k][i] })),
    }));
    const t2 = performance.now();
    const merged = mergeReports(matched, defaultCatalog);
    const t3 = performance.now();
    const summary: Summary = {
      catalog: defaultCatalog,
      period: null,
      units,
      missingUnits: [],
      rows: merged.rows,
      unmatched: merged.unmatched,
      mapping: merged.mapping,
    };
    const issues = checkSummary({ summary, measureConflicts: merged.measureConflicts, period: summary.period });
    const t4 = performance.now();
    renderWorkbook({ summary, issues, skipped: [] }, { generatedAt: GENERATED_AT });
    const t5 = performance.now();
    if (run < warmup) continue;
    times.detect.push(t1 - t0);
    times.match.push(t2 - t1);
    times.merge.push(t3 - t2);
    times.check.push(t4 - t3);
    times.render.push(t5 - t4);
  }
  return {
    detect: summarize(times.detect),
    match: summarize(times.match),
    merge: summarize(times.merge),
    check: summarize(times.check),
    render: summarize(times.render),
  };
}

export type MatchingScale = {
  units: number;
  rows: number;
  catalog: string;
  ms: Sample;
  rowsPerSecond: number;
  microsPerRow: number;
};

/**
 * The matching stage alone, on reports already detected: every run from a fresh start (a catalog object it has not
 * seen, so its text index, links and label readings are built again, and empty text caches).
 */
export function matchingScale(n: number, runs: number, catalog: Catalog, name: string): MatchingScale {
  const { grids, expectedUnits } = benchGrids(n);
  const reports = grids.flatMap((grid) => {
    const found = detectReport(grid, { expectedUnits });
    return found.kind === 'report' ? [found.report] : [];
  });
  const rows = reports.reduce((sum, r) => sum + r.rows.length, 0);
  const ms = timeSync(
    runs,
    () => {
      matchReports(reports, prepareMatching({ ...catalog }));
    },
    1,
    () => clearTextCaches(),
  );
  return {
    units: n,
    rows,
    catalog: name,
    ms,
    rowsPerSecond: Math.round(rows / (ms.median / 1000)),
    microsPerRow: (ms.median * 1000) / rows,
  };
}
