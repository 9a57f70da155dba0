/**
 * Judges a reading corpus (scripts/make-reading-corpus.ts, scripts/make-reading-holdout.ts): every layout's workbook
 * is read as the command line reads it and consolidated alone, with its department catalog and the period being
 * consolidated; then each expected figure is compared with the summary (value, source cell, flag, estimate mark),
 * every other figure of the unit is a wrong one, and each sheet that is no report must be skipped with its reason.
 */
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { readXlsxFile } from '../../src/cli/read-xlsx';
import { consolidate } from '../../src/core/consolidate';
import { formatCellRef } from '../../src/core/address/address';
import { removeDiacritics } from '../../src/core/text';
import type { ConsolidationResult } from '../../src/core/model';
import { CATALOGS } from '../../scripts/lib/reading-catalogs';
import {
  SKIP_WORDS,
  type ExpectedFigure,
  type ExpectedLayout,
  type ExpectedReading,
} from '../../scripts/lib/reading-kit';

export type Failure = { layout: string; kind: FailureKind; detail: string };

export type FailureKind =
  | 'wrong_figure' // a number in the summary that is not the source's figure in the catalog's measure
  | 'phantom_figure' // a number for an indicator the sheet does not give
  | 'unflagged' // a figure that must be flagged (counted or not) has no warning or error on its cell
  | 'missing_figure' // a figure the sheet gives is not in the summary
  | 'estimate_unmarked' // an estimate or approximate figure not marked as one
  | 'report_skipped' // a report sheet skipped
  | 'taken_as_report' // a sheet that is no report consolidated as a unit
  | 'skip_reason' // skipped, but the reason shown does not say why
  | 'unit_wrong'; // an asserted unit name not recognised

/** Failures that put a wrong figure in front of a leader, or lose a report. */
export const NEVER: readonly FailureKind[] = ['wrong_figure', 'phantom_figure', 'unflagged', 'taken_as_report'];

export type ReadingEvaluation = {
  layouts: number;
  figures: { expected: number; right: number; wrong: number; missing: number; flaggedRight: number };
  sheets: { reports: number; reportsRead: number; skippedExpected: number; skippedRight: number };
  unitsPending: number;
  failures: Failure[];
};

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const folded = (t: string): string => removeDiacritics(t.toLowerCase());

/** Consolidates one layout's workbook alone, as a department would with its catalog and period. */
export async function consolidateLayout(dir: string, layout: ExpectedLayout): Promise<ConsolidationResult> {
  const grids = await readXlsxFile(join(dir, layout.file), layout.file);
  return consolidate(grids, { catalog: CATALOGS[layout.catalog], period: layout.period });
}

export async function evaluateReading(dir: string): Promise<ReadingEvaluation> {
  const expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as ExpectedReading;
  const result: ReadingEvaluation = {
    layouts: expected.layouts.length,
    figures: { expected: 0, right: 0, wrong: 0, missing: 0, flaggedRight: 0 },
    sheets: { reports: 0, reportsRead: 0, skippedExpected: 0, skippedRight: 0 },
    unitsPending: 0,
    failures: [],
  };
  for (const layout of expected.layouts) judgeLayout(layout, await consolidateLayout(dir, layout), result);
  return result;
}

