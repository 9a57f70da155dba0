/**
 * The command line end to end on 168 units in 6 workbooks: run() in-process against a plain ExcelJS load of the
 * same files (interleaved, so both see the same machine load), and the peak memory of the command in a child
 * process (the CLI bundled by scripts/build-cli.mjs into a temp folder, as `npm run build:cli` ships it; lib/ is left alone).
 */
import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { run } from '../src/cli/run';
import { readXlsxFile } from '../src/cli/read-xlsx';
import { writeXlsxFile } from '../src/cli/write-xlsx';
import type { Grid } from '../src/core/model';
import { consolidate } from '../src/core/consolidate';
import { renderWorkbook } from '../src/core/render';
import { defaultCatalog } from '../src/core/catalog';
import { writeProvince } from './province';
import { summarize, type Sample } from './stats';

const ROOT = resolve(__dirname, '..');
export const CLI_UNITS = 168;
export const CLI_FILES = 6;

export type CliResult = {
  units: number;
  files: number;
  bytes: number;
  command: Sample;
  plainLoad: Sample;
  ratio: number;
  /** Where the command's time goes: the same calls run() makes, timed apart in one loop (median of 5). */
  parts: { readXlsxFiles: Sample; consolidateAndRender: Sample; writeXlsxFile: Sample };
  exitCode: number;
  peak: { rssMB: Sample | null; wallMs: Sample | null; how: string; note?: string };
};

export async function writeInputs(dir: string): Promise<{ inputs: string; unitsFile: string; bytes: number }> {
  return writeProvince(dir, CLI_UNITS, CLI_FILES);
}

async function plainLoad(inputs: string): Promise<void> {
  for (const name of (await readdir(inputs)).sort()) await new ExcelJS.Workbook().xlsx.readFile(join(inputs, name));
}

const silent = { out: (): void => undefined, err: (): void => undefined };

export async function cliBench(
  dir: string,
  runs: number,
  childRuns: number,
  log: (s: string) => void,
): Promise<CliResult> {
  const { inputs, unitsFile, bytes } = await writeInputs(dir);
  const out = join(dir, 'out', 'tong-hop.xlsx');
  const argv = ['consolidate', inputs, '--units', unitsFile, '--out', out];
  let exitCode = -1;
  const command = async (): Promise<void> => {
    exitCode = await run(argv, silent);
  };
  // Warm-up of both, then interleaved timed runs.
  await plainLoad(inputs);
  await command();
  const loads: number[] = [];
  const commands: number[] = [];
  for (let i = 0; i < runs; i++) {
    let t0 = performance.now();
    await plainLoad(inputs);
    loads.push(performance.now() - t0);
    t0 = performance.now();
    await command();
    commands.push(performance.now() - t0);
    log(`  cli run ${i + 1}/${runs}: command ${Math.round(commands[i])} ms, plain load ${Math.round(loads[i])} ms`);
  }
  const cmd = summarize(commands);
  const load = summarize(loads);
  const parts = await commandParts(inputs, unitsFile, join(dir, 'out', 'parts.xlsx'));
  return {
    units: CLI_UNITS,
    files: CLI_FILES,
    bytes,
    command: cmd,
    plainLoad: load,
    ratio: cmd.median / load.median,
    parts,
    exitCode,
    peak: peakMemory(dir, argv, childRuns, log),
  };
}

async function commandParts(inputs: string, unitsFile: string, out: string): Promise<CliResult['parts']> {
  const read: number[] = [];
  const engine: number[] = [];
  const write: number[] = [];
  const expectedUnits = (await readFile(unitsFile, 'utf8')).split('\n').filter(Boolean);
  const files = (await readdir(inputs)).sort();
  for (let i = 0; i < 5; i++) {
    let t0 = performance.now();
    const grids: Grid[] = [];
    for (const f of files) grids.push(...(await readXlsxFile(join(inputs, f), f)));
    read.push(performance.now() - t0);
    t0 = performance.now();
    const spec = renderWorkbook(consolidate(grids, { catalog: defaultCatalog, expectedUnits }), {
      generatedAt: '2026-07-15',
    });
    engine.push(performance.now() - t0);
    t0 = performance.now();
    await writeXlsxFile(spec, out);
    write.push(performance.now() - t0);
  }
  return { readXlsxFiles: summarize(read), consolidateAndRender: summarize(engine), writeXlsxFile: summarize(write) };
}

/** Bundles the CLI into `dir`/build as build:cli does (scripts/build-cli.mjs), the file `tonghop` runs. */
export function buildCli(dir: string): { main: string } | { note: string } {
  const main = join(dir, 'build', 'cli', 'main.js');
  const built = spawnSync(process.execPath, [join(ROOT, 'scripts', 'build-cli.mjs'), '--outfile', main], {
    cwd: ROOT,
    encoding: 'utf8',
  });
  return existsSync(main)
    ? { main }
    : { note: `scripts/build-cli.mjs did not emit (${(built.stdout + built.stderr).trim().split('\n')[0]})` };
}

/** Runs the bundled CLI `runs` times in a child, reading the child's max RSS. */
function peakMemory(dir: string, argv: string[], runs: number, log: (s: string) => void): CliResult['peak'] {
  const built = buildCli(dir);
  if (!('main' in built)) return { rssMB: null, wallMs: null, how: 'not measured', note: built.note };
  const { main } = built;
  const env = { ...process.env, NODE_PATH: join(ROOT, 'node_modules') };
  const gnuTime = existsSync('/usr/bin/time');
  const rss: number[] = [];
  const wall: number[] = [];
  for (let i = 0; i < runs; i++) {
    // Without /usr/bin/time the child reports its own maxRSS (KB) from process.resourceUsage() on exit.
    const args = gnuTime
      ? ['-f', 'TONGHOP_BENCH %M %e', process.execPath, main, ...argv]
      : [
          '-e',
          `process.on('exit',()=>process.stderr.write('TONGHOP_BENCH '+process.resourceUsage().maxRSS+' 0\\n'));process.argv.splice(1,0,${JSON.stringify(main)});require(${JSON.stringify(main)})`,
          ...argv,
        ];
    const t0 = performance.now();
    const child = spawnSync(gnuTime ? '/usr/bin/time' : process.execPath, args, {
      cwd: ROOT,
      env,
      encoding: 'utf8',
      maxBuffer: 64 * 1024 * 1024,
    });
    const ms = performance.now() - t0;
    const m = /TONGHOP_BENCH (\d+) /.exec(child.stderr);
    if (!m || (child.status !== 0 && child.status !== 2)) {
      return {
        rssMB: null,
        wallMs: null,
        how: 'not measured',
        note: `child exited ${child.status}: ${child.stderr.trim().split('\n').slice(-2).join(' / ')}`,
      };
    }
    rss.push(Number(m[1]) / 1024);
    wall.push(ms);
    log(`  cli child ${i + 1}/${runs}: peak ${Math.round(Number(m[1]) / 1024)} MB, ${Math.round(ms)} ms`);
  }
  return {
    rssMB: summarize(rss),
    wallMs: summarize(wall),
    how: gnuTime
      ? '/usr/bin/time -f %M around node <bundle of scripts/build-cli.mjs>'
      : 'process.resourceUsage().maxRSS in the child',
  };
}
