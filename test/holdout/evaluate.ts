/**
 * Hold-out evaluation: runs the command line in-process over test/holdout/corpus and compares report.json with
 * expected.json (written by scripts/make-holdout.ts). Also runs the core once more on the same grids to read the
 * row → indicator mapping and each figure's provenance, so every finding can name the row and cell at fault.
 * Shared by holdout.test.ts (asserts the never-do rules) and report.ts (prints precision and recall).
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
import type { ExpectedCorpus, ExpectedRow, ExpectedUnit } from '../../scripts/make-holdout';

export const CORPUS = join(__dirname, 'corpus');

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

export type Evaluation = {
  exitCode: number;
  stderr: string;
  report: ReportJson;
  expected: ExpectedCorpus;
  units: { right: number; wrong: number; missing: number; extra: number; total: number };
  figures: { expected: number; right: number; wrong: number; missing: number; nullRight: number; nullExpected: number };
  matches: { rows: number; right: number; wrong: number; unmatchedShouldMatch: number; notRead: number };
  findings: Finding[];
};

const same = (a: number, b: number): boolean => Math.abs(a - b) <= 1e-9 * Math.max(1, Math.abs(a), Math.abs(b));
const show = (v: number | null | undefined): string => (v === null || v === undefined ? 'null' : String(v));

async function readCorpusGrids(): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const file of (await readdir(CORPUS)).filter((f) => f.endsWith('.xlsx')).sort()) {
    grids.push(...(await readXlsxFile(join(CORPUS, file), file)));
  }
  return grids;
}

async function loadUnits(): Promise<string[]> {
  const text = await readFile(join(CORPUS, 'units.txt'), 'utf8');
  return text.split('\n').map((l) => l.trim()).filter((l) => l && !l.startsWith('#'));
}

/** Runs the CLI and the core on the corpus and compares both with expected.json. */
export async function evaluate(): Promise<Evaluation> {
  const expected = JSON.parse(await readFile(join(CORPUS, 'expected.json'), 'utf8')) as ExpectedCorpus;
  const dir = await mkdtemp(join(tmpdir(), 'holdout-'));
  let stderr = '';
  let exitCode: number;
  let report: ReportJson;
  try {
    exitCode = await run(
      ['consolidate', CORPUS, '--units', join(CORPUS, 'units.txt'), '--out', join(dir, 'tong-hop.xlsx'), '--json', join(dir, 'report.json')],
      { out: () => undefined, err: (t) => (stderr += t) },
    );
    report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as ReportJson;
  } finally {
    await rm(dir, { recursive: true, force: true });
  }

  // The same run through the core, for the mapping (label cell → indicator) and provenance (value cell).
  const core = consolidate(await readCorpusGrids(), { catalog: defaultCatalog, expectedUnits: await loadUnits() });
  const mappingByCell = new Map<string, { unit: string; indicatorId: string | null; label: string; reason: string }>();
  for (const m of core.summary.mapping) mappingByCell.set(formatCellRef(m.cell), { unit: m.unit, indicatorId: m.indicatorId, label: m.label, reason: m.reason });
  const provenance = new Map<string, string>(); // unit|id → value cell
  for (const row of core.summary.rows) {
    for (const [unit, v] of Object.entries(row.values)) provenance.set(`${unit}|${row.indicator.id}`, `${formatCellRef(v.cell)} (label «${v.label}» at ${formatCellRef(v.labelCell)})`);
  }

  const findings: Finding[] = [];
  const add = (f: Finding): void => {
    findings.push(f);
  };

  // ── Units: each expected sheet must be recognised as its unit, and nothing else may become a unit.
  const units = { right: 0, wrong: 0, missing: 0, extra: 0, total: expected.units.length };
  const nameBySource = new Map<string, string>(); // source → recognised name (diagnostics)
  const expectedSources = new Set(expected.units.map((u) => `${u.file}#${u.sheet}`));
  for (const u of report.units) {
    if (!expectedSources.has(u.source)) {
      units.extra++;
      add({ kind: 'unit_extra', unit: u.name, cell: u.source, detail: `sheet ${u.source} is not a unit report but was taken as "${u.name}"` });
    }
  }
  for (const u of expected.units) {
    const source = `${u.file}#${u.sheet}`;
    const got = report.units.find((x) => x.source === source);
    const elsewhere = report.units.find((x) => x.name === u.name && x.source !== source);
    if (elsewhere) {
      units.wrong++;
      add({ kind: 'unit_wrong_source', unit: u.name, cell: elsewhere.source, expected: source, got: elsewhere.source, detail: `"${u.name}" was read from ${elsewhere.source}, not from its report ${source}` });
    }
    if (!got) {
      if (elsewhere) continue;
      units.missing++;
      add({ kind: 'unit_missing', unit: u.name, cell: source, detail: `sheet ${source} was not recognised as a unit report` });
      continue;
    }
    nameBySource.set(source, got.name);
    if (got.name === u.name) {
      if (!elsewhere) units.right++;
    }
    else {
      units.wrong++;
      add({ kind: 'unit_wrong', unit: u.name, cell: source, expected: u.name, got: got.name, detail: `sheet ${source} recognised as "${got.name}"` });
    }
  }
  for (const name of expected.missingUnits) {
    if (report.units.some((u) => u.name === name)) {
      units.extra++;
      add({ kind: 'unit_extra', unit: name, detail: `"${name}" sent nothing but appears among the reporting units` });
    }
  }

  // ── Figures in report.json, unit by unit, against what the unit wrote.
  const figures = { expected: 0, right: 0, wrong: 0, missing: 0, nullRight: 0, nullExpected: 0 };
  const valueOf = (unit: string, id: string): number | null => report.indicators.find((i) => i.id === id)?.values[unit] ?? null;
  for (const u of expected.units) {
    // Figures are judged under the unit's name, whichever sheet the engine took them from.
    if (!report.units.some((x) => x.name === u.name)) continue;
    const engineName = u.name;
    const truth = truthOf(u);
    for (const ind of report.indicators) {
      const got = ind.values[engineName];
      if (got === null || got === undefined) continue;
      const t = truth.get(ind.id);
      if (t && t.values.some((v) => v !== null && same(v, got))) continue;
      if (t && t.values.every((v) => v === null) && t.kind === 'indicator') {
        figures.wrong++;
        add({ kind: 'wrong_figure', unit: u.name, indicator: ind.id, cell: t.cell, label: t.label, expected: 'null (no figure)', got: show(got), detail: `report.json has ${got} for «${t.raw}»; from ${provenance.get(`${engineName}|${ind.id}`) ?? '?'}` });
      } else if (t && t.kind === 'indicator') {
        figures.wrong++;
        add({ kind: 'wrong_figure', unit: u.name, indicator: ind.id, cell: t.cell, label: t.label, expected: t.values.map(show).join(' or '), got: show(got), detail: `source «${t.raw}»; engine took ${provenance.get(`${engineName}|${ind.id}`) ?? '?'}` });
      } else {
        figures.wrong++;
        add({ kind: 'phantom_figure', unit: u.name, indicator: ind.id, got: show(got), expected: t ? t.values.map(show).join(' or ') : 'absent', detail: `the unit reported no such figure; engine took ${provenance.get(`${engineName}|${ind.id}`) ?? '?'}` });
      }
    }
    for (const [id, t] of truth) {
      if (t.kind !== 'indicator') continue;
      const got = valueOf(engineName, id);
      const wantsNumber = t.values.some((v) => v !== null);
      if (wantsNumber) {
        figures.expected++;
        if (got !== null && t.values.some((v) => v !== null && same(v, got))) figures.right++;
        else if (got === null) {
          figures.missing++;
          if (!t.values.includes(null)) add({ kind: 'figure_missing', unit: u.name, indicator: id, cell: t.cell, label: t.label, expected: t.values.map(show).join(' or '), got: 'null', detail: `«${t.raw}» not in report.json` });
        }
      } else {
        figures.nullExpected++;
        if (got === null) figures.nullRight++;
      }
    }
  }

  // ── Row by row: the mapping, for wrong matches and for recall of labels.
  const matches = { rows: 0, right: 0, wrong: 0, unmatchedShouldMatch: 0, notRead: 0 };
  const expectedCells = new Set<string>();
  for (const u of expected.units) {
    for (const row of u.rows) {
      expectedCells.add(row.labelCell);
      const m = mappingByCell.get(row.labelCell);
      const e = row.expect;
      if (e.kind === 'heading') {
        if (m?.indicatorId) {
          matches.wrong++;
          add({ kind: 'wrong_match', unit: u.name, label: row.label, cell: row.labelCell, expected: 'no indicator (section heading)', got: m.indicatorId, detail: `heading matched (${m.reason})` });
        }
        continue;
      }
      matches.rows++;
      if (!m) {
        if (e.kind === 'indicator') {
          matches.notRead++;
          add({ kind: 'row_not_read', unit: u.name, label: row.label, cell: row.labelCell, indicator: e.id, detail: 'the detector produced no row for this label' });
        } else matches.right++;
        continue;
      }
      if (e.kind === 'indicator') {
        if (m.indicatorId === e.id) matches.right++;
        else if (m.indicatorId === null) {
          matches.unmatchedShouldMatch++;
          add({ kind: 'label_unmatched', unit: u.name, label: row.label, cell: row.labelCell, expected: e.id, got: 'unmatched', detail: m.reason });
        } else {
          matches.wrong++;
          add({ kind: 'wrong_match', unit: u.name, label: row.label, cell: row.labelCell, expected: e.id, got: m.indicatorId, detail: m.reason });
        }
      } else if (e.kind === 'unmatched') {
        if (m.indicatorId === null) matches.right++;
        else {
          matches.wrong++;
          add({ kind: 'wrong_match', unit: u.name, label: row.label, cell: row.labelCell, expected: `unmatched (${e.why})`, got: m.indicatorId, detail: m.reason });
        }
      } else if (m.indicatorId === null || m.indicatorId === e.id) matches.right++;
      else {
        matches.wrong++;
        add({ kind: 'wrong_match', unit: u.name, label: row.label, cell: row.labelCell, expected: `unmatched or ${e.id} (${e.why})`, got: m.indicatorId, detail: m.reason });
      }
    }
  }
  // Rows the detector read that the corpus never wrote as data rows (titles, notes, signatures, headers...).
  for (const [cell, m] of mappingByCell) {
    if (expectedCells.has(cell) || m.indicatorId === null) continue;
    matches.wrong++;
    add({ kind: 'wrong_match', unit: m.unit, label: m.label, cell, expected: 'not a data row', got: m.indicatorId, detail: m.reason });
  }

  // ── Issues on clean rows: a row whose figure was read right and is plausible should carry no warning.
  const cleanCells = new Map<string, ExpectedRow>();
  for (const u of expected.units) {
    for (const row of u.rows) {
      const e = row.expect;
      if (e.kind !== 'indicator' || e.value === null || !row.valueCell) continue;
      cleanCells.set(row.valueCell, row);
      cleanCells.set(row.labelCell, row);
    }
  }
  for (const issue of report.issues) {
    if (!issue.cell || issue.severity === 'info') continue;
    const row = cleanCells.get(issue.cell);
    if (!row) continue;
    add({ kind: 'false_flag', unit: issue.unit ?? '?', label: row.label, cell: issue.cell, indicator: issue.indicator ?? undefined, got: issue.code, detail: issue.message });
  }

  // A figure left out because its label went unmatched (or was never read) is reported once, by its cause.
  const explained = new Set<string>();
  for (const f of findings) {
    if (f.kind === 'label_unmatched' || f.kind === 'wrong_match') explained.add(`${f.unit}|${f.expected ?? ''}`);
    if (f.kind === 'row_not_read') explained.add(`${f.unit}|${f.indicator ?? ''}`);
  }
  const kept = findings.filter((f) => f.kind !== 'figure_missing' || !explained.has(`${f.unit}|${f.indicator ?? ''}`));
  return { exitCode, stderr, report, expected, units, figures, matches, findings: kept };
}

type Truth = { kind: 'indicator' | 'either'; values: (number | null)[]; cell: string; label: string; raw: string };

/** What report.json may hold for one unit: per indicator, the accepted values. */
function truthOf(u: ExpectedUnit): Map<string, Truth> {
  const truth = new Map<string, Truth>();
  for (const row of u.rows) {
    const e = row.expect;
    if (e.kind === 'indicator') {
      truth.set(e.id, { kind: 'indicator', values: [e.value, ...(e.alsoAccept ?? [])], cell: row.valueCell ?? row.labelCell, label: row.label, raw: row.raw });
    } else if (e.kind === 'either' && !truth.has(e.id)) {
      truth.set(e.id, { kind: 'either', values: [e.value], cell: row.valueCell ?? row.labelCell, label: row.label, raw: row.raw });
    }
  }
  return truth;
}

/** Stable key of a finding, for the allow-list of known failures. */
export function findingKey(f: Finding): string {
  return [f.kind, f.unit, f.indicator ?? f.expected ?? '', f.cell ?? ''].join(' | ');
}
