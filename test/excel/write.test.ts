import { createMemoryExcel, type MemoryExcel } from '../../src/excel/memory/excel';
import { cellKey, sheetFromRows, snapshotSheet } from '../../src/excel/memory/state';
import { createExcelWorkbook } from '../../src/excel/workbook';
import { capabilitiesOf } from '../../src/excel/host';
import { writeWorkbookSpec } from '../../src/excel/write';
import { NICETIES } from '../../src/excel/write-parts';
import type { CellValue, WorkbookSpec } from '../../src/core/model';
import { smallSpec, unitSheet } from './helpers';
import { runExcelWith } from './run-helper';

const OUTPUTS = ['Tổng hợp', 'Kiểm tra', 'Đối chiếu'];

function setup(sheets = [unitSheet('Bù Đốp', 'Huyện Bù Đốp')], excelApi = '1.18') {
  const excel = createMemoryExcel(sheets, { excelApi });
  const workbook = createExcelWorkbook({
    run: excel.run,
    capabilities: capabilitiesOf(excel.isSetSupported),
    outputSheets: OUTPUTS,
  });
  return { excel, workbook };
}

const cell = (excel: MemoryExcel, sheet: string, row: number, col: number) =>
  excel.findSheet(sheet)?.cells.get(`${row},${col}`);
const names = (excel: MemoryExcel) => excel.state.sheets.map((s) => s.name);

/** A user's own sheet with a formula on the summary, as leaders' dashboards have. */
function dashboard(): ReturnType<typeof sheetFromRows> {
  const sheet = sheetFromRows('Báo cáo lãnh đạo', [['Tổng số trạm BTS', null]]);
  sheet.cells.set(cellKey(0, 1), { value: 1300, formula: "='Tổng hợp'!C2" });
  return sheet;
}

describe('writing sheet specs', () => {
  it('writes values, text as text, formats, notes, links, panes and print settings', async () => {
    const { excel, workbook } = setup();
    await workbook.read();
    const result = await workbook.write({ sheets: [smallSpec()] }, ['Bù Đốp']);
    expect(result.sheets).toEqual([{ name: 'Tổng hợp', rows: 4, cols: 3, replaced: false }]);
    expect(result.notes).toBe('notes');
    expect(result.warnings).toEqual([]);
    expect(cell(excel, 'Tổng hợp', 1, 1)).toMatchObject({
      value: '=SUM(A1:A9) là nhãn, không phải công thức',
      numberFormat: '@',
    });
    expect(cell(excel, 'Tổng hợp', 1, 1)?.formula).toBeUndefined();
    expect(cell(excel, 'Tổng hợp', 0, 1)).toMatchObject({ font: { bold: true }, fill: '#DDEBF7', border: true });
    expect(cell(excel, 'Tổng hợp', 1, 2)).toMatchObject({
      value: 1300,
      numberFormat: '#,##0',
      note: 'Tổng của 11 đơn vị',
      hyperlink: { documentReference: "'Bù Đốp'!D5" },
    });
    expect(cell(excel, 'Tổng hợp', 2, 2)).toMatchObject({ value: 0.162, numberFormat: '0.0%' });
    const sheet = excel.findSheet('Tổng hợp');
    expect(sheet).toMatchObject({
      freeze: { rows: 1, cols: 2 },
      tabColor: '#107C41',
      autoFilter: 'A1:C4',
      pageLayout: { orientation: 'Landscape', paperSize: 'A4', printTitleRows: '$1:$1', fitToWidth: true },
    });
    expect(sheet?.merges).toEqual([{ row: 3, col: 0, rows: 1, cols: 3 }]);
    expect(sheet?.columnWidths.get(1)).toBeGreaterThan(sheet?.columnWidths.get(0) ?? Infinity);
    expect(excel.state.activeSheet).toBe('Tổng hợp');
    expect(names(excel)).toEqual(['Bù Đốp', 'Tổng hợp']);
  });

  it('puts notes in a column at the right before ExcelApi 1.18', async () => {
    const { excel, workbook } = setup(undefined, '1.9');
    await workbook.read();
    const result = await workbook.write({ sheets: [smallSpec()] }, []);
    expect(result.notes).toBe('column');
    expect(cell(excel, 'Tổng hợp', 1, 3)?.value).toBe('C2: Tổng của 11 đơn vị');
    expect(cell(excel, 'Tổng hợp', 0, 3)?.value).toBe('Ghi chú');
  });

  it('refuses to write over a source sheet', async () => {
    const { workbook } = setup();
    await expect(workbook.write({ sheets: [smallSpec('Bù Đốp')] }, ['Bù Đốp'])).rejects.toThrow(
      /source sheet 'Bù Đốp'/,
    );
  });

  it('never reads the sheets it wrote as sources, whatever their names', async () => {
    const { workbook } = setup();
    await workbook.write({ sheets: [{ ...smallSpec(), name: 'Theo đơn vị' }] }, []);
    const { grids } = await workbook.read();
    expect(grids.map((g) => g.name)).toEqual(['Bù Đốp']);
  });
});

