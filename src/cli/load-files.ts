/**
 * Reading and writing the CLI's own files: the catalog, the units list, the previous period, text written atomically.
 * Each problem ends the run with its message (messages.ts); what a file means is read by core.
 */
import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import type { Catalog, PreviousPeriod } from '../core/model';
import { defaultCatalog, validateCatalog } from '../core/catalog';
import { previousFromReportJson, previousFromWorkbook } from '../core/previous';
import { parseUnitList } from '../core/units';
import { CliFailure } from './io';
import { DETAIL } from './messages';
import { readXlsxFile } from './read-xlsx';

/** The catalog: the file given (read and validated), else the built-in catalog. */
export async function loadCatalog(path: string | undefined): Promise<Catalog> {
  if (!path) return defaultCatalog;
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) throw new CliFailure('catalog_unreadable', { file: path, detail: DETAIL.cannotOpen });
  let json: unknown;
  try {
    json = JSON.parse(stripBom(text));
  } catch (error) {
    throw new CliFailure('catalog_unreadable', { file: path, detail: `JSON: ${(error as Error).message}` });
  }
  const checked = validateCatalog(json);
  if (!checked.ok)
    throw new CliFailure('catalog_invalid', { file: path, detail: checked.errors.slice(0, 3).join('; ') });
  return checked.catalog;
}

/** The catalog to update: the file when it exists (validated), else the built-in catalog. */
export async function loadCatalogOrDefault(path: string): Promise<Catalog> {
  const exists = await readFile(path, 'utf8').then(
    () => true,
    () => false,
  );
  return exists ? loadCatalog(path) : defaultCatalog;
}

/** The previous period's figures, from report.json or from the summary sheet of an earlier result workbook. */
export async function loadPrevious(path: string, catalog: Catalog): Promise<PreviousPeriod> {
  const file = basename(path);
  if (/\.json$/i.test(path)) {
    const text = await readFile(path, 'utf8').catch(() => null);
    if (text === null) throw new CliFailure('previous_unreadable', { file: path, detail: DETAIL.cannotOpen });
    let json: unknown;
    try {
      json = JSON.parse(text);
    } catch (error) {
      throw new CliFailure('previous_unreadable', { file: path, detail: `JSON: ${(error as Error).message}` });
    }
    const read = previousFromReportJson(json, file);
    if (!read.ok) throw new CliFailure('previous_unreadable', { file: path, detail: read.reason });
    return read.previous;
  }
  const grids = await readXlsxFile(path, file).catch(() => null);
  if (grids === null) throw new CliFailure('previous_unreadable', { file: path, detail: DETAIL.cannotOpenXlsx });
  const read = previousFromWorkbook(grids, catalog, file);
  if (!read.ok) throw new CliFailure('previous_unreadable', { file: path, detail: read.reason });
  return read.previous;
}

/** units.txt: one official unit name a line, read by core's one units-list parser (shared with the add-in). */
export async function loadUnits(path: string): Promise<string[]> {
  const text = await readFile(path, 'utf8').catch(() => null);
  if (text === null) throw new CliFailure('units_unreadable', { file: path, detail: DETAIL.cannotOpen });
  const units = parseUnitList(text);
  if (units.length === 0) throw new CliFailure('units_unreadable', { file: path, detail: DETAIL.noUnitNames });
  return units;
}

function stripBom(text: string): string {
  return text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
}

export async function writeOrFail(file: string, write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    throw new CliFailure('write_failed', { file, detail: (error as Error).message });
  }
}

export async function writeTextAtomic(path: string, text: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
  await writeFile(temp, text, 'utf8');
  await rename(temp, path);
}
