/** Hands generated forms to the user: a new workbook where Excel can open one, else sheets in this workbook. */
import type { WorkbookSpec } from '../core/model';
import type { WorkbookPort } from '../excel/types';
import type { FormsOutcome } from './steps/TemplateStep';

/**
 * The forms as their own .xlsx (the same file `tonghop template` writes: locked labels, validated cells, the hidden
 * id column), opened as a new workbook; without Excel.createWorkbook (ExcelApi 1.8), the same sheets written into
 * this workbook under "Mẫu …" names, ids and marker included, without protection and validation.
 */
export async function deliverForms(
  workbook: WorkbookPort,
  spec: WorkbookSpec,
  sources: string[],
): Promise<FormsOutcome> {
  if (workbook.openWorkbook) {
    // The writer is loaded only when forms are made: the task pane starts without it.
    const { xlsxBytes } = await import('../xlsx/write');
    await workbook.openWorkbook(bytesToBase64(xlsxBytes(spec)));
    return 'opened';
  }
  const sheets = spec.sheets.map((sheet) => ({
    ...sheet,
    name: (sheet.name.startsWith('Mẫu') ? sheet.name : `Mẫu ${sheet.name}`).slice(0, 31),
    hiddenColumns: undefined,
    protection: undefined,
    validations: undefined,
  }));
  await workbook.write({ sheets }, sources);
  return 'plain';
}

/** Bytes as base64, in slices: a whole file spread into one call overflows the stack. */
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += 0x8000) binary += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(binary);
}