describe('replacing an earlier summary', () => {
  it('keeps the sheet itself: its tab position, and formulas users built on it', async () => {
    const { excel, workbook } = setup([
      unitSheet('Bù Đốp', 'Huyện Bù Đốp'),
      sheetFromRows('Tổng hợp', [['bản cũ'], [null, null, 900]]),
      dashboard(),
    ]);
    const id = excel.findSheet('Tổng hợp')?.id;
    const before = snapshotSheet(excel.findSheet('Bù Đốp')!);
    await workbook.read();
    const result = await workbook.write({ sheets: [smallSpec()] }, ['Bù Đốp']);
    expect(result.sheets[0].replaced).toBe(true);
    expect(names(excel)).toEqual(['Bù Đốp', 'Tổng hợp', 'Báo cáo lãnh đạo']);
    expect(excel.findSheet('Tổng hợp')?.id).toBe(id);
    // The leader's formula still points at the summary (a deleted and re-created sheet would make it #REF!).
    expect(cell(excel, 'Báo cáo lãnh đạo', 0, 1)?.formula).toBe("='Tổng hợp'!C2");
    expect(cell(excel, 'Tổng hợp', 1, 2)).toMatchObject({
      value: 1300,
      note: 'Tổng của 11 đơn vị',
      hyperlink: { documentReference: "'Bù Đốp'!D5" },
    });
    expect(cell(excel, 'Tổng hợp', 0, 0)?.value).toBe('TT');
    expect(excel.findSheet('Tổng hợp')?.merges).toEqual([{ row: 3, col: 0, rows: 1, cols: 3 }]);
    expect(snapshotSheet(excel.findSheet('Bù Đốp')!)).toEqual(before);
  });

  it('clears what the earlier summary had beyond the new one', async () => {
    const old = sheetFromRows(
      'Tổng hợp',
      Array.from({ length: 30 }, (_, r) => Array.from({ length: 8 }, (_, c) => `cũ ${r},${c}`)),
    );
    old.cells.set(cellKey(20, 6), { value: 'x', note: 'ghi chú cũ' });
    const { excel, workbook } = setup([unitSheet('Bù Đốp', 'Huyện Bù Đốp'), old]);
    await workbook.write({ sheets: [smallSpec()] }, []);
    const keys = [...excel.findSheet('Tổng hợp')!.cells.keys()].map((k) => k.split(',').map(Number));
    expect(keys.every(([r, c]) => r < 4 && c < 3)).toBe(true);
  });

  it('keeps the earlier summary when the write fails half-way, and a later run cleans up', async () => {
    const { excel, workbook } = setup([
      unitSheet('Bù Đốp', 'Huyện Bù Đốp'),
      sheetFromRows('Tổng hợp', [['bản cũ']]),
      dashboard(),
    ]);
    await workbook.read();
    // The request that writes the content fails, as a rejected request would.
    const failing = createExcelWorkbook({
      run: (batch) =>
        excel.run(async (context) => {
          let calls = 0;
          const sync = context.sync.bind(context);
          context.sync = async () => {
            calls += 1;
            if (calls === 2) throw Object.assign(new Error('boom'), { code: 'GeneralException' });
            return sync();
          };
          return batch(context);
        }),
      capabilities: capabilitiesOf(excel.isSetSupported),
      outputSheets: OUTPUTS,
    });
    await expect(failing.write({ sheets: [smallSpec()] }, [])).rejects.toThrow('boom');
    expect(cell(excel, 'Tổng hợp', 0, 0)?.value).toBe('bản cũ');
    expect(cell(excel, 'Báo cáo lãnh đạo', 0, 1)?.formula).toBe("='Tổng hợp'!C2");
    await workbook.write({ sheets: [smallSpec()] }, []);
    expect(names(excel)).toEqual(['Bù Đốp', 'Tổng hợp', 'Báo cáo lãnh đạo']);
    expect(cell(excel, 'Tổng hợp', 0, 0)?.value).toBe('TT');
  });

  it('never leaves a half-written summary: a swap that fails after clearing the old one is done again', async () => {
    const { excel, workbook } = setup([
      unitSheet('Bù Đốp', 'Huyện Bù Đốp'),
      sheetFromRows('Tổng hợp', [['bản cũ']]),
      dashboard(),
    ]);
    // The copy into the cleared summary fails once, mid-request.
    excel.failOnce.set('Range.copyFrom@Tổng hợp', 'GeneralException');
    await workbook.write({ sheets: [smallSpec(), smallSpec('Kiểm tra')] }, []);
    expect(cell(excel, 'Tổng hợp', 1, 2)).toMatchObject({ value: 1300, note: 'Tổng của 11 đơn vị' });
    expect(cell(excel, 'Kiểm tra', 1, 2)?.value).toBe(1300);
    expect(names(excel)).toEqual(['Bù Đốp', 'Tổng hợp', 'Báo cáo lãnh đạo', 'Kiểm tra']);
    expect(cell(excel, 'Báo cáo lãnh đạo', 0, 1)?.formula).toBe("='Tổng hợp'!C2");
  });

  it('says a protected summary cannot be replaced, and changes nothing', async () => {
    const old = sheetFromRows('Tổng hợp', [['bản cũ']]);
    old.protected = true;
    const { excel, workbook } = setup([unitSheet('Bù Đốp', 'Huyện Bù Đốp'), old]);
    await expect(workbook.write({ sheets: [smallSpec()] }, [])).rejects.toThrow(/protected/);
    expect(names(excel)).toEqual(['Bù Đốp', 'Tổng hợp']);
    expect(cell(excel, 'Tổng hợp', 0, 0)?.value).toBe('bản cũ');
  });
});

