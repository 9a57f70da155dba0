/**
 * The adapter through the real office.js (@microsoft/office-js, as the CDN serves it) in a page framed by a fake
 * Excel on the web (bench/office-js): what is measured is what office.js serialises and posts, not an estimate.
 */
import { openOfficePage, type OfficePage } from '../../bench/office-js/office-page';
import { createMemoryExcel, type MemoryExcel } from '../../src/excel/memory/excel';
import { cellKey, sheetFromRows } from '../../src/excel/memory/state';
import { createExcelWorkbook, type ExcelRun } from '../../src/excel/workbook';
import { capabilitiesOf } from '../../src/excel/host';
import { writeWorkbookSpec } from '../../src/excel/write';
import { readWorkbook } from '../../src/excel/read';
import { NICETIES } from '../../src/excel/write-parts';
import { PICTURES } from '../../src/excel/charts';
import { consolidate } from '../../src/core/consolidate';
import { defaultCatalog } from '../../src/core/catalog';
import { renderWorkbook } from '../../src/core/render';
import { buildSheets, makeUnits, toMemorySheet } from '../../bench/generate';
import { smallSpec } from './helpers';

jest.setTimeout(120_000);

/** office.js posts a few hundred bytes the adapter does not count (the message envelope, paths sent again). */
const ENVELOPE = 6_000;

async function open(sheets: ReturnType<typeof toMemorySheet>[]): Promise<{ excel: MemoryExcel; page: OfficePage }> {
  const excel = createMemoryExcel(sheets, { payloadLimit: Infinity, name: 'Bao-cao.xlsx' });
  // Excel on the web today: ExcelApi 1.18, with Worksheet.notes added to office.js 1.1.110 (which stops at 1.15).
  return { excel, page: await openOfficePage(excel, { excelApi: '1.18', notes: true }) };
}

