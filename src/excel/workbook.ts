/** The workbook functions the task pane receives, over Office.js (Excel) or the in-memory Excel (preview, tests). */
import type { SheetSpec, WorkbookSpec } from '../core/model';
import { readWorkbook, SETTINGS_KEY } from './read';
import { writeWorkbookSpec } from './write';
import { parseCellRef } from './cell-ref';
import { ALIAS_COL, CATALOG_SHEET } from './catalog-sheet';
import type { Capabilities, FileToImport, Settings, WorkbookPort } from './types';

/** The shape of Excel.run. */
export type ExcelRun = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

export type ExcelWorkbookOptions = {
  run: ExcelRun;
  capabilities: Capabilities;
  /** Output sheet names, never read as sources ("Tổng hợp", "Kiểm tra", "Đối chiếu"...). */
  outputSheets: string[];
  /** Opens a base64 .xlsx as a new workbook (Excel.createWorkbook where the host has it). */
  createWorkbook?: (base64: string) => Promise<void>;
};

export function createExcelWorkbook(options: ExcelWorkbookOptions): WorkbookPort {
  const { run, capabilities } = options;
  let file = '';

  return {
    capabilities,
    ...(options.createWorkbook ? { openWorkbook: options.createWorkbook } : {}),

    read: () =>
      run(async (context) => {
        const result = await readWorkbook(context, { exclude: options.outputSheets, catalogSheet: CATALOG_SHEET, capabilities });
        file = result.file;
        return result;
      }),

    write: (spec: WorkbookSpec, sources: string[]) => run((context) => writeWorkbookSpec(context, spec, { file, capabilities, sources })),

    select: (ref: string) =>
      run(async (context) => {
        const cell = parseCellRef(ref, file);
        if (!cell) throw new Error(`Not a cell reference: ${ref}`);
        const ws = context.workbook.worksheets.getItem(cell.sheet);
        ws.activate();
        ws.getRangeByIndexes(cell.row, cell.col, 1, 1).select();
        await context.sync();
      }),

    importFiles: async (files: FileToImport[]) => {
      if (!capabilities.importFiles) return { kind: 'unsupported', reason: 'host' } as const;
      return run(async (context) => {
        const results = files.map((f) => ({ file: f.name, names: context.workbook.insertWorksheetsFromBase64(f.base64, { positionType: 'End' }) }));
        await context.sync();
        return { kind: 'imported', files: results.map((r) => ({ file: r.file, sheets: r.names.value })) } as const;
      });
    },

    renameSheets: (renames) =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name');
        await context.sync();
        const taken = new Set(sheets.items.map((s) => s.name.toLowerCase()));
        const given: string[] = [];
        for (const { from, to } of renames) {
          taken.delete(from.toLowerCase());
          const name = uniqueSheetName(to, taken);
          taken.add(name.toLowerCase());
          sheets.getItem(from).name = name;
          given.push(name);
        }
        await context.sync();
        return given;
      }),

    saveSettings: (settings: Settings) =>
      run(async (context) => {
        context.workbook.settings.add(SETTINGS_KEY, JSON.stringify(settings));
        await context.sync();
      }),

    saveAlias: (id: string, label: string, catalogSheet: SheetSpec) =>
      run(async (context) => {
        const ws = context.workbook.worksheets.getItemOrNullObject(CATALOG_SHEET);
        ws.load('name');
        await context.sync();
        let used: Excel.Range | null = null;
        if (!ws.isNullObject) {
          used = ws.getUsedRangeOrNullObject(true);
          used.load('values,rowIndex,columnIndex');
          await context.sync();
        }
        const row = !used || used.isNullObject ? -1 : used.values.findIndex((r) => String(r[0] ?? '').trim() === id);
        if (!used || row < 0) {
          // No catalog sheet yet (or the id is not on it): write the whole catalog, which already holds the alias.
          await writeWorkbookSpec(context, { sheets: [catalogSheet] }, { file, capabilities, sources: [] });
          return;
        }
        const current = String(used.values[row][ALIAS_COL - used.columnIndex] ?? '').trim();
        const aliases = current.split(';').map((a) => a.trim()).filter(Boolean);
        if (aliases.includes(label)) return;
        const cell = ws.getRangeByIndexes(used.rowIndex + row, ALIAS_COL, 1, 1);
        cell.numberFormat = [['@']];
        cell.values = [[[...aliases, label].join('; ')]];
        await context.sync();
      }),
  };
}

/** A valid, unused sheet name close to `wanted`: forbidden characters removed, ≤ 31 characters, " (2)" if taken. */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base = wanted.replace(/[[\]:*?/\\]/g, ' ').replace(/^'+|'+$/g, '').trim().slice(0, 31) || 'Sheet';
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base.slice(0, 31 - ` (${i})`.length)} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