describe('optional parts', () => {
  it('writes everything else when the host refuses one nicety, and says which', async () => {
    const { excel, workbook } = setup();
    excel.failOn.set('PageLayout.zoom', 'InvalidArgument');
    const result = await workbook.write({ sheets: [smallSpec(), { ...smallSpec('Kiểm tra'), print: undefined }] }, []);
    expect(result.warnings).toEqual([
      expect.objectContaining({ kind: 'fit', sheet: 'Tổng hợp', reason: 'refused', code: 'InvalidArgument' }),
    ]);
    const sheet = excel.findSheet('Tổng hợp');
    expect(sheet).toMatchObject({
      freeze: { rows: 1, cols: 2 },
      tabColor: '#107C41',
      autoFilter: 'A1:C4',
      pageLayout: { orientation: 'Landscape', printTitleRows: '$1:$1' },
    });
    expect(sheet?.pageLayout.fitToWidth).toBeUndefined();
    expect(excel.findSheet('Kiểm tra')?.freeze).toEqual({ rows: 1, cols: 2 });
    expect(cell(excel, 'Tổng hợp', 1, 2)?.note).toBe('Tổng của 11 đơn vị');
  });

  it('fails alone on one sheet (freeze panes refused there) and still freezes the others', async () => {
    const { excel, workbook } = setup();
    // Some hosts refuse to freeze panes on a sheet that is not the active one.
    excel.failOn.set('Worksheet.freezePanes@Kiểm tra', 'InvalidOperation');
    const result = await workbook.write({ sheets: [smallSpec(), smallSpec('Kiểm tra')] }, []);
    expect(result.warnings).toEqual([
      expect.objectContaining({ kind: 'freeze', sheet: 'Kiểm tra', reason: 'refused' }),
    ]);
    expect(excel.findSheet('Tổng hợp')?.freeze).toEqual({ rows: 1, cols: 2 });
    expect(excel.findSheet('Kiểm tra')?.freeze).toBeNull();
    expect(excel.findSheet('Kiểm tra')?.autoFilter).toBe('A1:C4');
    expect(excel.state.activeSheet).toBe('Tổng hợp');
  });

  it('skips the niceties this version of Excel lacks, with a note', async () => {
    const { excel } = setup(undefined, '1.9');
    const result = await writeWith(excel, { sheets: [smallSpec()] }, (v) => v === '1.7');
    expect(result.warnings.map((w) => [w.kind, w.reason])).toEqual([
      ['print', 'unsupported'],
      ['fit', 'unsupported'],
      ['autofilter', 'unsupported'],
    ]);
    expect(excel.findSheet('Tổng hợp')).toMatchObject({
      freeze: { rows: 1, cols: 2 },
      pageLayout: {},
      autoFilter: null,
    });
  });

  it('cannot show a hidden sheet, and says so instead of failing the write', async () => {
    const old = sheetFromRows('Tổng hợp', [['bản cũ']], { hidden: true });
    const { excel, workbook } = setup([unitSheet('Bù Đốp', 'Huyện Bù Đốp'), old]);
    const result = await workbook.write({ sheets: [smallSpec()] }, []);
    expect(result.warnings).toEqual([
      expect.objectContaining({ kind: 'activate', sheet: 'Tổng hợp', reason: 'refused' }),
    ]);
    expect(cell(excel, 'Tổng hợp', 0, 0)?.value).toBe('TT');
  });
});

