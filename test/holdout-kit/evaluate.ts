/**
 * Hold-out evaluation, shared by every corpus (test/holdout, test/holdout2, test/holdout3): runs the command line
 * in-process over a corpus folder and compares report.json with the folder's expected.json (written by
 * scripts/make-holdout*.ts). Also runs the core once more on the same grids to read the row → indicator mapping and
 * each figure's provenance, so every finding can name the row and cell at fault.
 *
 * A corpus may declare, beside the rows, the issues a reviewer expects (`issues`) and reports that must not be used
 * because a unit resent them (`superseded`); both are judged when present.
 * Used by describe-holdout.ts (the jest tests) and print-report.ts (precision and recall).
 */
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run';
import { readXlsxFile } from '../../src/cli/read-xlsx';
import { defaultCatalog } from '../../src/core/catalog';
import { consolidate, type ReportJson } from '../../src/core/consolidate';
import { formatCellRef } from '../../src/core/address/address';
import type { Grid } from '../../src/core/model';
import type { ExpectedCorpus, ExpectedCorpus2, ExpectedIssue, ExpectedUnit } from '../../scripts/lib/holdout-expect';

/** One hold-out corpus: where it lives and how it is named. */
export type HoldoutCorpus = {
  /** Used as the jest describe title and in the printed report, e.g. 'hold-out corpus 2 (Vĩnh Long, năm 2025)'. */
  name: string;
  /** The folder holding the .xlsx files, expected.json and units.txt. */
  dir: string;
  /** How the printed report names the rows whose right answer is "no figure" (the line is left out without it). */
  noFigureRows?: string;
};

/** expected.json: the first hold-out's rows, plus the expected issues and superseded sheets where declared. */
export type ExpectedHoldout = ExpectedCorpus & Partial<Pick<ExpectedCorpus2, 'issues' | 'superseded'>>;

export type FindingKind =
  | 'wrong_figure' // a figure in report.json that differs from the source cell
  | 'phantom_figure' // a figure in report.json for an indicator the unit never reported
  | 'wrong_match' // a row mapped to the wrong indicator (or a non-indicator row mapped at all)
  | 'unit_wrong' // a sheet recognised as another unit
  | 'unit_missing' // a report sheet not recognised as any unit
  | 'unit_wrong_source' // the unit's figures were taken from another sheet than its current report
  | 'unit_extra' // a sheet that is no report taken as a unit, or a unit that sent nothing reported present
  | 'figure_missing' // a right match whose figure was not read (recall)
  | 'label_unmatched' // a catalog row sent to the unmatched list (recall)
  | 'row_not_read' // a row the detector never produced (recall)
  | 'false_flag'; // an issue raised on a clean row

/** What the engine must never do; everything else is recall. */
export const NEVER: readonly FindingKind[] = [
  'wrong_figure',
  'phantom_figure',
  'wrong_match',
  'unit_wrong',
  'unit_wrong_source',
  'unit_extra',
];

export type Finding = {
  kind: FindingKind;
  unit: string;
  /** The expected unit's row, when the finding is about one. */
  label?: string;
  cell?: string;
  indicator?: string;
  expected?: string;
  got?: string;
  detail: string;
};

/** An issue the corpus expects, and whether report.json raised it (else `got` lists same-code issues elsewhere). */
export type IssueCheck = { expected: ExpectedIssue; raised: boolean; got?: string };

export type Evaluation = {
  exitCode: number;
  stderr: string;
  report: ReportJson;
  expected: ExpectedHoldout;
  units: { right: number; wrong: number; missing: number; extra: number; total: number };
  figures: { expected: number; right: number; wrong: number; missing: number; nullRight: number; nullExpected: number };
  matches: { rows: number; right: number; wrong: number; unmatchedShouldMatch: number; notRead: number };
  /** The corpus's expected issues, raised or not (empty when it declares none). */
  issues: IssueCheck[];
  /** What the engine did with resent reports: duplicate_conflict messages and skipped sheets (empty without any). */
  resend: string[];
  findings: Finding[];
};

export type EvaluateOptions = {
  /** Prefix of the temporary folder the command line writes into. */
  tmpPrefix?: string;
};

/** Stable key of a finding, for the allow-list of known failures. */
export function findingKey(f: Finding): string {
  return [f.kind, f.unit, f.indicator ?? f.expected ?? '', f.cell ?? ''].join(' | ');
}

const near = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const txt = (v: number | null | undefined): string => (v === null || v === undefined ? 'null' : String(v));
const sourceOf = (s: { file: string; sheet: string }): string => `${s.file}#${s.sheet}`;

type Mapping = Map<string, { unit: string; id: string | null; label: string; reason: string }>;
type Core = ReturnType<typeof consolidate>;

