import { createMemoryExcel } from '../../src/excel/memory/excel';
import { sheetFromRows, snapshotSheet } from '../../src/excel/memory/state';
import { createExcelWorkbook } from '../../src/excel/workbook';
import { capabilitiesOf } from '../../src/excel/host';
import { unitSheet } from './helpers';

const OUTPUTS = ['Tổng hợp', 'Kiểm tra', 'Đối chiếu'];

function workbookOf(sheetCount: number, excelApi = '1.18') {
  const sheets = Array.from({ length: sheetCount }, (_, i) => unitSheet(`DV${i + 1}`, `Xã Số ${i + 1}`));
  const excel = createMemoryExcel(sheets, { excelApi });
  const workbook = createExcelWorkbook({ run: excel.run, capabilities: capabilitiesOf(excel.isSetSupported), outputSheets: OUTPUTS });
  return { excel, workbook };
}

describe('reading the workbook', () => {
  it.each([5, 40, 168])('reads %i sheets in 3 syncs', async (n) => {
    const { excel, workbook } = workbookOf(n);
    const result = await workbook.read();
    expect(result.grids).toHaveLength(n);
    expect(excel.stats.syncs).toBe(3);
    expect(result.syncs).toBe(3);
    expect(excel.stats.maxResponseBytes).toBeLessThan(4_000_000);
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
      sheetFromRows('Danh mục chỉ tiêu', [['Mã', 'Tên chỉ tiêu'], ['bts', 'Trạm BTS']]),
      sheetFromRows('Ẩn', [['x']], { hidden: true }),
    ]);
    const workbook = createExcelWorkbook({ run: excel.run, capabilities: capabilitiesOf(excel.isSetSupported), outputSheets: OUTPUTS });
    const result = await workbook.read();
    expect(result.grids.map((g) => g.name)).toEqual(['Bù Đốp', 'Ẩn']);
    expect(result.grids[1].hidden).toBe(true);
    expect(result.emptySheets).toEqual(['Trống']);
    expect(result.catalogGrid?.values[1]).toEqual(['bts', 'Trạm BTS']);
    expect(excel.stats.syncs).toBe(3);
  });

  it('reads without fonts before ExcelApi 1.9', async () => {
    const { workbook } = workbookOf(3, '1.7');
    const { grids } = await workbook.read();
    expect(grids[0].fonts).toBeUndefined();
  });

  it('leaves source sheets unchanged', async () => {
    const { excel, workbook } = workbookOf(5);
    const before = excel.state.sheets.map(snapshotSheet);
    await workbook.read();
    expect(excel.state.sheets.map(snapshotSheet)).toEqual(before);
  });

  it('reads settings saved earlier', async () => {
    const { workbook } = workbookOf(1);
    await workbook.saveSettings({ department: 'Sở Khoa học và Công nghệ', province: 'Bình Phước', period: '6 tháng đầu năm 2022', expectedUnits: ['Huyện Bù Đốp'] });
    const { settings } = await workbook.read();
    expect(settings).toEqual({ department: 'Sở Khoa học và Công nghệ', province: 'Bình Phước', period: '6 tháng đầu năm 2022', expectedUnits: ['Huyện Bù Đốp'] });
  });
});