/** writeWorkbookSpec with a chosen requirement-set check (an older host). */
function writeWith(excel: MemoryExcel, spec: WorkbookSpec, supports: (v: string) => boolean) {
  return excel.run((context) =>
    writeWorkbookSpec(context, spec, {
      file: 'So.xlsx',
      capabilities: { ...capabilitiesOf(excel.isSetSupported), supports },
      sources: [],
      parts: NICETIES,
    }),
  );
}

describe('request sizes', () => {
  it('splits a large write so every request stays under the budget', async () => {
    const { excel } = setup();
    const rows = Array.from({ length: 20000 }, (_, r) => [
      { value: r },
      { value: `Một nhãn khá dài của dòng số ${r} để làm đầy yêu cầu`, link: `#'Bù Đốp'!B${r + 1}` },
      { value: r * 1.5, style: { numberFormat: '#,##0.0', fill: r % 3 ? undefined : '#FFC7CE' } },
    ]);
    const spec: WorkbookSpec = { sheets: [{ name: 'Tổng hợp', rows }] };
    const result = await excel.run((context) =>
      writeWorkbookSpec(context, spec, {
        file: 'So.xlsx',
        capabilities: capabilitiesOf(excel.isSetSupported),
        sources: [],
        budget: 400_000,
      }),
    );
    expect(result.requests.length).toBeGreaterThan(5);
    expect(Math.max(...result.requests)).toBeLessThanOrEqual(400_000);
    expect(excel.stats.maxRequestBytes).toBeLessThan(400_000);
    expect(cell(excel, 'Tổng hợp', 19999, 0)?.value).toBe(19999);
    expect(cell(excel, 'Tổng hợp', 19998, 1)?.hyperlink).toEqual({
      documentReference: "'Bù Đốp'!B19999",
      textToDisplay: 'Một nhãn khá dài của dòng số 19998 để làm đầy yêu cầu',
    });
    expect(cell(excel, 'Tổng hợp', 19998, 2)?.fill).toBe('#FFC7CE');
  });
});