describe('requests as office.js builds them', () => {
  let excel: MemoryExcel;
  let page: OfficePage;
  const units = makeUnits(40);
  beforeAll(async () => {
    ({ excel, page } = await open(buildSheets(units).map(toMemorySheet)));
  });
  afterAll(() => page.close());
  beforeEach(() => page.reset());

  const run = (): ExcelRun => page.run as ExcelRun;
  const capabilities = () => capabilitiesOf(page.isSetSupported);

  it('splits a read so every answer stays under the budget, with no cleanup request after it', async () => {
    const result = await run()((context) =>
      readWorkbook(context, {
        exclude: [],
        catalogSheet: 'Danh mục chỉ tiêu',
        capabilities: capabilities(),
        budget: 150_000,
      }),
    );
    await page.settle();
    expect(result.grids).toHaveLength(40);
    expect(page.requests.length).toBe(result.syncs);
    expect(result.syncs).toBeGreaterThan(4);
    for (const q of page.requests) expect(q.responseBytes).toBeLessThan(150_000 + ENVELOPE);
    expect(result.grids[39].values.flat().filter((v) => v !== null).length).toBeGreaterThan(100);
  });

  it('splits a write so every request is under the budget, the estimate never below what office.js sends', async () => {
    const read = await run()((context) =>
      readWorkbook(context, { exclude: [], catalogSheet: 'Danh mục chỉ tiêu', capabilities: capabilities() }),
    );
    const result = consolidate(read.grids, { catalog: defaultCatalog, expectedUnits: units.map((u) => u.name) });
    const spec = renderWorkbook(result, { generatedAt: '2026-07-15' });
    page.reset();
    const budget = 250_000;
    const written = await run()((context) =>
      writeWorkbookSpec(context, spec, {
        file: read.file,
        capabilities: capabilities(),
        sources: read.grids.map((g) => g.name),
        parts: NICETIES,
        budget,
      }),
    );
    await page.settle();
    expect(written.requests.length).toBeGreaterThan(8);
    const sent = page.requests.map((q) => q.bytes);
    written.requests.forEach((estimate, i) => expect(sent[i]).toBeLessThanOrEqual(estimate + ENVELOPE));
    for (const bytes of sent) expect(bytes).toBeLessThan(budget + ENVELOPE);
    expect(page.requests.length).toBe(written.syncs);
    expect(written.notes).toBe('notes');
    expect(page.requests.flatMap((q) => Object.values(q.body.ObjectPaths)).some((p) => p.Name === 'Notes')).toBe(true);
    expect([...excel.findSheet('Tổng hợp')!.cells.values()].filter((c) => c.note).length).toBeGreaterThan(10);
    expect(excel.findSheet('Đối chiếu')?.cells.size).toBeGreaterThan(1000);
  });

  it('writes the charts, data bars and page layout within the estimate office.js is held to', async () => {
    const read = await run()((context) =>
      readWorkbook(context, { exclude: [], catalogSheet: 'Danh mục chỉ tiêu', capabilities: capabilities() }),
    );
    const spec = renderWorkbook(consolidate(read.grids, { catalog: defaultCatalog }), {
      generatedAt: '2026-07-15',
      layout: 'rows',
    });
    page.reset();
    const written = await run()((context) =>
      writeWorkbookSpec(context, spec, {
        file: read.file,
        capabilities: capabilities(),
        sources: read.grids.map((g) => g.name),
        parts: [...NICETIES, ...PICTURES],
      }),
    );
    await page.settle();
    expect(written.warnings).toEqual([]);
    const sent = page.requests.map((q) => q.bytes);
    written.requests.forEach((estimate, i) => expect(sent[i]).toBeLessThanOrEqual(estimate + ENVELOPE));
    expect(excel.findSheet('Biểu đồ')!.charts.length).toBeGreaterThan(0);
    expect(excel.findSheet('Theo đơn vị')!.conditionalFormats.length).toBeGreaterThan(0);
  });

  it('writes links by whole column runs and formats by areas, not one object per cell', async () => {
    const rows = Array.from({ length: 2000 }, (_, r) => [
      { value: `Nhãn ${r}` },
      { value: `DV1!B${r + 1}`, link: `#'DV1'!B${r + 1}`, style: { color: '#0563C1' } },
      { value: r, style: r % 5 ? {} : { fill: '#FFC7CE' } },
    ]);
    await run()((context) =>
      writeWorkbookSpec(
        context,
        { sheets: [{ name: 'Liên kết', rows }] },
        { file: 'Bao-cao.xlsx', capabilities: capabilities(), sources: [] },
      ),
    );
    const actions = page.requests.flatMap((q) => q.body.Actions);
    const paths = page.requests.flatMap((q) => Object.values(q.body.ObjectPaths));
    expect(actions.filter((a) => a.Name === 'Hyperlink')).toHaveLength(0);
    expect(actions.filter((a) => a.Name === 'SetCellProperties').length).toBeLessThanOrEqual(2);
    expect(paths.filter((p) => p.Name === 'GetRanges').length).toBeLessThanOrEqual(4);
    expect(excel.findSheet('Liên kết')?.cells.get(cellKey(1999, 1))?.hyperlink).toEqual({
      documentReference: "'DV1'!B2000",
      textToDisplay: 'DV1!B2000',
    });
    expect(excel.findSheet('Liên kết')?.cells.get(cellKey(1995, 2))?.fill).toBe('#FFC7CE');
  });
});

describe('replacing the summary through office.js', () => {
  it('keeps a formula that refers to the earlier summary, and the tab in its place', async () => {
    const dashboard = sheetFromRows('Báo cáo lãnh đạo', [['Tổng', null]]);
    dashboard.cells.set(cellKey(0, 1), { value: 1, formula: "='Tổng hợp'!C2" });
    const { excel, page } = await open([
      sheetFromRows('Bù Đốp', [['UBND HUYỆN BÙ ĐỐP']]),
      sheetFromRows('Tổng hợp', [['bản cũ']]),
      dashboard,
    ]);
    try {
      const workbook = createExcelWorkbook({
        run: page.run as ExcelRun,
        capabilities: capabilitiesOf(page.isSetSupported),
        outputSheets: ['Tổng hợp'],
      });
      await workbook.read();
      const written = await workbook.write({ sheets: [smallSpec()] }, ['Bù Đốp']);
      expect(written.sheets[0].replaced).toBe(true);
      expect(excel.state.sheets.map((s) => s.name)).toEqual(['Bù Đốp', 'Tổng hợp', 'Báo cáo lãnh đạo']);
      expect(excel.findSheet('Báo cáo lãnh đạo')?.cells.get(cellKey(0, 1))?.formula).toBe("='Tổng hợp'!C2");
      expect(excel.findSheet('Tổng hợp')?.cells.get(cellKey(1, 2))?.value).toBe(1300);
    } finally {
      page.close();
    }
  });
});
