import { createMemoryExcel, type MemoryExcel } from '../../src/excel/memory/excel';
import { sheetFromRows, snapshotSheet } from '../../src/excel/memory/state';
import { createExcelWorkbook } from '../../src/excel/workbook';
import { capabilitiesOf } from '../../src/excel/host';
import type { CellValue, SheetSpec, WorkbookSpec } from '../../src/core/model';
import { smallSpec, unitSheet } from './helpers';

const OUTPUTS = ['Tổng hợp', 'Kiểm tra', 'Đối chiếu'];

function setup(sheets = [unitSheet('Bù Đốp', 'Huyện Bù Đốp')], excelApi = '1.18') {
  const excel = createMemoryExcel(sheets, { excelApi });
  const workbook = createExcelWorkbook({ run: excel.run, capabilities: capabilitiesOf(excel.isSetSupported), outputSheets: OUTPUTS });
  return { excel, workbook };
}

const cell = (excel: MemoryExcel, sheet: string, row: number, col: number) => excel.findSheet(sheet)?.cells.get(`${row},${col}`);

describe('writing sheet specs', () => {
  it('writes values, text as text, formats, notes, links, panes and print settings', async () => {
    const { excel, workbook } = setup();
    await workbook.read();
    const result = await workbook.write({ sheets: [smallSpec()] }, ['Bù Đốp']);
    expect(result.sheets).toEqual([{ name: 'Tổng hợp', rows: 4, cols: 3, replaced: false }]);
    expect(result.notes).toBe('notes');
    expect(cell(excel, 'Tổng hợp', 1, 1)).toMatchObject({ value: '=SUM(A1:A9) là nhãn, không phải công thức', numberFormat: '@' });
    expect(cell(excel, 'Tổng hợp', 1, 1)?.formula).toBeUndefined();
    expect(cell(excel, 'Tổng hợp', 0, 1)).toMatchObject({ font: { bold: true }, fill: '#DDEBF7', border: true });
    expect(cell(excel, 'Tổng hợp', 1, 2)).toMatchObject({ value: 1300, numberFormat: '#,##0', note: 'Tổng của 11 đơn vị', hyperlink: { documentReference: "'Bù Đốp'!D5" } });
    expect(cell(excel, 'Tổng hợp', 2, 2)).toMatchObject({ value: 0.162, numberFormat: '0.0%' });
    const sheet = excel.findSheet('Tổng hợp');
    expect(sheet).toMatchObject({ freeze: { rows: 1, cols: 2 }, tabColor: '#107C41', autoFilter: 'A1:C4', pageLayout: { orientation: 'Landscape', paperSize: 'A4', printTitleRows: '$1:$1', fitToWidth: true } });
    expect(sheet?.merges).toEqual([{ row: 3, col: 0, rows: 1, cols: 3 }]);
    expect(excel.state.activeSheet).toBe('Tổng hợp');
  });

  it('puts notes in a column at the right before ExcelApi 1.18, and skips print settings before 1.9', async () => {
    const { excel, workbook } = setup(undefined, '1.7');
    await workbook.read();
    const result = await workbook.write({ sheets: [smallSpec()] }, []);
    expect(result.notes).toBe('column');
    expect(cell(excel, 'Tổng hợp', 1, 3)?.value).toBe('C2: Tổng của 11 đơn vị');
    expect(excel.findSheet('Tổng hợp')?.pageLayout).toEqual({});
  });

  it('replaces an earlier summary, and never touches the source sheets', async () => {
    const { excel, workbook } = setup([unitSheet('Bù Đốp', 'Huyện Bù Đốp'), sheetFromRows('Tổng hợp', [['bản cũ']])]);
    const before = snapshotSheet(excel.findSheet('Bù Đốp')!);
    await workbook.read();
    const result = await workbook.write({ sheets: [smallSpec()] }, ['Bù Đốp']);
    expect(result.sheets[0].replaced).toBe(true);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Bù Đốp', 'Tổng hợp']);
    expect(cell(excel, 'Tổng hợp', 0, 0)?.value).toBe('TT');
    expect(snapshotSheet(excel.findSheet('Bù Đốp')!)).toEqual(before);
  });

  it('keeps the earlier summary when the write fails half-way', async () => {
    const { excel, workbook } = setup([unitSheet('Bù Đốp', 'Huyện Bù Đốp'), sheetFromRows('Tổng hợp', [['bản cũ']])]);
    await workbook.read();
    const broken: SheetSpec = { ...smallSpec(), merges: [{ top: 0, left: 0, bottom: -5, right: 0 }] };
    // A range of negative size makes the second sync fail, like a rejected request.
    const real = excel.run;
    let calls = 0;
    const spy = jest.spyOn(excel, 'run').mockImplementation((batch) =>
      real(async (context) => {
        const sync = context.sync.bind(context);
        context.sync = async () => {
          calls += 1;
          if (calls === 2) throw Object.assign(new Error('boom'), { code: 'GeneralException' });
          return sync();
        };
        return batch(context);
      }),
    );
    const failing = createExcelWorkbook({ run: excel.run, capabilities: capabilitiesOf(excel.isSetSupported), outputSheets: OUTPUTS });
    await expect(failing.write({ sheets: [broken] }, [])).rejects.toThrow('boom');
    spy.mockRestore();
    expect(cell(excel, 'Tổng hợp', 0, 0)?.value).toBe('bản cũ');
    // A later run cleans up the half-written temporary sheet.
    await workbook.write({ sheets: [smallSpec()] }, []);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Bù Đốp', 'Tổng hợp']);
  });

  it('refuses to write over a source sheet', async () => {
    const { workbook } = setup();
    await expect(workbook.write({ sheets: [smallSpec('Bù Đốp')] }, ['Bù Đốp'])).rejects.toThrow(/source sheet 'Bù Đốp'/);
  });

  it('splits a large write so every request stays under 4 MB', async () => {
    const { excel, workbook } = setup();
    const rows = Array.from({ length: 80000 }, (_, r) => [{ value: r }, { value: `Một nhãn khá dài của dòng số ${r} để làm đầy yêu cầu` }, { value: r * 1.5, style: { numberFormat: '#,##0.0' } }]);
    const spec: WorkbookSpec = { sheets: [{ name: 'Tổng hợp', rows }] };
    await workbook.read();
    excel.resetStats();
    const result = await workbook.write(spec, []);
    expect(result.syncs).toBeGreaterThan(3);
    expect(excel.stats.maxRequestBytes).toBeLessThan(4_000_000);
    expect(cell(excel, 'Tổng hợp', 79999, 0)?.value).toBe(79999);
  });
});

