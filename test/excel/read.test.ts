import { createMemoryExcel } from '../../src/excel/memory/excel';
import { sheetFromRows, snapshotSheet } from '../../src/excel/memory/state';
import { createExcelWorkbook } from '../../src/excel/workbook';
import { capabilitiesOf } from '../../src/excel/host';
import { unitSheet } from './helpers';

const OUTPUTS = ['Tổng hợp', 'Kiểm tra', 'Đối chiếu'];

function workbookOf(sheetCount: number, excelApi = '1.18') {
  const sheets = Array.from({ length: sheetCount }, (_, i) => unitSheet(`DV${i + 1}`, `Xã Số ${i + 1}`));
  const excel = createMemoryExcel(sheets, { excelApi });
  const workbook = createExcelWorkbook({
    run: excel.run,
    capabilities: capabilitiesOf(excel.isSetSupported),
    outputSheets: OUTPUTS,
  });
  return { excel, workbook };
}

/** A unit sheet in one font throughout (most reports: Times New Roman, or .VnTime for a TCVN3 one). */
function oneFont(name: string, font: string) {
  const sheet = unitSheet(name, `Xã ${name}`);
  // The whole used area formatted in that font, blank cells included, as a sheet set to one font is.
  for (let r = 0; r < 44; r++)
    for (let c = 0; c < 4; c++)
      sheet.cells.set(`${r},${c}`, { ...(sheet.cells.get(`${r},${c}`) ?? { value: null }), font: { name: font } });
  return sheet;
}

