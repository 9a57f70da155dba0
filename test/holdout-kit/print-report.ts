/**
 * The printed hold-out measurement: units, figures right/wrong/missing, precision and recall, wrong matches,
 * catalog labels sent to unmatched, false flags, the expected issues raised or not, what the engine did with
 * resent reports, and every finding. Each corpus's report.ts calls `printReport` with its HoldoutCorpus.
 */
import { evaluateCorpus, type Evaluation, type Finding, type FindingKind, type HoldoutCorpus } from './evaluate';

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

const SECTIONS: [FindingKind, string][] = [
  ['wrong_figure', 'WRONG FIGURES'],
  ['phantom_figure', 'PHANTOM FIGURES (indicator the unit never reported)'],
  ['wrong_match', 'WRONG MATCHES'],
  ['unit_wrong', 'UNITS MIS-RECOGNISED'],
  ['unit_wrong_source', 'UNITS READ FROM THE WRONG SHEET'],
  ['unit_extra', 'EXTRA UNITS'],
  ['unit_missing', 'UNITS MISSING'],
  ['label_unmatched', 'CATALOG LABELS SENT TO UNMATCHED'],
  ['row_not_read', 'ROWS NEVER READ'],
  ['figure_missing', 'FIGURES NOT READ (right match)'],
  ['false_flag', 'FALSE FLAGS'],
];

function findingLine(f: Finding): string {
  const parts = [`  - [${f.unit}]`];
  if (f.label) parts.push(`«${f.label.replace(/\n/g, '⏎')}»`);
  if (f.cell) parts.push(`@ ${f.cell}`);
  if (f.indicator) parts.push(`(${f.indicator})`);
  if (f.expected !== undefined || f.got !== undefined) parts.push(`expected ${f.expected ?? '-'} got ${f.got ?? '-'}`);
  parts.push(`— ${f.detail}`);
  return parts.join(' ');
}

/** The report as text, one line per figure or finding. */
export function formatReport(corpus: HoldoutCorpus, e: Evaluation): string {
  const out: string[] = [];
  const rows = e.expected.units.reduce((n, u) => n + u.rows.length, 0);
  const superseded = e.expected.superseded ?? [];
  const resends = superseded.length ? ` (+${superseded.length} superseded resend)` : '';
  out.push(
    `${corpus.name}: ${e.expected.units.length} unit reports${resends}, ${rows} rows, period ${e.expected.period}; CLI exit ${e.exitCode}`,
  );
  if (e.stderr.trim()) out.push(`stderr: ${e.stderr.trim()}`);
  out.push(
    '',
    `Units: right ${e.units.right} / wrong ${e.units.wrong} / missing ${e.units.missing} / extra ${e.units.extra} (of ${e.units.total})`,
  );
  const f = e.figures;
  out.push(`Figures: expected ${f.expected}; right ${f.right}; wrong ${f.wrong}; missing ${f.missing}`);
  out.push(
    `  precision (right / figures reported for recognised units) ${pct(f.right, f.right + f.wrong)}   recall ${pct(f.right, f.expected)}`,
  );
  if (corpus.noFigureRows) out.push(`  ${corpus.noFigureRows} kept empty: ${f.nullRight} / ${f.nullExpected}`);
  const m = e.matches;
  out.push(
    `Rows: ${m.rows}; mapped right ${m.right}; wrong matches ${m.wrong}; catalog labels sent to unmatched ${m.unmatchedShouldMatch}; rows never read ${m.notRead}`,
  );
  out.push(`False flags on clean rows: ${e.findings.filter((x) => x.kind === 'false_flag').length}`);
  if (e.expected.issues) {
    out.push('', 'EXPECTED ISSUES');
    for (const i of e.issues)
      out.push(
        `  ${i.raised ? 'raised    ' : 'NOT RAISED'} ${i.expected.code} [${i.expected.unit}]${i.expected.cell ? ` @ ${i.expected.cell}` : ''} — ${i.expected.why}${!i.raised && i.got ? ` (${i.got})` : ''}`,
      );
  }
  if (superseded.length) {
    const who = [...new Set(superseded.map((s) => s.unit))].join(', ');
    out.push(
      '',
      `RESENT REPORT (${who}): what the engine did`,
      ...(e.resend.length ? e.resend.map((s) => `  ${s}`) : ['  nothing: no issue, no skipped sheet']),
    );
  }
  for (const [kind, title] of SECTIONS) {
    const list = e.findings.filter((x) => x.kind === kind);
    if (list.length) out.push('', `${title} (${list.length})`, ...list.map(findingLine));
  }
  return `${out.join('\n')}\n`;
}

/** Evaluates the corpus and prints the report on stdout (an error goes to stderr with exit code 1). */
export function printReport(corpus: HoldoutCorpus): void {
  evaluateCorpus(corpus.dir)
    .then((e) => void process.stdout.write(formatReport(corpus, e)))
    .catch((error: unknown) => {
      process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
      process.exitCode = 1;
    });
}
