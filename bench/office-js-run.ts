/**
 * `npm run bench:office`: a whole first run of the add-in (read the workbook, consolidate + render, write the
 * output sheets and the catalog sheet) replayed through the real office.js request building (bench/office-js),
 * for 5, 50, 168 and 400 unit sheets. One JSON line per size on stdout; the targets are checked at the end.
 */
import { officeJsRun } from './office';

const SIZES = [5, 50, 168, 400];
const REQUEST_TARGET = 4_000_000;

async function main(): Promise<void> {
  // --measure-only: no 5 MB limit, to see how far over it a run goes.
  const measureOnly = process.argv.includes('--measure-only');
  const sizes = process.argv.slice(2).map(Number).filter((n) => n > 0);
  const results = [];
  for (const n of sizes.length ? sizes : SIZES) {
    const r = await officeJsRun(n, measureOnly ? Infinity : undefined);
    results.push(r);
    const { sheets, syncs, maxRequestBytes, totalRequestBytes, maxResponseBytes } = r;
    console.log(JSON.stringify({ sheets, syncs, maxRequestBytes, totalRequestBytes, measuredWith: 'office-js', maxResponseBytes }));
    console.error(`  ${n} sheets: ${r.readSyncs} read + ${r.writeSyncs} write requests, ${r.cleanupRequests} cleanup; ${r.unitsConsolidated} units; notes as ${r.notesMode}; ${r.notes.length ? r.notes.join('; ') : 'no part refused'}; ${Math.round(r.ms)} ms`);
  }
  const failures: string[] = [];
  for (const r of results) {
    if (r.maxRequestBytes >= REQUEST_TARGET) failures.push(`${r.sheets} sheets: largest request ${r.maxRequestBytes} B ≥ ${REQUEST_TARGET}`);
    if (r.maxResponseBytes >= REQUEST_TARGET) failures.push(`${r.sheets} sheets: largest response ${r.maxResponseBytes} B ≥ ${REQUEST_TARGET}`);
  }
  const first = results.find((r) => r.sheets === 5);
  const last = results.find((r) => r.sheets === 400);
  if (first && last && last.syncs > 3 * first.syncs) failures.push(`syncs at 400 sheets (${last.syncs}) > 3 × syncs at 5 (${first.syncs})`);
  for (const f of failures) console.error(`FAIL ${f}`);
  process.exitCode = failures.length ? 1 : 0;
}

void main();
