/** Smoke test of the bench's building blocks (no timing, no budgets: those live in `npm run bench`). */
import { consolidate } from '../../src/core/consolidate';
import { defaultCatalog } from '../../src/core/catalog';
import { buildSheets, makeUnits, toGrid } from '../../bench/generate';
import { startAssets } from '../../bench/bundle';
import { summarize } from '../../bench/stats';

describe('bench building blocks', () => {
  it('generates unit reports the engine reads completely, with the planted unmatched rows', () => {
    const units = makeUnits(12);
    expect(new Set(units.map((u) => u.name)).size).toBe(12);
    const sheets = buildSheets(units);
    for (const s of sheets) expect(s.dataRows).toBeGreaterThanOrEqual(38);
    const result = consolidate(
      sheets.map((s) => toGrid(s, 'bench.xlsx')),
      { catalog: defaultCatalog, expectedUnits: units.map((u) => u.name) },
    );
    expect(result.summary.units.map((u) => u.name).sort()).toEqual(units.map((u) => u.name).sort());
    expect(result.summary.unmatched).toHaveLength(sheets.reduce((n, s) => n + s.unmatched, 0));
  });

  it('finds the local scripts and stylesheets of a minified page, not the CDN office.js', () => {
    const html =
      '<head><script src=https://appsforoffice.microsoft.com/lib/1/hosted/office.js></script><link rel=stylesheet href="app.css"><script defer src=taskpane.js></script></head>';
    expect(startAssets(html)).toEqual(['taskpane.js', 'app.css']);
  });

  it('gives the median, min and max', () => {
    expect(summarize([5, 1, 3, 9])).toMatchObject({ median: 4, min: 1, max: 9, runs: 4 });
  });
});
