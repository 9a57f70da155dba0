/** Synthetic unit reports written to disk (Node only: the preview imports generate.ts in the browser). */
import ExcelJS from 'exceljs';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { addToWorkbook, buildSheets, makeUnits, type BenchUnit } from './generate';

/**
 * A province's worth of unit reports on disk: `count` units in `files` workbooks under `dir`/in, and `dir`/units.txt
 * listing them in order (the official order of the synthetic province). `dir` is emptied first.
 */
export async function writeProvince(
  dir: string,
  count: number,
  files: number,
): Promise<{ inputs: string; unitsFile: string; bytes: number; units: BenchUnit[] }> {
  const inputs = join(dir, 'in');
  await rm(dir, { recursive: true, force: true });
  await mkdir(inputs, { recursive: true });
  const units = makeUnits(count);
  const sheets = buildSheets(units);
  const per = Math.ceil(sheets.length / files);
  let bytes = 0;
  for (let f = 0; f < files; f++) {
    const book = new ExcelJS.Workbook();
    book.created = book.modified = new Date(Date.UTC(2026, 5, 20));
    for (const s of sheets.slice(f * per, (f + 1) * per)) addToWorkbook(book, s);
    const data = Buffer.from((await book.xlsx.writeBuffer()) as ArrayBuffer);
    bytes += data.length;
    await writeFile(join(inputs, `bao-cao-cum-${f + 1}.xlsx`), data);
  }
  const unitsFile = join(dir, 'units.txt');
  await writeFile(unitsFile, `${units.map((u) => u.name).join('\n')}\n`);
  return { inputs, unitsFile, bytes, units };
}
