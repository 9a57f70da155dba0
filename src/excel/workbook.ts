/** The workbook functions the task pane receives, over Office.js (Excel) or the in-memory Excel (preview, tests). */
import type { SheetSpec, WorkbookSpec } from '../core/model';
import { readWorkbook, SETTINGS_KEY } from './read';
import { writeWorkbookSpec } from './write';
import { NICETIES, type SheetPart } from './write-parts';
import { PICTURES } from './charts';

/** The optional parts of every write: the niceties, then the summary's pictures (data bars, charts, pages). */
const DEFAULT_PARTS: SheetPart[] = [...NICETIES, ...PICTURES];
import { importFiles } from './import';
import { parseCellRef } from './cell-ref';
import { ALIAS_COL, CATALOG_SHEET } from './catalog-sheet';
import type { Capabilities, ExcelRun, FileToImport, ImportProgress, Settings, WorkbookPort } from './types';

export type { ExcelRun } from './types';

export type ExcelWorkbookOptions = {
  run: ExcelRun;
  capabilities: Capabilities;
  /** Output sheet names, never read as sources ("Tổng hợp", "Kiểm tra", "Đối chiếu"...). */
  outputSheets: string[];
  /** Optional parts written on each finished sheet (default: the niceties and the pictures of charts.ts). */
  parts?: SheetPart[];
  /** Opens a base64 .xlsx as a new workbook (Excel.createWorkbook where the host has it). */
  createWorkbook?: (base64: string) => Promise<void>;
};

export function createExcelWorkbook(options: ExcelWorkbookOptions): WorkbookPort {
  const { run, capabilities } = options;
  let file = '';

  return {
    capabilities,
    ...(options.createWorkbook ? { openWorkbook: options.createWorkbook } : {}),

    read: (readOptions) =>
      run(async (context) => {
        const result = await readWorkbook(context, {
          exclude: options.outputSheets,
          catalogSheet: CATALOG_SHEET,
          capabilities,
          settingKeys: readOptions?.settingKeys,
        });
        file = result.file;
        return result;
      }),

    write: (spec: WorkbookSpec, sources: string[], writeOptions) =>
      run((context) =>
        writeWorkbookSpec(context, spec, {
          file,
          capabilities,
          sources,
          parts: options.parts ?? DEFAULT_PARTS,
          settings: writeOptions?.settings,
        }),
      ),

    select: (ref: string) =>
      run(async (context) => {
        const cell = parseCellRef(ref, file);
        if (!cell) throw new Error(`Not a cell reference: ${ref}`);
        const ws = context.workbook.worksheets.getItem(cell.sheet);
        ws.activate();
        ws.getRangeByIndexes(cell.row, cell.col, 1, 1).untrack().select();
        await context.sync();
      }),

    importFiles: async (files: FileToImport[], onProgress?: ImportProgress) =>
      capabilities.importFiles
        ? importFiles(run, files, capabilities.web, onProgress)
        : ({ kind: 'unsupported', reason: 'host' } as const),

    renameSheets: (renames) =>
      run(async (context) => {
        const sheets = context.workbook.worksheets;
        sheets.load('items/name,items/id');
        await context.sync();
        const renamed = new Set(renames.map((r) => r.id));
        const taken = new Set(sheets.items.filter((s) => !renamed.has(s.id)).map((s) => s.name.toLowerCase()));
        const given: string[] = [];
        for (const { id, to } of renames) {
          const name = uniqueSheetName(to, taken);
          taken.add(name.toLowerCase());
          sheets.getItem(id).name = name;
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
          used = ws.getUsedRangeOrNullObject(true).untrack();
          used.load('values,rowIndex,columnIndex');
          await context.sync();
        }
        const row = !used || used.isNullObject ? -1 : used.values.findIndex((r) => String(r[0] ?? '').trim() === id);
        if (!used || row < 0) {
          // No catalog sheet yet (or the id is not on it): write the whole catalog, which already holds the alias.
          // The user is choosing labels in the pane: the sheet they are on stays in front.
          await writeWorkbookSpec(
            context,
            { sheets: [catalogSheet] },
            { file, capabilities, sources: [], parts: options.parts ?? DEFAULT_PARTS, activate: null },
          );
          return;
        }
        const current = String(used.values[row][ALIAS_COL - used.columnIndex] ?? '').trim();
        const aliases = current
          .split(';')
          .map((a) => a.trim())
          .filter(Boolean);
        if (aliases.includes(label)) return;
        const cell = ws.getRangeByIndexes(used.rowIndex + row, ALIAS_COL, 1, 1).untrack();
        cell.numberFormat = [['@']];
        cell.values = [[[...aliases, label].join('; ')]];
        await context.sync();
      }),
  };
}

/** A valid, unused sheet name close to `wanted`: forbidden characters removed, ≤ 31 characters, " (2)" if taken. */
export function uniqueSheetName(wanted: string, taken: Set<string>): string {
  const base =
    wanted
      .replace(/[[\]:*?/\\]/g, ' ')
      .replace(/^'+|'+$/g, '')
      .trim()
      .slice(0, 31) || 'Sheet';
  if (!taken.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const name = `${base.slice(0, 31 - ` (${i})`.length)} (${i})`;
    if (!taken.has(name.toLowerCase())) return name;
  }
}