describe('a whole run', () => {
  /** A stand-in for consolidate + render: one summary row per sheet. */
  const summarize = (grids: { name: string; values: CellValue[][] }[]): WorkbookSpec => ({
    sheets: [
      { name: 'Tổng hợp', rows: [[{ value: 'Đơn vị' }, { value: 'Chỉ tiêu 1' }], ...grids.map((g) => [{ value: g.name, link: `#'${g.name}'!D5` }, { value: g.values[4][3] }])] },
      { name: 'Kiểm tra', rows: grids.map((g) => [{ value: `${g.name}: ổn`, note: 'không có vấn đề' }]) },
      { name: 'Đối chiếu', rows: [[{ value: 'Nhãn' }]] },
    ],
  });

  it.each([5, 40, 168])('reads and writes %i sheets in at most 6 syncs, leaving sources unchanged', async (n) => {
    const sheets = Array.from({ length: n }, (_, i) => unitSheet(`DV${i + 1}`, `Xã Số ${i + 1}`));
    const { excel, workbook } = setup(sheets);
    const before = excel.state.sheets.map(snapshotSheet);
    const read = await workbook.read();
    const written = await workbook.write(summarize(read.grids), read.grids.map((g) => g.name));
    expect(excel.stats.syncs).toBeLessThanOrEqual(6);
    expect(read.syncs + written.syncs).toBe(excel.stats.syncs);
    expect(excel.state.sheets.slice(0, n).map(snapshotSheet)).toEqual(before);
    expect(excel.findSheet('Tổng hợp')?.cells.get(`${n},0`)?.value).toBe(`DV${n}`);
  });
});

