/**
 * Reading the units' files: each input file read into grids (an .xls or .ods through LibreOffice when installed), or
 * the reason it cannot be; the output itself is never read as an input.
 */
import { realpath } from 'node:fs/promises';
import { basename } from 'node:path';
import type { Grid } from '../core/model';
import { findOutputSheet } from '../core/render';
import type { InputFile } from './collect-inputs';
import { convertToXlsx } from './convert';
import { inspectFile, type FileKind } from './inspect-file';
import { CliFailure, type Io } from './io';
import { findLibreOffice } from './libreoffice';
import { noticeLine, type MessageKey } from './messages';
import { readXlsxFile } from './read-xlsx';

export type BadFile = { file: InputFile; key: MessageKey; params: Record<string, string | number> };

/**
 * The output may sit in an input folder (a previous run's summary): it is skipped there. Named explicitly, or when
 * it is not a summary this tool wrote, it is an input and is refused, so no unit's report is ever overwritten.
 */
export async function excludeOutput(files: InputFile[], out: string, json: string | null): Promise<InputFile[]> {
  const outReal = await realpath(out).catch(() => out);
  const kept: InputFile[] = [];
  for (const f of files) {
    const real = await realpath(f.path).catch(() => f.path);
    if (json && real === (await realpath(json).catch(() => json)))
      throw new CliFailure('out_is_input', { file: f.display });
    if (real !== outReal) kept.push(f);
    else if (f.named || !(await isSummaryWorkbook(f.path))) throw new CliFailure('out_is_input', { file: f.display });
  }
  return kept;
}

/** Our result workbooks carry the issues sheet render names (in either language). */
async function isSummaryWorkbook(path: string): Promise<boolean> {
  const grids = await readXlsxFile(path, basename(path), { maxRows: 1, maxCols: 1 }).catch(() => []);
  return findOutputSheet(grids, 'issuesSheet') !== undefined;
}

export async function readInputs(files: InputFile[], io: Io): Promise<{ grids: Grid[]; bad: BadFile[] }> {
  const grids: Grid[] = [];
  const bad: BadFile[] = [];
  for (const file of files) {
    const read = await readInput(file, io);
    if ('key' in read) bad.push({ file, key: read.key, params: read.params });
    else grids.push(...read.grids);
  }
  return { grids, bad };
}

async function readInput(
  file: InputFile,
  io: Io,
): Promise<{ grids: Grid[] } | { key: MessageKey; params: Record<string, string> }> {
  const kind = await inspectFile(file.path).catch((): FileKind => 'corrupt');
  if (kind === 'xls' || kind === 'ods') {
    const converted = await readConverted(file, kind, io);
    if (converted) return converted;
  }
  if (kind !== 'xlsx') return problemOf(kind, file.display);
  const grids = await readXlsxFile(file.path, file.display).catch(() => null);
  if (grids === null) return { key: 'corrupt', params: { file: file.display } };
  if (!grids.some((g) => g.values.some((row) => row.some((v) => v !== null))))
    return { key: 'empty_workbook', params: { file: file.display } };
  return { grids };
}

/**
 * An .xls (Excel 97–2003) or .ods report read through LibreOffice when it is installed: converted in a temporary
 * folder, read, and said so. Null (the usual message then) when LibreOffice is missing or cannot convert it.
 */
async function readConverted(file: InputFile, kind: 'xls' | 'ods', io: Io): Promise<{ grids: Grid[] } | null> {
  const command = findLibreOffice();
  if (!command) return null;
  const converted = await convertToXlsx(file.path, kind, command);
  if (!converted) return null;
  try {
    const grids = await readXlsxFile(converted.path, file.display).catch(() => null);
    if (!grids) return null;
    io.out(`${noticeLine('converted', { file: file.display })}\n`);
    return { grids };
  } finally {
    await converted.cleanup();
  }
}

function problemOf(kind: Exclude<FileKind, 'xlsx'>, file: string): { key: MessageKey; params: Record<string, string> } {
  if (kind === 'xls') {
    const command = findLibreOffice();
    return command ? { key: 'xls_with_libreoffice', params: { file, command } } : { key: 'xls', params: { file } };
  }
  return { key: kind, params: { file } };
}
