/**
 * The add-in's Office.js cost for a whole first run as the task pane does it (controller.ts): read the workbook,
 * consolidate + render, write the output sheets plus the catalog sheet (absent on a first run) — replayed through
 * the real office.js (bench/office-js): every request as office.js serialises and posts it to Excel on the web.
 */
import { createMemoryExcel } from '../src/excel/memory/excel';
import { createExcelWorkbook, type ExcelRun } from '../src/excel/workbook';
import { capabilitiesOf } from '../src/excel/host';
import { catalogToSheet } from '../src/excel/catalog-sheet';
import { allOutputSheetNames, renderWorkbook } from '../src/core/render';
import { consolidate } from '../src/core/consolidate';
import { defaultCatalog } from '../src/core/catalog';
import { buildSheets, makeUnits, toMemorySheet } from './generate';
import { GENERATED_AT } from './engine';
import { openOfficePage } from './office-js/office-page';

export type OfficeJsResult = {
  sheets: number;
  /** RichApi requests office.js posted (every context.sync(), and any cleanup after an Excel.run). */
  syncs: number;
  readSyncs: number;
  writeSyncs: number;
  /** UTF-8 bytes of the largest message office.js posted, and of all of them. */
  maxRequestBytes: number;
  totalRequestBytes: number;
  /** UTF-8 bytes of the largest answer (Excel on the web refuses one over 5 MB too). */
  maxResponseBytes: number;
  unitsConsolidated: number;
  /** Optional parts the host refused. */
  refused: string[];
  /** Cell notes (notes.add), or the notes column of hosts without them. */
  notesMode: string;
  ms: number;
};

/**
 * One first run over `n` unit sheets. The host is Excel on the web as it is today (ExcelApi 1.18+, cell notes
 * through Worksheet.notes, which the replay adds to office.js 1.1.110 as newer office.js defines it); with
 * `payloadLimit: Infinity` nothing is refused, to measure code that would pass the 5 MB limit.
 */
export async function officeJsRun(n: number, payloadLimit?: number): Promise<OfficeJsResult> {
  const units = makeUnits(n);
  const excel = createMemoryExcel(buildSheets(units).map(toMemorySheet), {
    excelApi: '1.18',
    name: 'Bao-cao-cac-xa.xlsx',
    payloadLimit: Infinity,
  });
  const page = await openOfficePage(excel, { excelApi: '1.18', notes: true, payloadLimit });
  try {
    const workbook = createExcelWorkbook({
      run: page.run as ExcelRun,
      capabilities: capabilitiesOf(page.isSetSupported, true),
      outputSheets: allOutputSheetNames(),
    });
    const t0 = performance.now();
    const read = await workbook.read();
    await page.settle();
    const afterRead = page.requests.length;
    const result = consolidate(read.grids, { catalog: defaultCatalog, expectedUnits: units.map((u) => u.name) });
    const spec = renderWorkbook(result, { generatedAt: GENERATED_AT });
    const sheets = read.catalogGrid ? spec.sheets : [...spec.sheets, catalogToSheet(defaultCatalog)];
    const written = await workbook.write(
      { sheets },
      read.grids.map((g) => g.name),
    );
    await page.settle();
    const ms = performance.now() - t0;
    const requests = page.requests;
    return {
      sheets: n,
      syncs: requests.length,
      readSyncs: afterRead,
      writeSyncs: requests.length - afterRead,
      maxRequestBytes: Math.max(...requests.map((q) => q.bytes)),
      totalRequestBytes: requests.reduce((s, q) => s + q.bytes, 0),
      maxResponseBytes: Math.max(...requests.map((q) => q.responseBytes)),
      unitsConsolidated: result.summary.units.length,
      refused: written.warnings.map((w) => `${w.kind} on ${w.sheet}: ${w.reason}`),
      notesMode: written.notes,
      ms,
    };
  } finally {
    page.close();
  }
}

/** The sizes of `npm run bench:office`, and its targets. */
export const OFFICE_SIZES = [5, 50, 168, 400];
export const REQUEST_TARGET = 4_000_000;

export function officeFailures(results: OfficeJsResult[]): string[] {
  const failures: string[] = [];
  for (const r of results) {
    if (r.maxRequestBytes >= REQUEST_TARGET)
      failures.push(`${r.sheets} sheets: largest request ${r.maxRequestBytes} B ≥ ${REQUEST_TARGET}`);
    if (r.maxResponseBytes >= REQUEST_TARGET)
      failures.push(`${r.sheets} sheets: largest response ${r.maxResponseBytes} B ≥ ${REQUEST_TARGET}`);
  }
  const first = results.find((r) => r.sheets === 5);
  const last = results.find((r) => r.sheets === 400);
  if (first && last && last.syncs > 3 * first.syncs)
    failures.push(`syncs at 400 sheets (${last.syncs}) > 3 × syncs at 5 (${first.syncs})`);
  return failures;
}