describe('the other workbook functions', () => {
  it('selects the source cell of an issue', async () => {
    const { excel, workbook } = setup([unitSheet('Bù Đốp', 'Huyện Bù Đốp'), sheetFromRows('Khác', [[1]])]);
    const { file } = await workbook.read();
    await workbook.select(`${file}#Bù Đốp!D12`);
    expect(excel.state.selection).toEqual({ sheet: 'Bù Đốp', row: 11, col: 3 });
    expect(excel.state.activeSheet).toBe('Bù Đốp');
  });

  it('retries when Excel is in cell-edit mode', async () => {
    const { excel } = setup();
    const { runExcelWith } = await import('./run-helper');
    excel.cellEditFailures = 2;
    const workbook = createExcelWorkbook({ run: runExcelWith(excel), capabilities: capabilitiesOf(excel.isSetSupported), outputSheets: OUTPUTS });
    await expect(workbook.read()).resolves.toMatchObject({ grids: [expect.anything()] });
  });

  it('imports unit workbooks and renames the new sheets after their units', async () => {
    const excel = createMemoryExcel([unitSheet('Bù Đốp', 'Huyện Bù Đốp')], { decodeWorkbook: (b64) => [sheetFromRows('Sheet1', [[atob(b64)]])] });
    const workbook = createExcelWorkbook({ run: excel.run, capabilities: capabilitiesOf(excel.isSetSupported), outputSheets: OUTPUTS });
    const result = await workbook.importFiles([{ name: 'loc-ninh.xlsx', base64: btoa('Loc Ninh') }, { name: 'hon-quan.xlsx', base64: btoa('Hon Quan') }]);
    expect(result).toEqual({ kind: 'imported', files: [{ file: 'loc-ninh.xlsx', sheets: ['Sheet1'] }, { file: 'hon-quan.xlsx', sheets: ['Sheet1 (2)'] }] });
    const names = await workbook.renameSheets([{ from: 'Sheet1', to: 'Huyện Lộc Ninh' }, { from: 'Sheet1 (2)', to: 'Huyện Bù Đốp' }]);
    expect(names).toEqual(['Huyện Lộc Ninh', 'Huyện Bù Đốp']);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Bù Đốp', 'Huyện Lộc Ninh', 'Huyện Bù Đốp']);
  });

  it('explains that the host cannot import before ExcelApi 1.13', async () => {
    const { workbook } = setup(undefined, '1.12');
    await expect(workbook.importFiles([{ name: 'a.xlsx', base64: '' }])).resolves.toEqual({ kind: 'unsupported', reason: 'host' });
  });

  it('saves an alias on the catalog sheet, creating the sheet the first time', async () => {
    const { excel, workbook } = setup();
    const { catalogToSheet } = await import('../../src/excel/catalog-sheet');
    const catalog = { indicators: [{ id: 'bts', name: 'Số trạm BTS', unit: 'trạm', aliases: ['Trạm BTS', 'Trạm phát sóng'] }] };
    await workbook.saveAlias('bts', 'Trạm phát sóng', catalogToSheet(catalog));
    expect(cell(excel, 'Danh mục chỉ tiêu', 1, 4)?.value).toBe('Trạm BTS; Trạm phát sóng');
    await workbook.saveAlias('bts', 'Cột BTS', catalogToSheet(catalog));
    expect(cell(excel, 'Danh mục chỉ tiêu', 1, 4)?.value).toBe('Trạm BTS; Trạm phát sóng; Cột BTS');
  });
});
