/**
 * Imports unit workbooks (insertWorksheetsFromBase64, ExcelApi 1.13) one file per request, so a province's files
 * are not one request over Excel on the web's 5 MB, each file's failure is its own, and progress can be shown.
 * Excel returns the ids of the sheets it inserted (not their names): the names are read by id at the end.
 */
import type { ExcelRun, FileToImport, ImportFailure, ImportProgress, ImportResult, ImportedFile } from './types';
import { WEB_REQUEST_LIMIT } from './meter';

/** The message around a file's base64 text, in bytes (measured through office.js, rounded up). */
const ENVELOPE = 2_000;

export async function importFiles(
  run: ExcelRun,
  files: FileToImport[],
  web: boolean,
  onProgress?: ImportProgress,
): Promise<ImportResult> {
  const inserted: { file: string; ids: string[] }[] = [];
  const failed: ImportFailure[] = [];
  for (const [i, f] of files.entries()) {
    onProgress?.(i, files.length, f.name);
    const bytes = f.base64.length + ENVELOPE;
    if (web && bytes > WEB_REQUEST_LIMIT) {
      failed.push({ file: f.name, reason: 'too_large', bytes: Math.ceil((f.base64.length * 3) / 4) });
      continue;
    }
    try {
      const ids = await run(async (context) => {
        const result = context.workbook.insertWorksheetsFromBase64(f.base64, { positionType: 'End' });
        await context.sync();
        return result.value;
      });
      inserted.push({ file: f.name, ids });
    } catch (e) {
      const error = e as { code?: unknown; message?: unknown };
      failed.push({
        file: f.name,
        reason: 'refused',
        code: typeof error?.code === 'string' ? error.code : undefined,
        message: typeof error?.message === 'string' ? error.message : undefined,
      });
    }
  }
  onProgress?.(files.length, files.length, '');
  if (!inserted.length) return { kind: 'imported', files: [], failed };
  const named = await run(async (context) => {
    const sheets = inserted.map((f) => f.ids.map((id) => context.workbook.worksheets.getItem(id).load('name')));
    await context.sync();
    return inserted.map((f, i): ImportedFile => ({
      file: f.file,
      sheets: f.ids.map((id, j) => ({ id, name: sheets[i][j].name })),
    }));
  });
  return { kind: 'imported', files: named, failed };
}
