/**
 * Writes the READING CORPUS: test/reading/corpus/*.xlsx and expected.json (see test/reading/README.md), the layouts
 * the reading rules of issue 18 (and the magnitudes of issue 12) are tuned on. Its hold-out, written first and never
 * tuned against, is scripts/make-reading-holdout.ts. Labels are the department catalogs' names or aliases
 * (scripts/lib/reading-catalogs.ts); expected values are in the catalog's measure, worked out by hand.
 *
 * Deterministic. Run with `npx tsx scripts/make-reading-corpus.ts`.
 */
import { join } from 'node:path';
import { writeCorpus } from './lib/reading-kit';
import { periodLayouts } from './reading-corpus/periods';
import { sheetLayouts } from './reading-corpus/sheets';
import { measureLayouts } from './reading-corpus/measures';
import { numberLayouts } from './reading-corpus/numbers';

const OUT = join(__dirname, '..', 'test', 'reading', 'corpus');

async function main(): Promise<void> {
  const layouts = [...periodLayouts(), ...sheetLayouts(), ...measureLayouts(), ...numberLayouts()];
  const expected = await writeCorpus(OUT, layouts);
  const figures = expected.layouts
    .flatMap((l) => l.sheets)
    .reduce((n, s) => n + (s.kind === 'report' ? s.figures.length : 0), 0);
  process.stdout.write(`reading corpus: ${layouts.length} layouts, ${figures} figures → ${OUT}\n`);
}

if (require.main === module) {
  void main().catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 1;
  });
}