/** Runs the command line over the corpus, as a user would, and reads its report.json. */
async function runCli(
  dir: string,
  tmpPrefix: string,
): Promise<{ exitCode: number; stderr: string; report: ReportJson }> {
  const tmp = await mkdtemp(join(tmpdir(), tmpPrefix));
  let stderr = '';
  try {
    const exitCode = await run(
      [
        'consolidate',
        dir,
        '--units',
        join(dir, 'units.txt'),
        '--out',
        join(tmp, 'tong-hop.xlsx'),
        '--json',
        join(tmp, 'report.json'),
      ],
      {
        out: () => undefined,
        err: (t) => (stderr += t),
      },
    );
    const report = JSON.parse(await readFile(join(tmp, 'report.json'), 'utf8')) as ReportJson;
    return { exitCode, stderr, report };
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

/** The core once more on the same grids, in the command line's file order. */
async function runCore(dir: string): Promise<Core> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.xlsx')).sort((a, b) => a.localeCompare(b));
  const grids: Grid[] = [];
  for (const file of files) grids.push(...(await readXlsxFile(join(dir, file), file)));
  const unitNames = (await readFile(join(dir, 'units.txt'), 'utf8'))
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l && !l.startsWith('#'));
  return consolidate(grids, { catalog: defaultCatalog, expectedUnits: unitNames });
}

/** Runs the command line and the core on the corpus in `dir` and compares both with its expected.json. */
export async function evaluateCorpus(dir: string, options: EvaluateOptions = {}): Promise<Evaluation> {
  const expected = JSON.parse(await readFile(join(dir, 'expected.json'), 'utf8')) as ExpectedHoldout;
  const { exitCode, stderr, report } = await runCli(dir, options.tmpPrefix ?? 'holdout-');
  const core = await runCore(dir);

  const mapping: Mapping = new Map();
  for (const m of core.summary.mapping)
    mapping.set(formatCellRef(m.cell), { unit: m.unit, id: m.indicatorId, label: m.label, reason: m.reason });
  const from = new Map<string, string>(); // unit|indicator → where the engine took the figure
  for (const row of core.summary.rows) {
    for (const [unit, v] of Object.entries(row.values))
      from.set(
        `${unit}|${row.indicator.id}`,
        `${formatCellRef(v.cell)} raw «${v.figure.raw}» (label «${v.label}» at ${formatCellRef(v.labelCell)})`,
      );
  }

  const findings: Finding[] = [];
  const note = (f: Finding): void => void findings.push(f);
  const units = judgeUnits(expected, report, note);
  const figures = judgeFigures(expected, report, from, note);
  const matches = judgeRows(expected, mapping, note);
  judgeFalseFlags(expected, report, note);
  const issues = (expected.issues ?? []).map((x) => checkIssue(x, report));
  const resend = resendOutcome(expected, report, core);
  return {
    exitCode,
    stderr,
    report,
    expected,
    units,
    figures,
    matches,
    issues,
    resend,
    findings: withoutExplained(findings),
  };
}

/** Each expected sheet must be recognised as its unit, and nothing else may become a unit. */
function judgeUnits(expected: ExpectedHoldout, report: ReportJson, note: (f: Finding) => void): Evaluation['units'] {
  const units = { right: 0, wrong: 0, missing: 0, extra: 0, total: expected.units.length };
  const wanted = new Set(expected.units.map(sourceOf));
  const superseded = expected.superseded ?? [];
  for (const got of report.units) {
    if (wanted.has(got.source)) continue;
    // A superseded resend taken for its unit is judged below, as the unit's wrong source.
    if (superseded.some((s) => sourceOf(s) === got.source && s.unit === got.name)) continue;
    units.extra++;
    note({
      kind: 'unit_extra',
      unit: got.name,
      cell: got.source,
      detail: `sheet ${got.source} is not a unit report but was taken as "${got.name}"`,
    });
  }
  for (const u of expected.units) {
    const source = sourceOf(u);
    const got = report.units.find((x) => x.source === source);
    const other = report.units.find((x) => x.name === u.name && x.source !== source);
    if (other) {
      units.wrong++;
      note({
        kind: 'unit_wrong_source',
        unit: u.name,
        cell: other.source,
        expected: source,
        got: other.source,
        detail: `"${u.name}" was read from ${other.source}, not from its report ${source}`,
      });
    } else if (!got) {
      units.missing++;
      note({
        kind: 'unit_missing',
        unit: u.name,
        cell: source,
        detail: `sheet ${source} was not recognised as a unit report`,
      });
    } else if (got.name !== u.name) {
      units.wrong++;
      note({
        kind: 'unit_wrong',
        unit: u.name,
        cell: source,
        expected: u.name,
        got: got.name,
        detail: `sheet ${source} recognised as "${got.name}"`,
      });
    } else units.right++;
  }
  for (const name of expected.missingUnits) {
    if (!report.units.some((u) => u.name === name)) continue;
    units.extra++;
    note({ kind: 'unit_extra', unit: name, detail: `"${name}" sent nothing but appears among the reporting units` });
  }
  return units;
}

