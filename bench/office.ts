/**
 * The add-in's Office.js cost against the in-memory Excel, for a whole first run as the task pane does it
 * (App.tsx): read the workbook, consolidate + render, write the output sheets plus the catalog sheet (absent on a
 * first run). Counts context.sync() calls and the largest request and response in bytes of JSON.
 */
import { createMemoryExcel } from '../src/excel/memory/excel';
import { createExcelWorkbook, type ExcelRun } from '../src/excel/workbook';
import { capabilitiesOf } from '../src/excel/host';
import { catalogToSheet } from '../src/excel/catalog-sheet';
import { outputSheetNames } from '../src/taskpane/output-sheets';
import { RENDER_TEXTS, renderWorkbook } from '../src/core/render';
import { consolidate } from '../src/core/consolidate';
import { defaultCatalog } from '../src/core/catalog';
import { buildSheets, makeUnits, toMemorySheet } from './generate';
import { GENERATED_AT } from './engine';

export type OfficeResult = {
  sheets: number;
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  maxRequestBytes: number;
  maxResponseBytes: number;
  unitsConsolidated: number;
  /** Rows and hyperlinks of each sheet written: what drives the request size. */
  sheetsWritten: { name: string; rows: number; links: number }[];
  ms: number;
};

export async function officeRun(n: number): Promise<OfficeResult> {
  const units = makeUnits(n);
  const excel = createMemoryExcel(buildSheets(units).map(toMemorySheet), { excelApi: '1.18', name: 'Bao-cao-cac-xa.xlsx' });
  const workbook = createExcelWorkbook({ run: excel.run, capabilities: capabilitiesOf(excel.isSetSupported), outputSheets: outputSheetNames(RENDER_TEXTS) });
  const t0 = performance.now();
  const read = await workbook.read();
  const result = consolidate(read.grids, { catalog: defaultCatalog, expectedUnits: units.map((u) => u.name) });
  const spec = renderWorkbook(result, { generatedAt: GENERATED_AT });
  const sheets = read.catalogGrid ? spec.sheets : [...spec.sheets, catalogToSheet(defaultCatalog)];
  const written = await workbook.write({ sheets }, read.grids.map((g) => g.name));
  const ms = performance.now() - t0;
  return {
    sheets: n,
    syncs: excel.stats.syncs,
    readSyncs: read.syncs,
    writeSyncs: written.syncs,
    maxRequestBytes: excel.stats.maxRequestBytes,
    maxResponseBytes: excel.stats.maxResponseBytes,
    unitsConsolidated: result.summary.units.length,
    sheetsWritten: sheets.map((s) => ({ name: s.name, rows: s.rows.length, links: s.rows.reduce((n, row) => n + row.filter((c) => c?.link).length, 0) })),
    ms,
  };
}

export type OfficeJsResult = {
  sheets: number;
  /** RichApi requests office.js posted (every context.sync(), and the cleanup after each Excel.run). */
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  cleanupRequests: number;
  /** UTF-8 bytes of the largest message office.js posted, and of all of them. */
  maxRequestBytes: number;
  totalRequestBytes: number;
  maxResponseBytes: number;
  unitsConsolidated: number;
  /** Optional parts the host refused. */
  notes: string[];
  /** Cell notes (notes.add), or the notes column of hosts without them. */
  notesMode: string;
  ms: number;
};

/** The same first run through the real office.js (bench/office-js): what Excel on the web would receive. */
export async function officeJsRun(n: number, payloadLimit?: number): Promise<OfficeJsResult> {
  const { openOfficePage } = await import('./office-js/office-page');
  const units = makeUnits(n);
  const excel = createMemoryExcel(buildSheets(units).map(toMemorySheet), { excelApi: '1.18', name: 'Bao-cao-cac-xa.xlsx', payloadLimit: Infinity });
  // Excel on the web today (ExcelApi 1.18+): cell notes through Worksheet.notes, which office.js 1.1.110 lacks and the
  // replay adds as newer office.js defines it (office-page.ts).
  const page = await openOfficePage(excel, { excelApi: '1.18', notes: true, payloadLimit });
  try {
    const workbook = createExcelWorkbook({ run: page.run as ExcelRun, capabilities: capabilitiesOf(page.isSetSupported), outputSheets: outputSheetNames(RENDER_TEXTS) });
    const t0 = performance.now();
    const read = await workbook.read();
    await page.settle();
    const afterRead = page.requests.length;
    const result = consolidate(read.grids, { catalog: defaultCatalog, expectedUnits: units.map((u) => u.name) });
    const spec = renderWorkbook(result, { generatedAt: GENERATED_AT });
    const sheets = read.catalogGrid ? spec.sheets : [...spec.sheets, catalogToSheet(defaultCatalog)];
    const written = await workbook.write({ sheets }, read.grids.map((g) => g.name));
    await page.settle();
    const ms = performance.now() - t0;
    const requests = page.requests;
    const cleanup = requests.filter((q) => q.body.Actions.every((a) => a.Name === '_RemoveReference' || a.ActionType === 1)).length;
    return {
      sheets: n,
      syncs: requests.length,
      readSyncs: afterRead,
      writeSyncs: requests.length - afterRead,
      cleanupRequests: cleanup,
      maxRequestBytes: Math.max(...requests.map((q) => q.bytes)),
      totalRequestBytes: requests.reduce((s, q) => s + q.bytes, 0),
      maxResponseBytes: Math.max(...requests.map((q) => q.responseBytes)),
      unitsConsolidated: result.summary.units.length,
      notes: written.warnings.map((w) => `${w.kind} on ${w.sheet}: ${w.reason}`),
      notesMode: written.notes,
      ms,
    };
  } finally {
    page.close();
  }
}