function judgeLayout(layout: ExpectedLayout, got: ConsolidationResult, out: ReadingEvaluation): void {
  const fail = (kind: FailureKind, detail: string): void =>
    void out.failures.push({ layout: layout.file, kind, detail });
  for (const expectSheet of layout.sheets) {
    const source = `${layout.file}#${expectSheet.sheet}`;
    const unit = got.summary.units.find((u) => u.source === source);
    const skipped = got.skipped.find((s) => s.source === source);
    if (expectSheet.kind === 'skipped') {
      out.sheets.skippedExpected++;
      if (unit) fail('taken_as_report', `${source} (${expectSheet.why}) was consolidated as "${unit.name}"`);
      else if (!skipped) fail('skip_reason', `${source} (${expectSheet.why}) is neither a unit nor listed as skipped`);
      else if (!SKIP_WORDS[expectSheet.why].some((w) => folded(skipped.reason).includes(w)))
        fail('skip_reason', `${source} skipped as «${skipped.reason}», expected a reason saying ${expectSheet.why}`);
      else out.sheets.skippedRight++;
      continue;
    }
    out.sheets.reports++;
    out.figures.expected += expectSheet.figures.length;
    if (!unit) {
      fail('report_skipped', `${source} was not read as a report${skipped ? `: «${skipped.reason}»` : ''}`);
      out.figures.missing += expectSheet.figures.length;
      continue;
    }
    out.sheets.reportsRead++;
    if (expectSheet.unitPending) out.unitsPending++;
    if (expectSheet.unit && unit.name !== expectSheet.unit)
      fail('unit_wrong', `${source}: unit "${unit.name}", expected "${expectSheet.unit}"`);
    const flaggedCells = new Set(got.issues.filter((i) => i.severity !== 'info' && i.cell).map((i) => i.cell));
    // A row the matcher refused because of its measure (a real mismatch is evidence against a match) is flagged too:
    // its label goes to the unmatched list, on the same sheet row as its figure.
    for (const u of got.summary.unmatched)
      flaggedCells.add(`${formatCellRef(u.cell).replace(/![A-Z]+(\d+)$/, '!row$1')}`);
    const wanted = new Map(expectSheet.figures.map((f) => [f.id, f]));
    for (const row of got.summary.rows) {
      const v = row.values[unit.name];
      const e = wanted.get(row.indicator.id);
      if (!v || v.value === null) {
        if (e) judgeAbsent(e, v ? formatCellRef(v.cell) : null, flaggedCells, out, fail);
        continue;
      }
      if (!e) {
        out.figures.wrong++;
        fail(
          'phantom_figure',
          `${source}: ${row.indicator.id} = ${v.value} from ${formatCellRef(v.cell)} «${v.figure.raw}», the sheet gives no such figure`,
        );
        continue;
      }
      const cell = formatCellRef(v.cell);
      if (e.value === null || !near(e.value, v.value) || cell !== e.cell) {
        out.figures.wrong++;
        fail(
          'wrong_figure',
          `${source}: ${e.id} = ${v.value} from ${cell} «${v.figure.raw}», expected ${e.value ?? 'not counted'} from ${e.cell} «${e.raw}»`,
        );
        continue;
      }
      out.figures.right++;
      if (e.flagged && !flaggedCells.has(cell)) fail('unflagged', `${source}: ${e.id} «${e.raw}» must be flagged`);
      const marked =
        v.figure.kind === 'number' && (v.figure.approx === true || /ước|khoảng|trên|gần/i.test(v.figure.note ?? ''));
      if (e.estimate && !marked)
        fail('estimate_unmarked', `${source}: ${e.id} «${e.raw}» is an estimate but not marked as one`);
    }
  }
}

/** An expected figure the summary does not count: right when it must not be counted and is flagged. */
function judgeAbsent(
  e: ExpectedFigure,
  cell: string | null,
  flagged: Set<string | null>,
  out: ReadingEvaluation,
  fail: (kind: FailureKind, detail: string) => void,
): void {
  if (e.value !== null) {
    out.figures.missing++;
    fail(
      'missing_figure',
      `${e.cell}: ${e.id} «${e.raw}» = ${e.value} is not in the summary${cell ? ` (row read from ${cell})` : ''}`,
    );
    return;
  }
  if (flagged.has(e.cell) || flagged.has(e.cell.replace(/![A-Z]+(\d+)$/, '!row$1'))) {
    out.figures.right++;
    out.figures.flaggedRight++;
    return;
  }
  out.figures.missing++;
  fail('unflagged', `${e.cell}: ${e.id} «${e.raw}» is rightly not counted, but no warning says why`);
}

/** The measurement in a few lines, then every failure. */
export function describeEvaluation(name: string, e: ReadingEvaluation): string {
  const { figures: f, sheets: s } = e;
  const never = e.failures.filter((x) => NEVER.includes(x.kind)).length;
  const lines = [
    `${name}: ${e.layouts} layouts`,
    `  figures: ${f.expected} expected, ${f.right} right (${f.flaggedRight} of them rightly left out and flagged), ${f.wrong} wrong, ${f.missing} missing`,
    `  sheets: ${s.reportsRead}/${s.reports} reports read, ${s.skippedRight}/${s.skippedExpected} non-report sheets skipped with their reason`,
    `  units only the unit-name work can find (not asserted): ${e.unitsPending}`,
    `  failures: ${e.failures.length} (${never} that put a wrong or unflagged figure in the summary, or take a non-report as a unit)`,
    ...e.failures.map((x) => `    - [${x.kind}] ${x.detail}`),
  ];
  return lines.join('\n');
}

/** For a jest suite: evaluates the corpus in `dir` once, before its tests; the returned function gives the result. */
export function evaluatedBeforeAll(dir: string, name: string): () => ReadingEvaluation {
  let evaluation: ReadingEvaluation | undefined;
  beforeAll(async () => {
    evaluation = await evaluateReading(dir);
  }, 120_000);
  return () => {
    if (!evaluation) throw new Error(`${name} was not evaluated (see beforeAll)`);
    return evaluation;
  };
}