type Accepted = { strict: boolean; values: (number | null)[]; cell: string; label: string; raw: string };

/** Per indicator, the values report.json may hold for the unit (strict: an indicator row; else an "either" row). */
function accepted(u: ExpectedUnit): Map<string, Accepted> {
  const out = new Map<string, Accepted>();
  for (const row of u.rows) {
    const e = row.expect;
    const cell = row.valueCell ?? row.labelCell;
    if (e.kind === 'indicator')
      out.set(e.id, { strict: true, values: [e.value, ...(e.alsoAccept ?? [])], cell, label: row.label, raw: row.raw });
    else if (e.kind === 'either' && !out.has(e.id))
      out.set(e.id, { strict: false, values: [e.value], cell, label: row.label, raw: row.raw });
  }
  return out;
}

/** Figures in report.json, unit by unit, against what the unit wrote — judged under the unit's name, whichever sheet they came from. */
function judgeFigures(
  expected: ExpectedHoldout,
  report: ReportJson,
  from: Map<string, string>,
  note: (f: Finding) => void,
): Evaluation['figures'] {
  const figures = { expected: 0, right: 0, wrong: 0, missing: 0, nullRight: 0, nullExpected: 0 };
  for (const u of expected.units) {
    if (!report.units.some((x) => x.name === u.name)) continue;
    const truth = accepted(u);
    for (const ind of report.indicators) {
      const got = ind.values[u.name];
      if (got === null || got === undefined) continue;
      const t = truth.get(ind.id);
      if (t?.values.some((v) => v !== null && near(v, got))) continue;
      figures.wrong++;
      const where = from.get(`${u.name}|${ind.id}`) ?? '?';
      if (t?.strict)
        note({
          kind: 'wrong_figure',
          unit: u.name,
          indicator: ind.id,
          cell: t.cell,
          label: t.label,
          expected: t.values.map(txt).join(' or '),
          got: txt(got),
          detail: `source «${t.raw}»; engine took ${where}`,
        });
      else
        note({
          kind: 'phantom_figure',
          unit: u.name,
          indicator: ind.id,
          expected: t ? t.values.map(txt).join(' or ') : 'absent',
          got: txt(got),
          detail: `the unit reported no such figure; engine took ${where}`,
        });
    }
    for (const [id, t] of truth) {
      if (!t.strict) continue;
      const got = report.indicators.find((i) => i.id === id)?.values[u.name] ?? null;
      if (t.values.every((v) => v === null)) {
        figures.nullExpected++;
        if (got === null) figures.nullRight++;
        continue;
      }
      figures.expected++;
      if (got !== null && t.values.some((v) => v !== null && near(v, got))) figures.right++;
      else if (got === null) {
        figures.missing++;
        if (!t.values.includes(null))
          note({
            kind: 'figure_missing',
            unit: u.name,
            indicator: id,
            cell: t.cell,
            label: t.label,
            expected: t.values.map(txt).join(' or '),
            got: 'null',
            detail: `«${t.raw}» not in report.json`,
          });
      }
    }
  }
  return figures;
}

/** The mapping of every row the corpus wrote, and of rows it never wrote as data (titles, notes, signatures...). */
function judgeRows(expected: ExpectedHoldout, mapping: Mapping, note: (f: Finding) => void): Evaluation['matches'] {
  const matches = { rows: 0, right: 0, wrong: 0, unmatchedShouldMatch: 0, notRead: 0 };
  const written = new Set<string>();
  for (const u of expected.units) {
    for (const row of u.rows) {
      written.add(row.labelCell);
      const m = mapping.get(row.labelCell);
      const e = row.expect;
      if (e.kind === 'heading') {
        if (m?.id) {
          matches.wrong++;
          note({
            kind: 'wrong_match',
            unit: u.name,
            label: row.label,
            cell: row.labelCell,
            expected: 'no indicator (section heading)',
            got: m.id,
            detail: `heading matched (${m.reason})`,
          });
        }
        continue;
      }
      matches.rows++;
      if (!m) {
        if (e.kind === 'indicator') {
          matches.notRead++;
          note({
            kind: 'row_not_read',
            unit: u.name,
            label: row.label,
            cell: row.labelCell,
            indicator: e.id,
            detail: 'the detector produced no row for this label',
          });
        } else matches.right++;
      } else if (e.kind === 'indicator') {
        if (m.id === e.id) matches.right++;
        else if (m.id === null) {
          matches.unmatchedShouldMatch++;
          note({
            kind: 'label_unmatched',
            unit: u.name,
            label: row.label,
            cell: row.labelCell,
            expected: e.id,
            got: 'unmatched',
            detail: m.reason,
          });
        } else {
          matches.wrong++;
          note({
            kind: 'wrong_match',
            unit: u.name,
            label: row.label,
            cell: row.labelCell,
            expected: e.id,
            got: m.id,
            detail: m.reason,
          });
        }
      } else if (m.id === null || (e.kind === 'either' && m.id === e.id)) matches.right++;
      else {
        matches.wrong++;
        const want = e.kind === 'either' ? `unmatched or ${e.id} (${e.why})` : `unmatched (${e.why})`;
        note({
          kind: 'wrong_match',
          unit: u.name,
          label: row.label,
          cell: row.labelCell,
          expected: want,
          got: m.id,
          detail: m.reason,
        });
      }
    }
  }
  const supersededFiles = new Set((expected.superseded ?? []).map((s) => s.file));
  for (const [cell, m] of mapping) {
    if (written.has(cell) || m.id === null || supersededFiles.has(cell.split('#')[0])) continue;
    matches.wrong++;
    note({
      kind: 'wrong_match',
      unit: m.unit,
      label: m.label,
      cell,
      expected: 'not a data row',
      got: m.id,
      detail: m.reason,
    });
  }
  return matches;
}

