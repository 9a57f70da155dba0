/**
 * `npm run bench:office`: a whole first run of the add-in replayed through the real office.js request building
 * (bench/office.ts) for 5, 50, 168 and 400 unit sheets. One JSON line per size on stdout; details and the check
 * of the targets (every request and answer < 4,000,000 B; syncs at 400 ≤ 3 × syncs at 5) on stderr.
 * `--measure-only`: no 5 MB limit, to see how far over it a run goes. Sizes may be given: `-- 168 400`.
 */
import { OFFICE_SIZES, officeFailures, officeJsRun } from './office';

async function main(): Promise<void> {
  const measureOnly = process.argv.includes('--measure-only');
  const sizes = process.argv
    .slice(2)
    .map(Number)
    .filter((n) => n > 0);
  const results = [];
  for (const n of sizes.length ? sizes : OFFICE_SIZES) {
    const r = await officeJsRun(n, measureOnly ? Infinity : undefined);
    results.push(r);
    const { sheets, syncs, maxRequestBytes, totalRequestBytes, maxResponseBytes } = r;
    console.log(
      JSON.stringify({
        sheets,
        syncs,
        maxRequestBytes,
        totalRequestBytes,
        measuredWith: 'office-js',
        maxResponseBytes,
      }),
    );
    console.error(
      `  ${n} sheets: ${r.readSyncs} read + ${r.writeSyncs} write requests; ${r.unitsConsolidated} units; notes as ${r.notesMode}; ${r.refused.length ? `refused: ${r.refused.join('; ')}` : 'no part refused'}; ${Math.round(r.ms)} ms`,
    );
  }
  const failures = officeFailures(results);
  for (const f of failures) console.error(`FAIL ${f}`);
  if (!failures.length) console.error('all targets met');
  process.exitCode = failures.length ? 1 : 0;
}

void main();
