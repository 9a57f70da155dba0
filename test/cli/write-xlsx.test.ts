import ExcelJS from 'exceljs';
import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { WorkbookSpec } from '../../src/core/model';
import { safeText, writeXlsxFile } from '../../src/cli/write-xlsx';
import { readXlsxFile } from '../../src/cli/read-xlsx';
import { sheetLinks, unzipParts } from '../xlsx/write-parts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tonghop-write-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

const formulaLookalikes = ['=HYPERLINK("http://x","Bấm vào")', '+cmd', '-1+1', '@SUM(1)', '=1+1'];

const spec: WorkbookSpec = {
  sheets: [
    {
      name: 'Tổng hợp',
      rows: [
        [{ value: 'TỔNG HỢP SỐ LIỆU 6 THÁNG ĐẦU NĂM 2022', style: { bold: true, size: 14, hAlign: 'center' } }],
        [
          {
            value: 'Số trạm BTS',
            style: { wrap: true, border: true, vAlign: 'middle' },
            note: 'Khớp với «Trạm BTS» (Huyện Bù Đốp)',
          },
          { value: 1234.5, style: { numberFormat: '#,##0.0', fill: '#FFF2CC', color: '#C00000' } },
          { value: 'Xem ô nguồn', link: "#'Kiểm tra'!B2" },
          { value: 'bu_dop.xlsx', link: "bu_dop.xlsx#'Sheet1'!B17" },
        ],
        ...formulaLookalikes.map((label) => [{ value: label }]),
      ],
      columnWidths: [50, 14],
      merges: [{ top: 0, left: 0, bottom: 0, right: 3 }],
      freeze: { rows: 2, cols: 1 },
      print: { orientation: 'landscape', paperSize: 'A4', repeatRows: [0, 1], fitToWidth: true },
      autoFilter: { row: 1, fromCol: 0, toCol: 3 },
      tabColor: '#1F4E79',
    },
    { name: 'Kiểm tra', rows: [[{ value: 'Mã' }], [null, { value: 'value_missing' }]] },
  ],
};

async function written(): Promise<ExcelJS.Workbook> {
  const path = join(dir, 'tong-hop.xlsx');
  await writeXlsxFile(spec, path);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  return book;
}

describe('writing a summary workbook', () => {
  it('writes text that looks like a formula as text, never as a formula', async () => {
    const sheet = (await written()).getWorksheet('Tổng hợp')!;
    formulaLookalikes.forEach((label, i) => {
      const cell = sheet.getCell(i + 3, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(label);
    });
  });

  it('applies styles, number formats, notes and merges', async () => {
    const sheet = (await written()).getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('A1').font.bold).toBe(true);
    expect(sheet.getCell('A1').alignment.horizontal).toBe('center');
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.0');
    expect(sheet.getCell('B2').font.color?.argb).toBe('FFC00000');
    expect(sheet.getCell('B2').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
    expect(sheet.getCell('A2').border.top?.style).toBe('thin');
    expect(sheet.getCell('A2').note).toBe('Khớp với «Trạm BTS» (Huyện Bù Đốp)');
    expect(sheet.getCell('D1').isMerged).toBe(true);
  });

  it('links inside the workbook and to a unit file', async () => {
    const sheet = (await written()).getWorksheet('Tổng hợp')!;
    expect(sheet.getCell('C2').value).toBe('Xem ô nguồn');
    // ExcelJS reads a link to a file as the file alone; Excel keeps the cell in the link's location.
    expect(sheet.getCell('D2').value).toEqual({ text: 'bu_dop.xlsx', hyperlink: 'bu_dop.xlsx' });
    const links = sheetLinks(unzipParts(await readFile(join(dir, 'tong-hop.xlsx'))), 1);
    expect(links).toEqual(
      new Map([
        ['C2', "#'Kiểm tra'!B2"],
        ['D2', "bu_dop.xlsx#'Sheet1'!B17"],
      ]),
    );
  });

  it('sets widths, frozen panes, A4 landscape printing, the autofilter and the tab colour', async () => {
    const sheet = (await written()).getWorksheet('Tổng hợp')!;
    expect(sheet.getColumn(1).width).toBe(50);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2 });
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToWidth: 1,
      printTitlesRow: '1:2',
    });
    expect(sheet.autoFilter).toBeTruthy();
    expect(sheet.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
  });

  it('leaves no temporary file behind', async () => {
    await written();
    expect((await readdir(dir)).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('writes a readable file even when a label holds control characters or a broken emoji', async () => {
    const path = join(dir, 'control.xlsx');
    const label = 'Số trạm\u0007 BTS \uD83D';
    await writeXlsxFile({ sheets: [{ name: 'Tổng hợp', rows: [[{ value: label }]] }] }, path);
    const [grid] = await readXlsxFile(path, 'control.xlsx');
    expect(grid.values[0][0]).toBe('Số trạm BTS \uFFFD');
  });
});

describe('making text safe for a cell', () => {
  it.each([
    ['keeps Vietnamese, tabs and line breaks', 'Số trạm\tBTS\nmới', 'Số trạm\tBTS\nmới'],
    ['keeps emoji and zero-width spaces', 'Họp 📹\u200B', 'Họp 📹\u200B'],
    ['drops control characters', 'a\u0000b\u001Fc', 'abc'],
  ])('%s', (_, input, expected) => {
    expect(safeText(input)).toBe(expected);
  });

  it('cuts text at the 32,767 characters Excel allows', () => {
    expect(safeText('x'.repeat(40000))).toHaveLength(32767);
  });
});
