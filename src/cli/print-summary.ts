import type { ConsolidationResult } from '../core/model';
import { summaryTexts, type Lang } from './messages';
import type { Io } from './run';

export type RunSummary = {
  result: ConsolidationResult;
  expectedUnits: string[] | undefined;
  badFiles: string[];
  out: string;
  json: string | null;
};

/** Prints what a staff member checks after a run: units read, what was skipped and why, issues, where files are. */
export function printSummary(io: Io, lang: Lang, run: RunSummary): void {
  const t = summaryTexts[lang];
  const { summary, issues, skipped } = run.result;
  const lines = [t.unitsRead(summary.units.length, run.expectedUnits ? run.expectedUnits.length : null)];
  for (const file of run.badFiles) lines.push(t.skippedFile(file));
  for (const s of skipped) lines.push(t.skippedSheet(s.source, s.reason));
  lines.push(t.indicators(summary.rows.length, countFigures(run.result)));
  const bySeverity = (severity: string) => issues.filter((i) => i.severity === severity).length;
  lines.push(t.issues(bySeverity('error'), bySeverity('warning'), bySeverity('info')));
  lines.push(t.written(run.out));
  if (run.json) lines.push(t.written(run.json));
  io.out(`${lines.join('\n')}\n`);
}

function countFigures(result: ConsolidationResult): number {
  let figures = 0;
  for (const row of result.summary.rows) {
    for (const value of Object.values(row.values)) if (value.value !== null) figures++;
  }
  return figures;
}
