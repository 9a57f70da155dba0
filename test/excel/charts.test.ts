import { createMemoryExcel } from '../../src/excel/memory/excel';
import { createExcelWorkbook } from '../../src/excel/workbook';
import { capabilitiesOf } from '../../src/excel/host';
import { BUDGET } from '../../src/excel/meter';
import { consolidate } from '../../src/core/consolidate';
import { defaultCatalog } from '../../src/core/catalog';
import { renderWorkbook } from '../../src/core/render';
import { buildSheets, makeUnits, toGrid } from '../../bench/generate';
import { unitSheet } from './helpers';

function setup(excelApi = '1.18') {
  const excel = createMemoryExcel([unitSheet('Bù Đốp', 'Huyện Bù Đốp')], { excelApi });
  const workbook = createExcelWorkbook({
    run: excel.run,
    capabilities: capabilitiesOf(excel.isSetSupported),
    outputSheets: [],
  });
  return { excel, workbook };
}

/** The consolidated workbook of `count` synthetic communes, as the add-in renders it. */
function summaryOf(count: number) {
  const grids = buildSheets(makeUnits(count)).map((s) => toGrid(s, 'So-lam-viec.xlsx'));
  return renderWorkbook(consolidate(grids, { catalog: defaultCatalog }), { generatedAt: '2026-07-15' });
}

describe('the add-in writes the pictures of a summary through Office.js', () => {
  const spec = summaryOf(20);

  it('adds one native chart per chart of the spec, over the ranges of its table, placed over its anchor cells', async () => {
    const { excel, workbook } = setup();
    await workbook.read();
    await workbook.write(spec, ['Bù Đốp']);
    const charts = excel.findSheet('Biểu đồ')!.charts;
    const wanted = spec.sheets.find((s) => s.name === 'Biểu đồ')!.charts!;
    expect(charts).toHaveLength(wanted.length);
    const [first] = charts;
    const { categories, series, anchor } = wanted[0];
    const a1 = (r: { top: number; left: number; bottom: number; right: number }) =>
      `${String.fromCharCode(65 + r.left)}${r.top + 1}:${String.fromCharCode(65 + r.right)}${r.bottom + 1}`;
    expect(first).toMatchObject({
      type: 'BarClustered',
      title: wanted[0].title,
      showValue: true,
      reversePlotOrder: true,
      legend: { visible: false },
    });
    expect(first.series).toEqual([
      { name: 'Kỳ này', values: a1(series[0].values), xValues: a1(categories), color: series[0].color },
    ]);
    expect(first.position).toEqual({ start: `F${anchor.top + 1}`, end: `O${anchor.bottom + 1}` });
  });

  it('adds data bars from zero over each indicator’s unit figures', async () => {
    const { excel, workbook } = setup();
    await workbook.read();
    await workbook.write(spec, ['Bù Đốp']);
    const formats = excel.findSheet('Theo đơn vị')!.conditionalFormats;
    expect(formats).toHaveLength(spec.sheets[1].dataBars!.length);
    expect(formats[0].type).toBe('DataBar');
    expect(formats[0].dataBar).toMatchObject({ lowerBoundRule: { type: 'Number', formula: '0' }, gradientFill: false });
    expect(
      formats.some(
        (f) => JSON.stringify(f.dataBar.upperBoundRule) === JSON.stringify({ type: 'Number', formula: '100' }),
      ),
    ).toBe(true);
  });

  it('prints the per-unit sheet across pages with the unit columns repeated, page numbers and the planned breaks', async () => {
    const { excel, workbook } = setup();
    await workbook.read();
    await workbook.write(spec, ['Bù Đốp']);
    const sheet = excel.findSheet('Theo đơn vị')!;
    const print = spec.sheets[1].print!;
    expect(sheet.pageLayout).toMatchObject({
      printTitleColumns: '$A:$B',
      centerFooter: 'Trang &P/&N',
      margins: expect.objectContaining({ left: 0.4 }),
    });
    expect(sheet.pageBreaks.cols).toEqual(print.colBreaks);
    // The filter covers the unit rows, not the totals row under them.
    expect(sheet.autoFilter).toMatch(new RegExp(`:[A-Z]+${spec.sheets[1].autoFilter!.toRow! + 1}$`));
  });

  it('still writes the charts and data bars where the host refuses the print layout, and says so', async () => {
    const { excel, workbook } = setup();
    excel.failOn.set('PageLayout.printTitleColumns', 'InvalidArgument');
    await workbook.read();
    const written = await workbook.write(spec, ['Bù Đốp']);
    expect(excel.findSheet('Biểu đồ')!.charts.length).toBeGreaterThan(0);
    expect(excel.findSheet('Theo đơn vị')!.conditionalFormats.length).toBeGreaterThan(0);
    expect(written.warnings).toContainEqual(
      expect.objectContaining({ kind: 'pages', sheet: 'Theo đơn vị', reason: 'refused' }),
    );
  });

  it('writes the pictures once, however often the summary is written again', async () => {
    const { excel, workbook } = setup();
    await workbook.read();
    await workbook.write(spec, ['Bù Đốp']);
    await workbook.read();
    await workbook.write(spec, ['Bù Đốp']);
    const wanted = spec.sheets.find((s) => s.name === 'Biểu đồ')!.charts!;
    expect(excel.findSheet('Biểu đồ')!.charts).toHaveLength(wanted.length);
    expect(excel.findSheet('Theo đơn vị')!.conditionalFormats).toHaveLength(spec.sheets[1].dataBars!.length);
    expect(excel.findSheet('Theo đơn vị')!.pageBreaks.cols).toEqual(spec.sheets[1].print!.colBreaks);
  });

  it('keeps every request under the budget and the syncs as few for 168 communes as for 20', async () => {
    const counts: number[] = [];
    for (const n of [20, 168]) {
      const { excel, workbook } = setup();
      await workbook.read();
      excel.resetStats();
      const written = await workbook.write(summaryOf(n), ['Bù Đốp']);
      expect(excel.stats.maxRequestBytes).toBeLessThanOrEqual(BUDGET);
      counts.push(written.syncs);
    }
    // Eight times the units: at most two more requests for the larger content, never one per sheet or per unit.
    expect(counts[1]).toBeLessThanOrEqual(counts[0] + 2);
  }, 60_000);
});
