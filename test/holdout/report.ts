/**
 * Prints the hold-out measurement: units, precision and recall of figures, wrong matches, missed labels,
 * false flags. Run with `npx tsx test/holdout/report.ts` (regenerate the corpus first with
 * `npx tsx scripts/make-holdout.ts` if the generator changed).
 */
import { evaluate, type Finding, type FindingKind } from './evaluate';

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

function line(f: Finding): string {
  const parts = [`  - [${f.unit}]`];
  if (f.label) parts.push(`«${f.label}»`);
  if (f.cell) parts.push(`@ ${f.cell}`);
  if (f.indicator) parts.push(`(${f.indicator})`);
  if (f.expected !== undefined || f.got !== undefined) parts.push(`expected ${f.expected ?? '-'} got ${f.got ?? '-'}`);
  parts.push(`— ${f.detail}`);
  return parts.join(' ');
}

async function main(): Promise<void> {
  const e = await evaluate();
  const out: string[] = [];
  out.push(`Hold-out corpus: ${e.expected.units.length} unit reports, period ${e.expected.period}; CLI exit ${e.exitCode}`);
  if (e.stderr.trim()) out.push(`stderr: ${e.stderr.trim()}`);
  out.push('');
  out.push(`Units: right ${e.units.right} / wrong ${e.units.wrong} / missing ${e.units.missing} / extra ${e.units.extra} (of ${e.units.total})`);
  const f = e.figures;
  const reported = f.right + f.wrong;
  out.push(`Figures: expected ${f.expected}; right ${f.right}; wrong ${f.wrong}; missing ${f.missing}`);
  out.push(`  precision (right / figures reported for recognised units) ${pct(f.right, reported)}   recall ${pct(f.right, f.expected)}`);
  out.push(`  placeholder rows ("-", "x", "Chưa thống kê"...) kept empty: ${f.nullRight} / ${f.nullExpected}`);
  const m = e.matches;
  out.push(`Rows: ${m.rows}; mapped right ${m.right}; wrong matches ${m.wrong}; catalog labels sent to unmatched ${m.unmatchedShouldMatch}; rows never read ${m.notRead}`);
  out.push(`False flags on clean rows: ${e.findings.filter((x) => x.kind === 'false_flag').length}`);
  const order: [FindingKind, string][] = [
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
  for (const [kind, title] of order) {
    const list = e.findings.filter((x) => x.kind === kind);
    if (list.length === 0) continue;
    out.push('', `${title} (${list.length})`, ...list.map(line));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
