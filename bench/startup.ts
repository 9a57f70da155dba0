/**
 * Start-up of the `tonghop` command: a fresh process for `--help` and for a one-file run (one sample workbook
 * consolidated into a temp file), beside a bare `node -e 0` timed in the same minutes. The ratios to the bare
 * start hold on a loaded machine; the absolute times are printed, not judged.
 * Alone: `npx tsx bench/startup.ts [main.js ...]` times each given CLI file (default: the bundle build:cli makes,
 * lib/cli/main.js) in alternation, 11 runs each, and prints the medians.
 */
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fmtSample, round, summarize, type Sample } from './stats';

const ROOT = resolve(__dirname, '..');
export const ONE_FILE = join(ROOT, 'samples', 'binh-phuoc-2022', 'bu_dop.xlsx');

export type StartupResult = {
  main: string;
  bareNode: Sample;
  help: Sample;
  oneFile: Sample;
  helpRatio: number;
  oneFileRatio: number;
};

function wallMs(args: string[]): number {
  const t0 = performance.now();
  const child = spawnSync(process.execPath, args, { cwd: ROOT, encoding: 'utf8' });
  const ms = performance.now() - t0;
  // 0: done; 2: done with warnings to look at (the sample has none, but the exit code is the command's contract).
  if (child.status !== 0 && child.status !== 2)
    throw new Error(`${args.join(' ')} exited ${child.status}: ${child.stderr.trim().split('\n').pop()}`);
  return ms;
}

/** Times each CLI file in `mains` `runs` times, interleaved with each other and with a bare node start. */
export function startupBench(mains: string[], runs = 11): StartupResult[] {
  const out = mkdtempSync(join(tmpdir(), 'tonghop-startup-'));
  try {
    const bare: number[] = [];
    const help = mains.map((): number[] => []);
    const oneFile = mains.map((): number[] => []);
    const oneFileArgs = ['consolidate', ONE_FILE, '--out', join(out, 'tong-hop.xlsx')];
    for (let i = 0; i <= runs; i++) {
      const timed = i > 0; // the first round warms the disk cache
      const b = wallMs(['-e', '0']);
      if (timed) bare.push(b);
      mains.forEach((main, k) => {
        const h = wallMs([main, '--help']);
        const o = wallMs([main, ...oneFileArgs]);
        if (timed) {
          help[k].push(h);
          oneFile[k].push(o);
        }
      });
    }
    const bareNode = summarize(bare);
    return mains.map((main, k) => {
      const [h, o] = [summarize(help[k]), summarize(oneFile[k])];
      return {
        main,
        bareNode,
        help: h,
        oneFile: o,
        helpRatio: h.median / bareNode.median,
        oneFileRatio: o.median / bareNode.median,
      };
    });
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}

export function printStartup(r: StartupResult, log: (s: string) => void): void {
  log(`  ${r.main}`);
  log(`    node -e 0 (bare start): ${fmtSample(r.bareNode)}`);
  log(`    tonghop --help: ${fmtSample(r.help)}  = ${round(r.helpRatio, 2)} × bare node`);
  log(`    tonghop consolidate <one file> --out …: ${fmtSample(r.oneFile)}  = ${round(r.oneFileRatio, 2)} × bare node`);
}

if (require.main === module) {
  const mains = process.argv.slice(2).map((m) => resolve(m));
  const results = startupBench(mains.length ? mains : [join(ROOT, 'lib', 'cli', 'main.js')]);
  for (const r of results) printStartup(r, (s) => process.stdout.write(`${s}\n`));
}