/** A row whose figure was read right and is plausible should carry no warning. */
function judgeFalseFlags(expected: ExpectedHoldout, report: ReportJson, note: (f: Finding) => void): void {
  const clean = new Map<string, string>(); // value or label cell → label
  for (const u of expected.units) {
    for (const row of u.rows) {
      if (row.expect.kind !== 'indicator' || row.expect.value === null || !row.valueCell) continue;
      clean.set(row.valueCell, row.label);
      clean.set(row.labelCell, row.label);
    }
  }
  for (const issue of report.issues) {
    if (!issue.cell || issue.severity === 'info') continue;
    const label = clean.get(issue.cell);
    if (label === undefined) continue;
    note({
      kind: 'false_flag',
      unit: issue.unit ?? '?',
      label,
      cell: issue.cell,
      indicator: issue.indicator ?? undefined,
      got: issue.code,
      detail: issue.message,
    });
  }
}

function checkIssue(x: ExpectedIssue, report: ReportJson): IssueCheck {
  const hit = report.issues.find(
    (i) =>
      i.code === x.code &&
      i.unit === x.unit &&
      (!x.cell || i.cell === x.cell) &&
      (!x.indicator || i.indicator === x.indicator),
  );
  const sameCode = report.issues.filter((i) => i.code === x.code && i.unit === x.unit);
  return {
    expected: x,
    raised: hit !== undefined,
    got: hit
      ? hit.message
      : sameCode.length
        ? `other ${x.code}: ${sameCode.map((i) => i.cell ?? '-').join(', ')}`
        : undefined,
  };
}

/** For each unit that resent its report: the duplicate_conflict raised, and the sheets skipped (old or new). */
function resendOutcome(expected: ExpectedHoldout, report: ReportJson, core: Core): string[] {
  const superseded = expected.superseded ?? [];
  const resent = new Set(superseded.map((s) => s.unit));
  const current = new Set(expected.units.filter((u) => resent.has(u.name)).map(sourceOf));
  return [
    ...report.issues
      .filter((i) => i.code === 'duplicate_conflict' && i.unit !== null && resent.has(i.unit) && !i.indicator)
      .map((i) => `${i.severity}: ${i.message}`),
    ...core.skipped
      .filter((s) => superseded.some((x) => s.source.startsWith(`${x.file}#`)) || current.has(s.source))
      .map((s) => `skipped ${s.source}: ${s.reason}`),
  ];
}

/** A figure left out because its label went unmatched, was matched wrong or never read is reported once, by its cause. */
function withoutExplained(findings: Finding[]): Finding[] {
  const explained = new Set<string>();
  for (const f of findings) {
    if (f.kind === 'label_unmatched' || f.kind === 'wrong_match') explained.add(`${f.unit}|${f.expected ?? ''}`);
    if (f.kind === 'row_not_read') explained.add(`${f.unit}|${f.indicator ?? ''}`);
  }
  // The warning an unmatched catalog row raises about itself ("may be X, not in the total yet") is that same miss.
  const unmatchedCells = new Set(
    findings.filter((f) => f.kind === 'label_unmatched').map((f) => `${f.unit}|${f.cell ?? ''}`),
  );
  return findings.filter(
    (f) =>
      (f.kind !== 'figure_missing' || !explained.has(`${f.unit}|${f.indicator ?? ''}`)) &&
      !(f.kind === 'false_flag' && f.got === 'label_unmatched' && unmatchedCells.has(`${f.unit}|${f.cell ?? ''}`)),
  );
}
