// `npm run build:cli` (and `npm ci` through "prepare"): the tonghop command as one file, lib/cli/main.js.
// One bundled file starts several times faster than ~150 compiled modules each found and read by require().
// ExcelJS stays outside (a dependency, loaded only for a workbook the fast reader refuses).
// Usage: node scripts/build-cli.mjs [--outfile path]   (the bench builds into a temp folder this way)
import { build } from 'esbuild';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const at = process.argv.indexOf('--outfile');
const outfile = at > 0 ? process.argv[at + 1] : join(root, 'lib', 'cli', 'main.js');

await build({
  entryPoints: [join(root, 'src', 'cli', 'main.ts')],
  outfile,
  bundle: true,
  platform: 'node',
  target: 'node20',
  format: 'cjs',
  external: ['exceljs'],
  legalComments: 'none',
  logLevel: 'warning',
});
