/*
 * What `npm run eval:matching` prints for the department catalogs: per catalog the figures of each row alone, of the
 * rows as reports (through the adapter) and through the engine, then the wrong matches and misses. For the hold-out
 * only aggregate figures, unless `--show-holdout`: whoever tunes the matcher must not see its rows.
 */
import { evaluateSetThroughEngine } from './department-engine';
import {
  evaluateSetReports,
  evaluateSetRows,
  figureLines,
  missedTargets,
  rowLine,
  type DepartmentFigures,
  type ScoredRow,
} from './department-eval';
import type { DepartmentSet } from './department/define';
import { reportsOf } from './department/reports';

export type SetFigures = {
  set: DepartmentSet;
  rows: DepartmentFigures;
  reports: DepartmentFigures;
  engine: DepartmentFigures;
  reportCount: number;
};

export function measureSet(set: DepartmentSet): SetFigures {
  const reports = reportsOf(set);
  return {
    set,
    rows: evaluateSetRows(set),
    reports: evaluateSetReports(set, reports),
    engine: evaluateSetThroughEngine(set, reports),
    reportCount: reports.length,
  };
}

/** The same label going the same wrong way in many reports is one line, with its count. */
function grouped(rows: ScoredRow[]): string[] {
  const counts = new Map<string, { row: ScoredRow; n: number }>();
  for (const row of rows) {
    const key = `${row.label}|${row.got}|${row.expected}`;
    const entry = counts.get(key);
    if (entry) entry.n++;
    else counts.set(key, { row: { ...row, unit: undefined }, n: 1 });
  }
  return [...counts.values()].map(({ row, n }) => `${rowLine(row)}${n > 1 ? ` (${n} báo cáo)` : ''}`);
}

/** Lines for one catalog; `details` adds every wrong match and miss. */
export function setLines(f: SetFigures, details: boolean): string[] {
  const { set } = f;
  const lines = [
    `── ${set.name}: ${set.catalog.indicators.length} chỉ tiêu, đơn vị cấp ${set.level === 'district' ? 'huyện' : 'xã'}`,
  ];
  lines.push(`   Từng dòng (${f.rows.rows} dòng: ${f.rows.positives} có chỉ tiêu, ${f.rows.negatives} không có):`);
  lines.push(...figureLines(f.rows).map((l) => `     ${l}`));
  lines.push(
    `   Theo báo cáo, qua adapter (${f.reportCount} báo cáo, ${f.reports.rows} dòng: ${f.reports.positives} có chỉ tiêu):`,
  );
  lines.push(...figureLines(f.reports).map((l) => `     ${l}`));
  lines.push(`   Theo báo cáo, qua engine (consolidate, bảng Đối chiếu):`);
  lines.push(...figureLines(f.engine).map((l) => `     ${l}`));
  const missed = [
    ['từng dòng', missedTargets(f.rows)],
    ['theo báo cáo', missedTargets(f.reports)],
  ] as const;
  if (missed.every(([, m]) => m.length === 0)) lines.push('   Đạt mục tiêu issue 12.');
  for (const [mode, m] of missed) if (m.length > 0) lines.push(`   Chưa đạt (${mode}): ${m.join('; ')}`);
  if (!details) return lines;
  const list = (title: string, rows: string[]) => {
    if (rows.length === 0) return;
    lines.push(`   ${title} (${rows.length}):`);
    lines.push(...rows.map((r) => `     ${r}`));
  };
  list('Khớp SAI, từng dòng', f.rows.wrong.map(rowLine));
  list('Khớp SAI, theo báo cáo', grouped(f.reports.wrong));
  list('Bỏ sót, từng dòng', f.rows.missed.map(rowLine));
  return lines;
}

/** Sums of the hold-out's figures over its catalogs: the one number to report. */
export function totalOf(figures: DepartmentFigures[]): {
  rows: number;
  positives: number;
  correct: number;
  matched: number;
  wrong: number;
  missed: number;
  likely: number;
  sure: number;
  unmatched: number;
} {
  const sum = (pick: (f: DepartmentFigures) => number) => figures.reduce((s, f) => s + pick(f), 0);
  return {
    rows: sum((f) => f.rows),
    positives: sum((f) => f.positives),
    correct: sum((f) => f.correct),
    matched: sum((f) => f.matched),
    wrong: sum((f) => f.wrong.length),
    missed: sum((f) => f.missed.length),
    sure: sum((f) => f.tiers.sure),
    likely: sum((f) => f.tiers.likely),
    unmatched: sum((f) => f.tiers.unmatched),
  };
}
