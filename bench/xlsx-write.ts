/**
 * The summary workbook of 168 units written two ways: ExcelJS (the writer the command line used before) and
 * xlsxBytes (src/xlsx/write). Median of 5 runs each, after one warm-up, interleaved so both see the same load.
 *
 *     npx tsx bench/xlsx-write.ts
 *
 * The spec is the one the command line renders: the bench's synthetic units (bench/generate.ts), consolidated, and
 * linked to their source files beside the output as `tonghop consolidate` links them.
 */
import { defaultCatalog } from '../src/core/catalog';
import { consolidate } from '../src/core/consolidate';
import { renderWorkbook } from '../src/core/render';
import type { WorkbookSpec } from '../src/core/model';
import { workbookBuffer } from '../src/cli/write-xlsx';
import { exceljsBuffer } from '../src/cli/exceljs-writer';
import { xlsxBytes } from '../src/xlsx/write';
import { CLI_UNITS } from './cli';
import { benchGrids, GENERATED_AT } from './engine';
import { round, summarize } from './stats';

const RUNS = 5;

function benchSpec(): WorkbookSpec {
  const { grids, expectedUnits } = benchGrids(CLI_UNITS);
  const result = consolidate(grids, { catalog: defaultCatalog, expectedUnits });
  const sourceLink = (ref: { file: string; sheet: string; address: string }): string =>
    `in/${ref.file}#'${ref.sheet.replace(/'/g, "''")}'!${ref.address}`;
  return renderWorkbook(result, { generatedAt: GENERATED_AT, sourceLink });
}

function describe(spec: WorkbookSpec): string {
  const cells = spec.sheets.flatMap((s) => s.rows.flat()).filter((c) => c !== null);
  const notes = cells.filter((c) => c.note).length;
  const links = cells.filter((c) => c.link).length;
  return `${spec.sheets.length} sheets, ${cells.length} cells, ${notes} notes, ${links} links`;
}

type Writer = { name: string; write: (spec: WorkbookSpec) => Promise<Uint8Array> | Uint8Array };

const WRITERS: Writer[] = [
  { name: 'ExcelJS writeBuffer (before)', write: exceljsBuffer },
  { name: 'xlsxBytes, fflate deflate', write: (spec) => xlsxBytes(spec) },
  { name: 'workbookBuffer: xlsxBytes + zlib', write: workbookBuffer },
];

async function main(): Promise<void> {
  const spec = benchSpec();
  console.log(`spec: ${describe(spec)}`);
  const sizes = new Map<string, number>();
  const times = new Map<string, number[]>(WRITERS.map((w) => [w.name, []]));
  for (const w of WRITERS) sizes.set(w.name, (await w.write(spec)).length);
  for (let i = 0; i < RUNS; i++) {
    for (const w of WRITERS) {
      const t0 = performance.now();
      await w.write(spec);
      times.get(w.name)!.push(performance.now() - t0);
    }
  }
  const before = summarize(times.get(WRITERS[0].name)!).median;
  for (const w of WRITERS) {
    const s = summarize(times.get(w.name)!);
    const speed = w === WRITERS[0] ? '' : `, ${round(before / s.median)}× faster`;
    console.log(
      `${w.name.padEnd(34)} median ${round(s.median)} ms (min ${round(s.min)}, max ${round(s.max)}), ${sizes.get(w.name)} bytes${speed}`,
    );
  }
}

void main();
