import { createMemoryExcel } from '../../src/excel/memory/excel';
import { MemoryExcelError } from '../../src/excel/memory/context';
import { sheetFromRows } from '../../src/excel/memory/state';
import { createExcelWorkbook } from '../../src/excel/workbook';
import { capabilitiesOf } from '../../src/excel/host';
import { unitSheet } from './helpers';

/** The fake cannot read .xlsx: a "file" is the text of its one cell; "HỎNG" stands for a corrupt file. */
const decodeWorkbook = (b64: string) => {
  const text = Buffer.from(b64, 'base64').toString('utf8');
  if (text === 'HỎNG') throw new MemoryExcelError('InvalidArgument', 'The file is corrupt.');
  return [sheetFromRows('Sheet1', [[text]])];
};
const file = (name: string, text: string) => ({ name, base64: Buffer.from(text, 'utf8').toString('base64') });

function setup(web = false) {
  const excel = createMemoryExcel([unitSheet('Bù Đốp', 'Huyện Bù Đốp')], { decodeWorkbook });
  const workbook = createExcelWorkbook({
    run: excel.run,
    capabilities: capabilitiesOf(excel.isSetSupported, web),
    outputSheets: [],
  });
  return { excel, workbook };
}

describe('importing unit workbooks', () => {
  it('gives the sheets Excel inserted by id and name, and renames them by id', async () => {
    const { excel, workbook } = setup();
    const result = await workbook.importFiles([file('loc-ninh.xlsx', 'Lộc Ninh'), file('hon-quan.xlsx', 'Hớn Quản')]);
    if (result.kind !== 'imported') throw new Error('not imported');
    expect(result.failed).toEqual([]);
    expect(result.files.map((f) => [f.file, f.sheets.map((s) => s.name)])).toEqual([
      ['loc-ninh.xlsx', ['Sheet1']],
      ['hon-quan.xlsx', ['Sheet1 (2)']],
    ]);
    const ids = result.files.map((f) => f.sheets[0].id);
    expect(ids.map((id) => excel.findSheet(id)?.name)).toEqual(['Sheet1', 'Sheet1 (2)']);
    const names = await workbook.renameSheets([
      { id: ids[0], to: 'Huyện Lộc Ninh' },
      { id: ids[1], to: 'Huyện Bù Đốp' },
    ]);
    expect(names).toEqual(['Huyện Lộc Ninh', 'Huyện Bù Đốp']);
    expect(excel.state.sheets.map((s) => s.name)).toEqual(['Bù Đốp', 'Huyện Lộc Ninh', 'Huyện Bù Đốp']);
  });

  it('imports file by file with progress, and says which file failed and why', async () => {
    const { excel, workbook } = setup();
    const progress: string[] = [];
    excel.resetStats();
    const result = await workbook.importFiles(
      [file('a.xlsx', 'A'), file('hong.xlsx', 'HỎNG'), file('c.xlsx', 'C')],
      (done, total, name) => progress.push(`${done}/${total} ${name}`),
    );
    expect(progress).toEqual(['0/3 a.xlsx', '1/3 hong.xlsx', '2/3 c.xlsx', '3/3 ']);
    expect(result).toMatchObject({
      kind: 'imported',
      failed: [{ file: 'hong.xlsx', reason: 'refused', code: 'InvalidArgument', message: 'The file is corrupt.' }],
    });
    expect(result.kind === 'imported' && result.files.map((f) => f.file)).toEqual(['a.xlsx', 'c.xlsx']);
    // One request per file, and one to read the new sheets' names.
    expect(excel.stats.syncs).toBe(4);
  });

  it('does not send a file over 5 MB to Excel on the web, and says how large it is', async () => {
    const { excel, workbook } = setup(true);
    const big = { name: 'lon.xlsx', base64: 'A'.repeat(6_000_000) };
    excel.resetStats();
    const result = await workbook.importFiles([big, file('b.xlsx', 'B')]);
    expect(result).toMatchObject({
      kind: 'imported',
      failed: [{ file: 'lon.xlsx', reason: 'too_large', bytes: 4_500_000 }],
      files: [{ file: 'b.xlsx' }],
    });
    expect(excel.stats.maxRequestBytes).toBeLessThan(5_000_000);
  });

  it('explains that the host cannot import before ExcelApi 1.13', async () => {
    const excel = createMemoryExcel([unitSheet('Bù Đốp', 'Huyện Bù Đốp')], { excelApi: '1.12' });
    const workbook = createExcelWorkbook({
      run: excel.run,
      capabilities: capabilitiesOf(excel.isSetSupported),
      outputSheets: [],
    });
    await expect(workbook.importFiles([{ name: 'a.xlsx', base64: '' }])).resolves.toEqual({
      kind: 'unsupported',
      reason: 'host',
    });
  });
});
