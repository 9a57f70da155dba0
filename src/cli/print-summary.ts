import type { ConsolidationResult } from '../core/model';
import { provinceKey } from '../core/units';
import { summaryTexts, type Lang } from './messages';
import type { Io } from './io';

export type RunSummary = {
  result: ConsolidationResult;
  /** --province as typed, to say when it is a former province now part of another. */
  province?: string;
  badFiles: string[];
  out: string;
  json: string | null;
};

/** Prints what a staff member checks after a run: units read, what was skipped and why, issues, where files are. */
export function printSummary(io: Io, lang: Lang, run: RunSummary): void {
  const t = summaryTexts[lang];
  const { summary, issues, skipped } = run.result;
  const expected = summary.expected;
  const lines = [
    expected
      ? t.unitsRead(expected.length - summary.missingUnits.length, expected.length)
      : t.unitsRead(summary.units.length, null),
  ];
  const from = summary.unitsFrom;
  if (from?.source === 'gazetteer' && from.province) {
    lines.push(t.unitsFrom(from.province, from.era ?? null, from.eraFrom ?? 'none', from.straddles === true));
    if (
      run.province &&
      from.era === 'since' &&
      from.province !== run.province &&
      !sameName(run.province, from.province)
    )
      lines.push(t.merged(run.province, from.province));
  }
  if (summary.missingUnits.length > 0) {
    const codes = new Map((expected ?? []).map((u) => [u.name, u.code]));
    lines.push(t.notSent(summary.missingUnits.map((u) => (codes.get(u) ? `${u} (${codes.get(u)})` : u))));
  }
  for (const file of run.badFiles) lines.push(t.skippedFile(file));
  for (const s of skipped) lines.push(t.skippedSheet(s.source, s.reason));
  lines.push(t.indicators(summary.rows.length, countFigures(run.result)));
  const bySeverity = (severity: string) => issues.filter((i) => i.severity === severity).length;
  lines.push(t.issues(bySeverity('error'), bySeverity('warning'), bySeverity('info')));
  lines.push(t.written(run.out));
  if (run.json) lines.push(t.written(run.json));
  io.out(`${lines.join('\n')}\n`);
}

/** "tỉnh Bình Phước" and "Bình Phước" name the same province. */
function sameName(typed: string, official: string): boolean {
  return provinceKey(typed) === provinceKey(official);
}

function countFigures(result: ConsolidationResult): number {
  let figures = 0;
  for (const row of result.summary.rows) {
    for (const value of Object.values(row.values)) if (value.value !== null) figures++;
  }
  return figures;
}
