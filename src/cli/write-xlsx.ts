import { rename, rm, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { WorkbookSpec } from '../core/model';
import { safeText, xlsxBytes } from '../xlsx/write';

export { safeText };

// ExcelJS is not imported here: loading it was half a second of every `tonghop` start. The ExcelJS writer that
// came before src/xlsx/write lives in exceljs-writer.ts for the tests and the bench that compare the two.

/**
 * Writes sheet specs to an .xlsx file atomically: a temp file in the same folder, then a rename, so a crash never
 * leaves a half-written summary where the last good one was.
 * @example await writeXlsxFile(renderWorkbook(result, opts), 'out/tong-hop.xlsx')
 */
export async function writeXlsxFile(spec: WorkbookSpec, path: string): Promise<void> {
  const buffer = workbookBuffer(spec);
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  try {
    await writeFile(temp, buffer);
    await rename(temp, path);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}

/**
 * Builds the .xlsx bytes of a workbook spec with src/xlsx/write, several times faster than ExcelJS's writer.
 * Node's native gzip does the deflating: fflate's JavaScript deflate would be most of the write.
 */
export function workbookBuffer(spec: WorkbookSpec): Buffer {
  const bytes = xlsxBytes(spec, { gzip: nativeGzip });
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Deflate level 1: the same files, a few percent larger, for a fraction of the time of the default level. */
export const nativeGzip = (data: Uint8Array): Uint8Array => gzipSync(data, { level: 1 });