describe('reading the workbook', () => {
  it.each([5, 40, 168])('reads %i sheets in 3 syncs when each sheet keeps one font in its label columns', async (n) => {
    const excel = createMemoryExcel(
      Array.from({ length: n }, (_, i) => oneFont(`DV${i + 1}`, i % 2 ? '.VnTime' : 'Times New Roman')),
    );
    const workbook = createExcelWorkbook({
      run: excel.run,
      capabilities: capabilitiesOf(excel.isSetSupported),
      outputSheets: OUTPUTS,
    });
    const result = await workbook.read();
    expect(result.grids).toHaveLength(n);
    expect(excel.stats.syncs).toBe(3);
    expect(result.syncs).toBe(3);
    expect(result.grids[1].fonts?.[7][1]).toBe('.VnTime');
    expect(excel.stats.maxResponseBytes).toBeLessThan(4_000_000);
  });

  it.each([5, 40, 168])('reads %i sheets that mix fonts in one more sync, cell by cell', async (n) => {
    const { excel, workbook } = workbookOf(n);
    const result = await workbook.read();
    expect(excel.stats.syncs).toBe(4);
    expect(result.grids[n - 1].fonts?.[5][1]).toBe('.VnTime');
    expect(result.grids[n - 1].fonts?.[6][1]).toBe('Calibri');
  });

  it('splits a read whose answer would pass the budget, and a sheet too large for one answer by rows', async () => {
    const big = sheetFromRows(
      'Lớn',
      Array.from({ length: 2500 }, (_, r) => [`Nhãn dài của dòng số ${r} trong một báo cáo rất lớn`, r, `${r},5%`]),
    );
    const excel = createMemoryExcel([
      ...Array.from({ length: 30 }, (_, i) => unitSheet(`DV${i + 1}`, `Xã Số ${i + 1}`)),
      big,
    ]);
    const { readWorkbook } = await import('../../src/excel/read');
    const result = await excel.run((context) =>
      readWorkbook(context, {
        exclude: [],
        catalogSheet: 'Danh mục chỉ tiêu',
        capabilities: capabilitiesOf(excel.isSetSupported),
        budget: 60_000,
      }),
    );
    expect(result.syncs).toBeGreaterThan(5);
    expect(excel.stats.maxResponseBytes).toBeLessThan(60_000);
    const grid = result.grids.find((g) => g.name === 'Lớn');
    expect(grid?.values).toHaveLength(2500);
    expect(grid?.values[2499]).toEqual(['Nhãn dài của dòng số 2499 trong một báo cáo rất lớn', 2499, '2499,5%']);
  });

  it('reads again when a piece still comes back too large for Excel, in halves', async () => {
    const wide = sheetFromRows(
      'Rộng',
      Array.from({ length: 400 }, (_, r) => Array.from({ length: 20 }, (_, c) => `ô ${r}-${c} `.repeat(8))),
    );
    const excel = createMemoryExcel([wide], { payloadLimit: 400_000 });
    const { readWorkbook } = await import('../../src/excel/read');
    // The budget believes 40 bytes a cell; these cells hold about 80: the first answer is refused.
    const result = await excel.run((context) =>
      readWorkbook(context, {
        exclude: [],
        catalogSheet: 'x',
        capabilities: capabilitiesOf(excel.isSetSupported),
        budget: 390_000,
      }),
    );
    expect(result.grids[0].values).toHaveLength(400);
    expect(result.grids[0].values[399][19]).toBe('ô 399-19 '.repeat(8));
  });

  it('gives grids with values, number formats, fonts of the label columns and the source', async () => {
    const { workbook } = workbookOf(1);
    const { grids, file } = await workbook.read();
    const grid = grids[0];
    expect(grid.source).toEqual({ file, sheet: 'DV1' });
    expect(grid.values[3]).toEqual(['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện']);
    expect(grid.values[2]).toEqual([null, null, null, null]);
    expect(grid.values[10][3]).toBe('1.700');
    expect(grid.fonts?.[5][1]).toBe('.VnTime');
    expect(grid.origin).toEqual({ row: 0, col: 0 });
  });

  it('skips empty sheets and output sheets, reads the catalog sheet apart, and flags hidden sheets', async () => {
    const excel = createMemoryExcel([
      unitSheet('Bù Đốp', 'Huyện Bù Đốp'),
      sheetFromRows('Trống', [[null, null]], { numberFormats: [['0%', null]] }),
      sheetFromRows('Tổng hợp', [['cũ']]),
      sheetFromRows('Danh mục chỉ tiêu', [
        ['Mã', 'Tên chỉ tiêu'],
        ['bts', 'Trạm BTS'],
      ]),
      sheetFromRows('Ẩn', [['x']], { hidden: true }),
    ]);
    const workbook = createExcelWorkbook({
      run: excel.run,
      capabilities: capabilitiesOf(excel.isSetSupported),
      outputSheets: OUTPUTS,
    });
    const result = await workbook.read();
    expect(result.grids.map((g) => g.name)).toEqual(['Bù Đốp', 'Ẩn']);
    expect(result.grids[1].hidden).toBe(true);
    expect(result.emptySheets).toEqual(['Trống']);
    expect(result.catalogGrid?.values[1]).toEqual(['bts', 'Trạm BTS']);
    expect(Object.keys(result.sheetIds)).toEqual(['Bù Đốp', 'Trống', 'Ẩn']);
    expect(excel.stats.syncs).toBe(4);
  });

  it('reads a figure fixed since the last read: every read is fresh', async () => {
    const { excel, workbook } = workbookOf(2);
    expect((await workbook.read()).grids[0].values[4][3]).toBe(3);
    excel.findSheet('DV1')!.cells.set('4,3', { value: 33 });
    expect((await workbook.read()).grids[0].values[4][3]).toBe(33);
  });

  it('leaves source sheets unchanged', async () => {
    const { excel, workbook } = workbookOf(5);
    const before = excel.state.sheets.map(snapshotSheet);
    await workbook.read();
    expect(excel.state.sheets.map(snapshotSheet)).toEqual(before);
  });

  it('reads settings saved earlier', async () => {
    const { workbook } = workbookOf(1);
    await workbook.saveSettings({
      department: 'Sở Khoa học và Công nghệ',
      province: 'Bình Phước',
      period: '6 tháng đầu năm 2022',
      expectedUnits: ['Huyện Bù Đốp'],
    });
    const { settings } = await workbook.read();
    expect(settings).toEqual({
      department: 'Sở Khoa học và Công nghệ',
      province: 'Bình Phước',
      period: '6 tháng đầu năm 2022',
      expectedUnits: ['Huyện Bù Đốp'],
    });
  });
});
