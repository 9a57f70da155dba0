/*
 * Figures of matching against a department's own catalog: each labelled row alone, and the same rows as units'
 * reports. Recall over rows that have an indicator, precision over rows given one, every wrong match and miss, and
 * how many rows went to each confidence tier. The targets are issue 12's.
 */
import { matchReportsForEval, matchRowsForEval, type EvalAssignment, type Tier } from './department-adapter';
import type { DepartmentSet } from './department/define';
import { reportsOf, type EvalReport, type ExpectedRow } from './department/reports';

export type ScoredRow = ExpectedRow & { got: string | null; tier: Tier; unit?: string };

export type DepartmentFigures = {
  rows: number;
  positives: number;
  negatives: number;
  /** Rows given an indicator (sure or likely). */
  matched: number;
  correct: number;
  recall: number;
  precision: number;
  /** Rows given an indicator that is not theirs, near misses given any. */
  wrong: ScoredRow[];
  /** Rows with an indicator left unmatched. */
  missed: ScoredRow[];
  tiers: Record<Tier, number>;
  /** Likely matches as a share of all rows: each is a question for a person. */
  likelyShare: number;
  /** Reports only: rows given an indicator another row of the same report was also given. */
  doubled: number;
};

/** Issue 12: on each catalog, no wrong match, recall at least 98 %, at most 5 % of the rows in the likely tier. */
export const TARGETS = { wrong: 0, recall: 0.98, likelyShare: 0.05 } as const;

/** Scores assignments against expectations; `units` names each row's report for the lists. */
export function scoreRows(
  rows: ExpectedRow[],
  got: EvalAssignment[],
  units: (string | undefined)[] = [],
  doubled = 0,
): DepartmentFigures {
  if (got.length !== rows.length) throw new Error(`the adapter gave ${got.length} assignments for ${rows.length} rows`);
  const tiers: Record<Tier, number> = { sure: 0, likely: 0, unmatched: 0 };
  const wrong: ScoredRow[] = [];
  const missed: ScoredRow[] = [];
  let matched = 0;
  let correct = 0;
  rows.forEach((row, i) => {
    const a = got[i];
    const scored: ScoredRow = { ...row, got: a.id, tier: a.tier, ...(units[i] ? { unit: units[i] } : {}) };
    tiers[a.tier]++;
    if (a.id !== null && a.tier !== 'unmatched') {
      matched++;
      if (a.id === row.expected) correct++;
      else wrong.push(scored);
    } else if (row.expected !== null) {
      missed.push(scored);
    }
  });
  const positives = rows.filter((r) => r.expected !== null).length;
  return {
    rows: rows.length,
    positives,
    negatives: rows.length - positives,
    matched,
    correct,
    recall: positives === 0 ? 1 : correct / positives,
    precision: matched === 0 ? 1 : correct / matched,
    wrong,
    missed,
    tiers,
    likelyShare: rows.length === 0 ? 0 : tiers.likely / rows.length,
    doubled,
  };
}

/** Every labelled row of a set, each alone. */
export function evaluateSetRows(set: DepartmentSet): DepartmentFigures {
  const rows: ExpectedRow[] = set.cases.map(({ label, measure, section, parent, expected, note }) => ({
    label,
    expected,
    ...(measure !== undefined ? { measure } : {}),
    ...(section !== undefined ? { section } : {}),
    ...(parent !== undefined ? { parent } : {}),
    ...(note !== undefined ? { note } : {}),
  }));
  // The adapter sees what the engine would see, never the expectation or the note.
  const seen = rows.map(({ expected: _expected, note: _note, ...row }) => row);
  return scoreRows(rows, matchRowsForEval(set.catalog, seen));
}

/** The set's rows as units' reports, each report decided at once. */
export function evaluateSetReports(set: DepartmentSet, reports: EvalReport[] = reportsOf(set)): DepartmentFigures {
  const seen = reports.map((r) => ({ ...r, rows: r.rows.map(({ expected: _expected, note: _note, ...row }) => row) }));
  const got = matchReportsForEval(set.catalog, seen);
  const rows = reports.flatMap((r) => r.rows);
  const units = reports.flatMap((r) => r.rows.map(() => r.unit));
  return scoreRows(rows, got.flat(), units, countDoubled(got));
}

/** Rows given an indicator that another row of the same report was given too: one row per indicator per report. */
export function countDoubled(reports: EvalAssignment[][]): number {
  let doubled = 0;
  for (const rows of reports) {
    const seen = new Map<string, number>();
    for (const a of rows) if (a.id !== null && a.tier !== 'unmatched') seen.set(a.id, (seen.get(a.id) ?? 0) + 1);
    for (const n of seen.values()) if (n > 1) doubled += n;
  }
  return doubled;
}

/** Which of issue 12's targets the figures miss, in words; empty when all are met. */
export function missedTargets(f: DepartmentFigures): string[] {
  const out: string[] = [];
  if (f.wrong.length > TARGETS.wrong) out.push(`${f.wrong.length} khớp sai (mục tiêu 0)`);
  if (f.recall < TARGETS.recall) out.push(`recall ${percent(f.recall)} (mục tiêu ≥ 98 %)`);
  if (f.likelyShare > TARGETS.likelyShare) out.push(`mức «có thể» ${percent(f.likelyShare)} số dòng (mục tiêu ≤ 5 %)`);
  return out;
}

export const percent = (value: number): string => `${(value * 100).toFixed(1).replace('.', ',')} %`;

/** The figures on two lines: recall, precision, wrong, missed; then the tiers. */
export function figureLines(f: DepartmentFigures): string[] {
  const doubled = f.doubled > 0 ? ` · ${f.doubled} dòng trùng chỉ tiêu trong một báo cáo` : '';
  return [
    `Recall ${percent(f.recall)} (${f.correct}/${f.positives}) · Precision ${percent(f.precision)} (${f.correct}/${f.matched}) · ` +
      `khớp sai ${f.wrong.length} · bỏ sót ${f.missed.length}${doubled}`,
    `Mức: chắc chắn ${f.tiers.sure} · có thể ${f.tiers.likely} (${percent(f.likelyShare)} số dòng) · chưa đối chiếu ${f.tiers.unmatched}`,
  ];
}

/** One row for a list: the label with its ĐVT and section, what it got and what it should have got. */
export function rowLine(r: ScoredRow): string {
  const context = [
    r.measure ? `ĐVT ${r.measure}` : '',
    r.section ? `mục «${r.section}»` : '',
    r.unit ?? '',
    r.note ?? '',
  ]
    .filter(Boolean)
    .join(' · ');
  const got = r.got === null ? '(không khớp)' : `${r.got} (${r.tier === 'sure' ? 'chắc chắn' : 'có thể'})`;
  return `«${r.label}»${context ? ` [${context}]` : ''} → ${got}, đúng là ${r.expected ?? '(không có)'}`;
}
