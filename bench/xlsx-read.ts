/**
 * Reading the CLI bench's inputs (168 units in 6 workbooks, bench/cli.ts): ExcelJS's load alone (the yardstick
 * of the performance budget), ExcelJS's load plus workbookToGrids (the old path of readXlsxFile), and
 * gridsFromXlsx of src/xlsx/read including the file read. Median of 7 runs each, one reader after the other and
 * the fast one first: after ExcelJS it would pay for collecting ExcelJS's garbage, which the CLI never makes.
 * Run: npx tsx bench/xlsx-read.ts
 */
import ExcelJS from 'exceljs';
import { readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { isDeepStrictEqual } from 'node:util';

import { workbookToGrids } from '../src/cli/read-xlsx';
import type { Grid } from '../src/core/model';
import { gridsFromXlsx } from '../src/xlsx/read';
import { writeInputs } from './cli';

const RUNS = 7;

async function viaExcelJs(paths: string[]): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const path of paths) {
    const workbook = new ExcelJS.Workbook();
    await workbook.xlsx.readFile(path);
    grids.push(...workbookToGrids(workbook, path));
  }
  return grids;
}

async function loadOnly(paths: string[]): Promise<void> {
  for (const path of paths) await new ExcelJS.Workbook().xlsx.readFile(path);
}

async function viaReader(paths: string[]): Promise<Grid[]> {
  const grids: Grid[] = [];
  for (const path of paths) grids.push(...gridsFromXlsx(await readFile(path), path));
  return grids;
}

async function timed(f: () => Promise<unknown>): Promise<number> {
  const t0 = performance.now();
  await f();
  return performance.now() - t0;
}

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

async function main(): Promise<void> {
  const dir = join(tmpdir(), `tonghop-xlsx-read-${process.pid}`);
  try {
    const { inputs, bytes } = await writeInputs(dir);
    const paths = (await readdir(inputs)).sort().map((f) => join(inputs, f));
    // Warm-up, and the same grids either way (the differential tests say so too).
    const [a, b] = [await viaExcelJs(paths), await viaReader(paths)];
    for (let i = 0; i < 3; i++) await viaReader(paths);
    if (!isDeepStrictEqual(a, b)) throw new Error('the two readers disagree on the bench inputs');
    const load: number[] = [];
    const old: number[] = [];
    const ours: number[] = [];
    for (let i = 0; i < RUNS; i++) ours.push(await timed(() => viaReader(paths)));
    for (let i = 0; i < RUNS; i++) load.push(await timed(() => loadOnly(paths)));
    for (let i = 0; i < RUNS; i++) old.push(await timed(() => viaExcelJs(paths)));
    const m = { load: median(load), old: median(old), ours: median(ours) };
    const line = (label: string, xs: number[], at: number): string =>
      `${label.padEnd(34)} median ${at.toFixed(1).padStart(6)} ms  [${xs.map((t) => t.toFixed(0)).join(' ')}]`;
    console.log(`${paths.length} files, ${Math.round(bytes / 1024)} KB, ${a.length} sheets, ${RUNS} runs each`);
    console.log(line('ExcelJS load alone:', load, m.load));
    console.log(line('ExcelJS load + workbookToGrids:', old, m.old));
    console.log(line('gridsFromXlsx (with file read):', ours, m.ours));
    console.log(
      `gridsFromXlsx is ${(m.load / m.ours).toFixed(1)}× faster than ExcelJS's load, ${(m.old / m.ours).toFixed(1)}× than the old path`,
    );
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}

void main();