describe('a whole run', () => {
  /** A stand-in for consolidate + render: one summary row per sheet. */
  const summarize = (grids: { name: string; values: CellValue[][] }[]): WorkbookSpec => ({
    sheets: [
      {
        name: 'Tổng hợp',
        rows: [
          [{ value: 'Đơn vị' }, { value: 'Chỉ tiêu 1' }],
          ...grids.map((g) => [{ value: g.name, link: `#'${g.name}'!D5` }, { value: g.values[4][3] }]),
        ],
        freeze: { rows: 1, cols: 1 },
      },
      { name: 'Kiểm tra', rows: grids.map((g) => [{ value: `${g.name}: ổn`, note: 'không có vấn đề' }]) },
      { name: 'Đối chiếu', rows: [[{ value: 'Nhãn' }]] },
    ],
  });

  it.each([5, 40, 168])('reads and writes %i sheets in the same few syncs, leaving sources unchanged', async (n) => {
    const sheets = Array.from({ length: n }, (_, i) => unitSheet(`DV${i + 1}`, `Xã Số ${i + 1}`));
    const { excel, workbook } = setup(sheets);
    const before = excel.state.sheets.map(snapshotSheet);
    const read = await workbook.read();
    const written = await workbook.write(
      summarize(read.grids),
      read.grids.map((g) => g.name),
    );
    // Read: list, used ranges, values, fonts of mixed sheets; write: probe, content, swap, sizes, niceties.
    expect(excel.stats.syncs).toBe(9);
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

  it('retries when Excel is in cell-edit mode, and asks Excel to wait for the edit where it can', async () => {
    const { excel } = setup();
    excel.cellEditFailures = 2;
    const retrying = createExcelWorkbook({
      run: runExcelWith(excel),
      capabilities: capabilitiesOf(excel.isSetSupported),
      outputSheets: OUTPUTS,
    });
    await expect(retrying.read()).resolves.toMatchObject({ grids: [expect.anything()] });
    excel.cellEditFailures = 1;
    excel.resetStats();
    const waiting = createExcelWorkbook({
      run: runExcelWith(excel, true),
      capabilities: capabilitiesOf(excel.isSetSupported),
      outputSheets: OUTPUTS,
    });
    await waiting.read();
    expect(excel.stats.syncs).toBe(4);
  });

  it('retries while the host throttles the add-in', async () => {
    const { excel } = setup();
    excel.throttleFailures = 3;
    const workbook = createExcelWorkbook({
      run: runExcelWith(excel),
      capabilities: capabilitiesOf(excel.isSetSupported),
      outputSheets: OUTPUTS,
    });
    await expect(workbook.write({ sheets: [smallSpec()] }, [])).resolves.toMatchObject({
      sheets: [expect.objectContaining({ name: 'Tổng hợp' })],
    });
  });

  it('saves an alias on the catalog sheet, creating the sheet the first time', async () => {
    const { excel, workbook } = setup();
    const { catalogToSheet } = await import('../../src/excel/catalog-sheet');
    const catalog = {
      indicators: [{ id: 'bts', name: 'Số trạm BTS', unit: 'trạm', aliases: ['Trạm BTS', 'Trạm phát sóng'] }],
    };
    await workbook.saveAlias('bts', 'Trạm phát sóng', catalogToSheet(catalog));
    expect(cell(excel, 'Danh mục chỉ tiêu', 1, 4)?.value).toBe('Trạm BTS; Trạm phát sóng');
    await workbook.saveAlias('bts', 'Cột BTS', catalogToSheet(catalog));
    expect(cell(excel, 'Danh mục chỉ tiêu', 1, 4)?.value).toBe('Trạm BTS; Trạm phát sóng; Cột BTS');
  });
});
