/**
 * Prints the third hold-out measurement: units, figures right/wrong/missing, precision, recall, wrong matches,
 * unmatched labels, false flags, the expected issues, and every finding. Run with `npx tsx test/holdout3/report.ts`
 * (regenerate first with `npx tsx scripts/make-holdout3.ts`).
 */
import { evaluate3, type Finding, type FindingKind } from './evaluate3';

const pct = (a: number, b: number): string => (b === 0 ? 'n/a' : `${((100 * a) / b).toFixed(1)}%`);

function line(f: Finding): string {
  const parts = [`  - [${f.unit}]`];
  if (f.label) parts.push(`«${f.label.replace(/\n/g, '⏎')}»`);
  if (f.cell) parts.push(`@ ${f.cell}`);
  if (f.indicator) parts.push(`(${f.indicator})`);
  if (f.expected !== undefined || f.got !== undefined) parts.push(`expected ${f.expected ?? '-'} got ${f.got ?? '-'}`);
  parts.push(`— ${f.detail}`);
  return parts.join(' ');
}

async function main(): Promise<void> {
  const e = await evaluate3();
  const out: string[] = [];
  const rows = e.expected.units.reduce((n, u) => n + u.rows.length, 0);
  out.push(`Hold-out 3 corpus: ${e.expected.units.length} unit reports, ${rows} rows, period ${e.expected.period}; CLI exit ${e.exitCode}`);
  if (e.stderr.trim()) out.push(`stderr: ${e.stderr.trim()}`);
  out.push('', `Units: right ${e.units.right} / wrong ${e.units.wrong} / missing ${e.units.missing} / extra ${e.units.extra} (of ${e.units.total})`);
  const f = e.figures;
  out.push(`Figures: expected ${f.expected}; right ${f.right}; wrong ${f.wrong}; missing ${f.missing}`);
  out.push(`  precision (right / figures reported for recognised units) ${pct(f.right, f.right + f.wrong)}   recall ${pct(f.right, f.expected)}`);
  const m = e.matches;
  out.push(`Rows: ${m.rows}; mapped right ${m.right}; wrong matches ${m.wrong}; catalog labels sent to unmatched ${m.unmatchedShouldMatch}; rows never read ${m.notRead}`);
  out.push(`False flags on clean rows: ${e.findings.filter((x) => x.kind === 'false_flag').length}`);
  out.push('', 'EXPECTED ISSUES');
  for (const i of e.issues) out.push(`  ${i.raised ? 'raised    ' : 'NOT RAISED'} ${i.expected.code} [${i.expected.unit}] — ${i.expected.why}${!i.raised && i.got ? ` (${i.got})` : ''}`);
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
    if (list.length) out.push('', `${title} (${list.length})`, ...list.map(line));
  }
  process.stdout.write(`${out.join('\n')}\n`);
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack ?? error.message : String(error)}\n`);
  process.exitCode = 1;
});
