/*
 * Prints how the matcher does on the labelled set of the built-in catalog, then on the department catalogs
 * (test/matching/catalogs) and, as aggregate figures only, on the department hold-out; exits non-zero on any wrong
 * match. `npm run eval:matching` (add `-- --show-holdout` to list the hold-out's rows: never while tuning).
 */
import { defaultCatalog } from '../../src/core/catalog';
import { createMatcher } from '../../src/core/match';
import { headings, labelled } from './labels';
import { holdout } from './holdout';
import { evaluateMatching } from './evaluate';
import { departmentSets } from './department-labels';
import { measureSet, setLines, totalOf } from './department-print';
import { percent as pct } from './department-eval';
import { holdoutDepartmentSets } from './holdout-department';

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;
const result = evaluateMatching(defaultCatalog, labelled, headings);

console.log(`Nhãn: ${result.total} (${result.positives} có chỉ tiêu, ${result.total - result.positives} không có)`);
console.log(`Precision: ${percent(result.precision)}  (${result.correct}/${result.matched} khớp đúng)`);
console.log(`Recall:    ${percent(result.recall)}  (${result.correct}/${result.positives})`);
console.log(`Thời gian lần đầu: ${result.millisPerLabel.toFixed(3)} ms/nhãn`);

if (result.wrong.length > 0) {
  console.log(`\nKhớp SAI (${result.wrong.length}):`);
  for (const w of result.wrong)
    console.log(`  «${w.label}» → ${w.got}, đúng là ${w.expected ?? '(không khớp)'} — ${w.reason}`);
}
if (result.headingsMatched.length > 0) {
  console.log(`\nTiêu đề bị khớp (${result.headingsMatched.length}):`);
  for (const h of result.headingsMatched) console.log(`  «${h.label}» → ${h.got}`);
}
if (result.missed.length > 0) {
  console.log(`\nBỏ sót (${result.missed.length}):`);
  for (const m of result.missed) console.log(`  «${m.label}» (${m.expected}) — ${m.reason}`);
}

// Held-out labels, written after tuning: the honest estimate on rows the matcher has not seen.
const held = evaluateMatching(defaultCatalog, holdout);
console.log(
  `\nNhãn giữ lại (holdout): ${held.total} — precision ${percent(held.precision)}, recall ${percent(held.recall)}`,
);
for (const w of held.wrong)
  console.log(`  SAI «${w.label}» → ${w.got}, đúng là ${w.expected ?? '(không khớp)'} — ${w.reason}`);
for (const m of held.missed) console.log(`  sót «${m.label}» (${m.expected}) — ${m.reason}`);

// Throughput: a province of 168 communes... or all 3,321 communes of the country, 45 rows each.
const rows = [...new Set(labelled.map((c) => c.label))].slice(0, 45);
const matcher = createMatcher(defaultCatalog);
const started = performance.now();
for (let unit = 0; unit < 3321; unit++) for (const row of rows) matcher.match(unit % 7 === 0 ? `${row} ` : row);
console.log(`\n3.321 đơn vị × 45 nhãn: ${(performance.now() - started).toFixed(0)} ms`);

// Department catalogs: a department consolidates with its own catalog, and the built-in one must not be assumed.
console.log('\n═══ Danh mục của Sở (test/matching/catalogs) ═══');
let departmentWrong = 0;
for (const set of departmentSets) {
  const figures = measureSet(set);
  departmentWrong += figures.rows.wrong.length + figures.reports.wrong.length;
  console.log(setLines(figures, true).join('\n'));
}

// The hold-out: aggregate figures only, so whoever tunes the matcher never sees its rows.
const showHoldout = process.argv.includes('--show-holdout');
console.log('\n═══ Danh mục giữ lại (test/matching/holdout-department: không dùng để tinh chỉnh) ═══');
const heldOut = holdoutDepartmentSets.map(measureSet);
for (const figures of heldOut) console.log(setLines(figures, showHoldout).join('\n'));
for (const [mode, pick] of [
  ['từng dòng', (f: (typeof heldOut)[number]) => f.rows],
  ['theo báo cáo', (f: (typeof heldOut)[number]) => f.reports],
] as const) {
  const t = totalOf(heldOut.map(pick));
  console.log(
    `Giữ lại, cộng chung (${mode}): ${t.rows} dòng · recall ${pct(t.correct / t.positives)} (${t.correct}/${t.positives}) · ` +
      `precision ${pct(t.matched ? t.correct / t.matched : 1)} · khớp sai ${t.wrong} · bỏ sót ${t.missed} · ` +
      `chắc chắn ${t.sure} · có thể ${t.likely} · chưa đối chiếu ${t.unmatched}`,
  );
}
if (!showHoldout) console.log('(Danh sách dòng của phần giữ lại: thêm --show-holdout; đừng xem khi đang tinh chỉnh.)');

process.exitCode =
  result.wrong.length + held.wrong.length + result.headingsMatched.length + departmentWrong > 0 ? 1 : 0;
