/**
 * Writes src/core/units/gazetteer-data.ts from the General Statistics Office's lists in ../shared/data/vn-units
 * (units before 1 July 2025 and since). Core never reads a file at run time: the lists become a compact module,
 * one line per province, committed with the code. Run with `npm run gazetteer` after the lists change; the test
 * test/core/units/gazetteer-data.test.ts fails while the committed module and the lists differ.
 * Usage: tsx scripts/make-gazetteer.ts [--from <folder with units-*.json>]
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { packGazetteer, type SourceLists } from './lib/pack-gazetteer';

const ROOT = resolve(__dirname, '..');
const OUT = join(ROOT, 'src/core/units/gazetteer-data.ts');

/** The shared data folder beside the repository (../shared from /work/main, ../../shared from a worktree). */
export function findSourceFolder(explicit?: string): string | null {
  const candidates = explicit
    ? [explicit]
    : [join(ROOT, '../shared/data/vn-units'), join(ROOT, '../../shared/data/vn-units')];
  return candidates.find((dir) => existsSync(join(dir, 'units-since-2025-07.json'))) ?? null;
}

export function readSourceLists(dir: string): SourceLists {
  const read = (file: string): unknown => JSON.parse(readFileSync(join(dir, file), 'utf8'));
  return { before: read('units-before-2025-07.json'), since: read('units-since-2025-07.json') } as SourceLists;
}

function main(): void {
  const i = process.argv.indexOf('--from');
  const dir = findSourceFolder(i >= 0 ? process.argv[i + 1] : undefined);
  if (!dir) {
    process.stderr.write('make-gazetteer: units-since-2025-07.json not found; pass --from <folder>\n');
    process.exitCode = 1;
    return;
  }
  const text = packGazetteer(readSourceLists(dir));
  writeFileSync(OUT, text);
  process.stdout.write(`Wrote ${OUT} (${text.length.toLocaleString('en')} characters) from ${dir}\n`);
}

if (require.main === module) main();
