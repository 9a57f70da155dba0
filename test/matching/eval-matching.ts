/* Prints how the matcher does on the labelled set; exits non-zero on any wrong match. `npm run eval:matching` */
import { defaultCatalog } from '../../src/core/catalog';
import { createMatcher } from '../../src/core/match';
import { headings, labelled } from './labels';
import { holdout } from './holdout';
import { evaluateMatching } from './evaluate';

const percent = (value: number): string => `${(value * 100).toFixed(1)} %`;
const result = evaluateMatching(defaultCatalog, labelled, headings);

console.log(`Nhãn: ${result.total} (${result.positives} có chỉ tiêu, ${result.total - result.positives} không có)`);
console.log(`Precision: ${percent(result.precision)}  (${result.correct}/${result.matched} khớp đúng)`);
console.log(`Recall:    ${percent(result.recall)}  (${result.correct}/${result.positives})`);
console.log(`Thời gian lần đầu: ${result.millisPerLabel.toFixed(3)} ms/nhãn`);

if (result.wrong.length > 0) {
  console.log(`\nKhớp SAI (${result.wrong.length}):`);
  for (const w of result.wrong) console.log(`  «${w.label}» → ${w.got}, đúng là ${w.expected ?? '(không khớp)'} — ${w.reason}`);
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
console.log(`\nNhãn giữ lại (holdout): ${held.total} — precision ${percent(held.precision)}, recall ${percent(held.recall)}`);
for (const w of held.wrong) console.log(`  SAI «${w.label}» → ${w.got}, đúng là ${w.expected ?? '(không khớp)'} — ${w.reason}`);
for (const m of held.missed) console.log(`  sót «${m.label}» (${m.expected}) — ${m.reason}`);

// Throughput: a province of 168 communes... or all 3,321 communes of the country, 45 rows each.
const rows = [...new Set(labelled.map((c) => c.label))].slice(0, 45);
const matcher = createMatcher(defaultCatalog);
const started = performance.now();
for (let unit = 0; unit < 3321; unit++) for (const row of rows) matcher.match(unit % 7 === 0 ? `${row} ` : row);
console.log(`\n3.321 đơn vị × 45 nhãn: ${(performance.now() - started).toFixed(0)} ms`);

process.exitCode = result.wrong.length + held.wrong.length + result.headingsMatched.length > 0 ? 1 : 0;
