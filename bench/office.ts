/**
 * The add-in's Office.js cost against the in-memory Excel, for a whole first run as the task pane does it
 * (App.tsx): read the workbook, consolidate + render, write the output sheets plus the catalog sheet (absent on a
 * first run). Counts context.sync() calls and the largest request and response in bytes of JSON.
 */
import { createMemoryExcel } from '../src/excel/memory/excel';
import { createExcelWorkbook } from '../src/excel/workbook';
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
