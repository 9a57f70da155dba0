import ExcelJS from 'exceljs';
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import type { CellSpec, SheetSpec, WorkbookSpec } from '../../src/core/model';
import { defaultCatalog } from '../../src/core/catalog';
import { consolidate } from '../../src/core/consolidate';
import { renderWorkbook } from '../../src/core/render';
import { readXlsxFile } from '../../src/cli/read-xlsx';
import { parseUnitList } from '../../src/core/units';
import { nativeGzip } from '../../src/cli/write-xlsx';
import { exceljsBuffer } from '../../src/cli/exceljs-writer';
import { safeText, xlsxBytes } from '../../src/xlsx/write';
import { fromGzip } from '../../src/xlsx/write/zip';
import {
  child,
  childOrder,
  children,
  followsSequence,
  parseXml,
  relationships,
  sheetLinks,
  unzipParts,
  type XmlNode,
} from './write-parts';
import { protectedForm } from './protected-form';

const SAMPLES = join(__dirname, '..', '..', 'samples', 'binh-phuoc-2022');
const created = new Date(Date.UTC(2026, 6, 15, 8, 30));

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'tonghop-xlsx-write-'));
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function load(bytes: Uint8Array): Promise<ExcelJS.Workbook> {
  const book = new ExcelJS.Workbook();
  // ExcelJS types its argument as an ArrayBuffer (and reads one).
  await book.xlsx.load(bytes.slice().buffer);
  return book;
}

const TITLE = { bold: true, size: 14, hAlign: 'center' } as const;

/** A spec using every feature of WorkbookSpec. */
const rich: WorkbookSpec = {
  sheets: [
    {
      name: 'Tổng hợp',
      rows: [
        [{ value: 'TỔNG HỢP SỐ LIỆU', style: TITLE }],
        [
          {
            value: 'Số trạm BTS',
            style: { wrap: true, border: true, vAlign: 'middle' },
            note: 'Khớp với «Trạm BTS»\ndòng 2',
          },
          { value: 1234.5, style: { numberFormat: '#,##0.0', fill: '#FFF2CC', color: '#C00000' } },
          { value: 'Xem ô nguồn', link: "#'Kiểm tra'!B2" },
          { value: 'bu_dop.xlsx', link: "bu_dop.xlsx#'Sheet1'!B17" },
          { value: true },
          { value: null, style: { bold: true } },
          { value: false },
          { value: 0.125, style: { numberFormat: '0.00%' } },
        ],
        [
          { value: 'Báo cáo Bù Đốp', link: "../in/Báo cáo Bù Đốp 100%.xlsx#'Sheet 1'!D9" },
          { value: 42, link: "#'Kiểm tra'!A1" },
          { value: Number.NaN },
          { value: Number.POSITIVE_INFINITY, style: { border: true } },
          { value: -0.5, style: { italic: true, hAlign: 'right', vAlign: 'top' } },
          { value: 1e21 },
          { value: 'trang web', link: 'https://example.com/a?b=1&c=2#top' },
          { value: 'ô trống có ghi chú', note: '' },
        ],
      ],
      columnWidths: [50, 14],
      rowHeights: [null, 30, null, 45],
      merges: [
        { top: 0, left: 0, bottom: 0, right: 3 },
        { top: 2, left: 5, bottom: 2, right: 5 },
      ],
      freeze: { rows: 2, cols: 1 },
      print: { orientation: 'landscape', paperSize: 'A4', repeatRows: [0, 1], fitToWidth: true },
      autoFilter: { row: 1, fromCol: 0, toCol: 3 },
      tabColor: '#1F4E79',
    },
    {
      name: 'Kiểm tra',
      rows: [[{ value: 'Mã', note: 'ghi chú' }], [null, { value: 'value_missing' }]],
      freeze: { rows: 1, cols: 0 },
      print: { orientation: 'portrait', paperSize: 'A4' },
    },
    { name: 'Cột', rows: [[{ value: 'x' }, null, { value: 2 }]], freeze: { rows: 0, cols: 2 } },
  ],
};

describe('xlsxBytes round trip through ExcelJS', () => {
  let book: ExcelJS.Workbook;
  let sheet: ExcelJS.Worksheet;
  let parts: Map<string, string>;
  beforeAll(async () => {
    const bytes = xlsxBytes(rich, { created });
    book = await load(bytes);
    sheet = book.getWorksheet('Tổng hợp')!;
    parts = unzipParts(bytes);
  });

  it('keeps the sheets in spec order', () => {
    expect(book.worksheets.map((s) => s.name)).toEqual(['Tổng hợp', 'Kiểm tra', 'Cột']);
  });

  it('writes strings as text, finite numbers as numbers, booleans as booleans', () => {
    expect(sheet.getCell('A1').value).toBe('TỔNG HỢP SỐ LIỆU');
    expect(sheet.getCell('A2').type).toBe(ExcelJS.ValueType.String);
    expect(sheet.getCell('B2').value).toBe(1234.5);
    expect(sheet.getCell('E2').value).toBe(true);
    expect(sheet.getCell('G2').value).toBe(false);
    expect(sheet.getCell('H2').value).toBe(0.125);
    expect(sheet.getCell('E3').value).toBe(-0.5);
    expect(sheet.getCell('F3').value).toBe(1e21);
  });

  it('leaves non-finite numbers and nulls empty, styled or not', () => {
    expect(sheet.getCell('C3').value).toBeNull();
    expect(sheet.getCell('D3').value).toBeNull();
    expect(sheet.getCell('D3').border.top?.style).toBe('thin');
    expect(sheet.getCell('F2').value).toBeNull();
    expect(sheet.getCell('F2').font.bold).toBe(true);
    expect(parts.get('xl/worksheets/sheet1.xml')).not.toContain('r="C3"');
  });

  it('writes every style attribute', () => {
    expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14, name: 'Calibri' });
    expect(sheet.getCell('A1').alignment).toEqual({ horizontal: 'center' });
    expect(sheet.getCell('A2').alignment).toEqual({ vertical: 'middle', wrapText: true });
    const thin = { style: 'thin', color: { argb: 'FF808080' } };
    expect(sheet.getCell('A2').border).toMatchObject({ top: thin, left: thin, bottom: thin, right: thin });
    expect(sheet.getCell('B2').numFmt).toBe('#,##0.0');
    expect(sheet.getCell('B2').font.color).toEqual({ argb: 'FFC00000' });
    expect(sheet.getCell('B2').fill).toMatchObject({
      type: 'pattern',
      pattern: 'solid',
      fgColor: { argb: 'FFFFF2CC' },
    });
    expect(sheet.getCell('H2').numFmt).toBe('0.00%');
    expect(sheet.getCell('E3').font.italic).toBe(true);
    expect(sheet.getCell('E3').alignment).toEqual({ horizontal: 'right', vertical: 'top' });
  });

  it('keeps the default font ExcelJS wrote, Calibri 11', () => {
    const [font] = child(parseXml(parts.get('xl/styles.xml')!), 'fonts')!.children;
    expect(font.children.map((c) => [c.name, c.attributes.val])).toEqual([
      ['sz', '11'],
      ['name', 'Calibri'],
      ['family', '2'],
    ]);
  });

  it('sets column widths, row heights and merges larger than one cell', () => {
    expect(sheet.getColumn(1).width).toBe(50);
    expect(sheet.getColumn(2).width).toBe(14);
    expect(sheet.getRow(2).height).toBe(30);
    expect(sheet.getRow(4).height).toBe(45);
    expect(sheet.model.merges).toEqual(['A1:D1']);
  });

  it('freezes rows and columns with the pane Excel expects to be active', () => {
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', xSplit: 1, ySplit: 2, topLeftCell: 'B3' });
    expect(book.getWorksheet('Kiểm tra')!.views[0]).toMatchObject({ state: 'frozen', ySplit: 1, topLeftCell: 'A2' });
    expect(book.getWorksheet('Cột')!.views[0]).toMatchObject({ state: 'frozen', xSplit: 2, topLeftCell: 'C1' });
    const pane = (n: number) =>
      child(child(child(parseXml(parts.get(`xl/worksheets/sheet${n}.xml`)!), 'sheetViews')!, 'sheetView')!, 'pane')!
        .attributes;
    expect(pane(1)).toMatchObject({ xSplit: '1', ySplit: '2', activePane: 'bottomRight', state: 'frozen' });
    expect(pane(2)).toEqual({ ySplit: '1', topLeftCell: 'A2', activePane: 'bottomLeft', state: 'frozen' });
    expect(pane(3)).toEqual({ xSplit: '2', topLeftCell: 'C1', activePane: 'topRight', state: 'frozen' });
  });

  it('prints on A4 in the given orientation, fitted to the width, with repeated header rows', () => {
    expect(sheet.pageSetup).toMatchObject({
      orientation: 'landscape',
      paperSize: 9,
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
      printTitlesRow: '1:2',
    });
    expect(book.getWorksheet('Kiểm tra')!.pageSetup).toMatchObject({ orientation: 'portrait', paperSize: 9 });
    const names = children(child(parseXml(parts.get('xl/workbook.xml')!), 'definedNames')!, 'definedName');
    expect(names.map((n) => [n.attributes.name, n.attributes.localSheetId, n.attributes.hidden, n.text])).toEqual([
      ['_xlnm._FilterDatabase', '0', '1', "'Tổng hợp'!$A$2:$D$2"],
      ['_xlnm.Print_Titles', '0', undefined, "'Tổng hợp'!$1:$2"],
    ]);
  });

  it('puts the autofilter on the header row and colours the tab', () => {
    expect(sheet.autoFilter).toBe('A2:D2');
    expect(sheet.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
  });

  it('writes notes with their text', () => {
    expect(sheet.getCell('A2').note).toBe('Khớp với «Trạm BTS»\ndòng 2');
    expect(book.getWorksheet('Kiểm tra')!.getCell('A1').note).toBe('ghi chú');
    expect(sheet.getCell('H3').note).toBeUndefined();
  });

  it('links inside the workbook by location alone, and outside it by a relationship plus the location', () => {
    expect([...sheetLinks(parts, 1)]).toEqual([
      ['C2', "#'Kiểm tra'!B2"],
      ['D2', "bu_dop.xlsx#'Sheet1'!B17"],
      ['A3', "../in/Báo cáo Bù Đốp 100%.xlsx#'Sheet 1'!D9"],
      ['G3', 'https://example.com/a?b=1&c=2#top'],
    ]);
    const rels = [...relationships(parts, 'xl/worksheets/_rels/sheet1.xml.rels').values()].filter(
      (r) => r.type === 'hyperlink',
    );
    expect(rels).toEqual([
      { type: 'hyperlink', target: 'bu_dop.xlsx', external: true },
      { type: 'hyperlink', target: '../in/Báo%20cáo%20Bù%20Đốp%20100%25.xlsx', external: true },
      { type: 'hyperlink', target: 'https://example.com/a?b=1&c=2', external: true },
    ]);
    // ExcelJS sees the external ones (their file), as text with a hyperlink.
    expect(sheet.getCell('D2').value).toEqual({ text: 'bu_dop.xlsx', hyperlink: 'bu_dop.xlsx' });
    expect(sheet.getCell('C2').value).toBe('Xem ô nguồn');
  });

  it('keeps a linked number as a number, without the link', () => {
    expect(sheet.getCell('B3').value).toBe(42);
    expect(sheetLinks(parts, 1).has('B3')).toBe(false);
  });
});

describe('values Excel would refuse', () => {
  it('are brought within its limits: row heights, column widths, link lengths', async () => {
    const long = `${'thư-mục/'.repeat(300)}a.xlsx`;
    const bytes = xlsxBytes({
      sheets: [
        {
          name: 'S',
          rows: [
            [
              { value: 'a', link: `${long}#'S'!A1` },
              { value: 'b', link: "a%20b.xlsx#'S'!A1" },
            ],
          ],
          rowHeights: [1000],
          columnWidths: [500],
        },
      ],
    });
    const sheet = (await load(bytes)).getWorksheet('S')!;
    expect(sheet.getRow(1).height).toBe(409);
    expect(sheet.getColumn(1).width).toBe(255);
    expect(sheet.getCell('A1').value).toBe('a');
    expect([...sheetLinks(unzipParts(bytes), 1)]).toEqual([['B1', "a b.xlsx#'S'!A1"]]);
  });
});

describe('text that must stay text', () => {
  const dangerous: [label: string, input: string, expected: string][] = [
    ['a HYPERLINK formula', '=HYPERLINK("http://x","Bấm vào")', '=HYPERLINK("http://x","Bấm vào")'],
    ['a leading plus', '+1', '+1'],
    ['a leading minus', '-1', '-1'],
    ['a leading at', '@A1', '@A1'],
    ['a formula', '=1+1', '=1+1'],
    ['control characters', 'Số trạm\u0007 BTS\u0000', 'Số trạm BTS'],
    ['a lone surrogate', 'Họp \uD83D', 'Họp \uFFFD'],
    ['a lone low surrogate', '\uDE00x', '\uFFFDx'],
    ['an emoji', 'Họp 📹', 'Họp 📹'],
    ['NFC Vietnamese', 'Huyện Bù Đốp'.normalize('NFC'), 'Huyện Bù Đốp'.normalize('NFC')],
    ['NFD Vietnamese', 'Huyện Bù Đốp'.normalize('NFD'), 'Huyện Bù Đốp'.normalize('NFD')],
    ['a CDATA end', 'a ]]> b', 'a ]]> b'],
    ['markup characters', 'A & B < C > D "E" \'F\'', 'A & B < C > D "E" \'F\''],
    ['an escape Excel would decode', 'mã _x0041_ và _x005F_', 'mã _x0041_ và _x005F_'],
    ['leading and trailing spaces', '  lề  ', '  lề  '],
    ['tabs and line breaks', 'a\tb\nc\r\nd', 'a\tb\nc\r\nd'],
    ['a lone carriage return', 'a\rb', 'a\rb'],
    ['nothing', '', ''],
  ];
  let sheet: ExcelJS.Worksheet;
  let bytes: Uint8Array;
  beforeAll(async () => {
    const rows = dangerous.map(([, input]): CellSpec[] => [
      { value: input, note: input || 'x', link: `#'${input}'!A1` },
    ]);
    rows.push([{ value: 'x'.repeat(40000) }], [{ value: `${'x'.repeat(32766)}😀` }]);
    bytes = xlsxBytes({ sheets: [{ name: 'Văn bản', rows }] });
    sheet = (await load(bytes)).getWorksheet('Văn bản')!;
  });

  it.each(dangerous.map(([label, input, expected], i) => [label, input, expected, i + 1] as const))(
    'keeps %s as text',
    (_, input, expected, row) => {
      const cell = sheet.getCell(row, 1);
      expect(cell.type).toBe(ExcelJS.ValueType.String);
      expect(cell.value).toBe(expected);
      if (input) expect(cell.note).toBe(expected);
    },
  );

  it('never writes a formula', () => {
    expect(unzipParts(bytes).get('xl/worksheets/sheet1.xml')).not.toMatch(/<f[ >]/);
  });

  it('cuts text at 32,767 characters without splitting an emoji', () => {
    expect(sheet.getCell(dangerous.length + 1, 1).value).toBe('x'.repeat(32767));
    expect(sheet.getCell(dangerous.length + 2, 1).value).toBe('x'.repeat(32766));
    expect(safeText(`${'x'.repeat(32766)}😀`)).toHaveLength(32766);
  });

  it('writes link locations with the same characters', () => {
    const links = sheetLinks(unzipParts(bytes), 1);
    dangerous.forEach(([, , expected], i) => expect(links.get(`A${i + 1}`)).toBe(`#'${expected}'!A1`));
  });
});

describe('sheet names', () => {
  it('are made legal and unique as Excel requires, and the defined names use them', async () => {
    const print: SheetSpec['print'] = { orientation: 'portrait', paperSize: 'A4', repeatRows: [0, 0] };
    const names = [
      'Tổng hợp',
      'TỔNG HỢP',
      'a/b:c*d?e[f]g\\h',
      'x'.repeat(40),
      "Đối chiếu 'Q1' ",
      "'Nguồn'",
      'Số\u0007 liệu',
      '',
    ];
    const bytes = xlsxBytes({ sheets: names.map((name) => ({ name, rows: [[{ value: 1 }]], print })) });
    expect((await load(bytes)).worksheets.map((s) => s.name)).toEqual([
      'Tổng hợp',
      'TỔNG HỢP(2)',
      'a-b-c-d-e-f-g-h',
      'x'.repeat(31),
      "Đối chiếu 'Q1",
      'Nguồn',
      'Số liệu',
      'Sheet',
    ]);
    const defined = children(
      child(parseXml(unzipParts(bytes).get('xl/workbook.xml')!), 'definedNames')!,
      'definedName',
    ).map((n) => n.text);
    expect(defined).toContain("'TỔNG HỢP(2)'!$1:$1");
    expect(defined).toContain("'Đối chiếu ''Q1'!$1:$1");
  });

  it('gives an empty workbook one empty sheet, since Excel cannot open a workbook without one', async () => {
    const book = await load(xlsxBytes({ sheets: [] }));
    expect(book.worksheets.map((s) => s.name)).toEqual(['Sheet1']);
  });
});

describe('notes on many cells', () => {
  it('numbers the note shapes in blocks of 1,024 ids, unique across the workbook', async () => {
    const noted = (n: number): SheetSpec => ({
      name: `S${n}`,
      rows: Array.from({ length: n }, (_, r) => [{ value: r, note: `ghi chú ${r}` }]),
    });
    const bytes = xlsxBytes({ sheets: [noted(1100), noted(3)] });
    const parts = unzipParts(bytes);
    const vml = [1, 2].map((n) => parseXml(parts.get(`xl/drawings/vmlDrawing${n}.vml`)!));
    const idmap = vml.map((v) => child(child(v, 'o:shapelayout')!, 'o:idmap')!.attributes.data);
    expect(idmap).toEqual(['1,2', '3']);
    const ids = vml.flatMap((v) => children(v, 'v:shape').map((s) => Number(s.attributes.id.replace('_x0000_s', ''))));
    expect(new Set(ids).size).toBe(1103);
    expect(ids[0]).toBe(1025);
    expect(ids[1023]).toBe(2049);
    expect(ids[1100]).toBe(3073);
    const book = await load(bytes);
    expect(book.getWorksheet('S1100')!.getCell('A1100').note).toBe('ghi chú 1099');
    expect(book.getWorksheet('S3')!.getCell('A3').note).toBe('ghi chú 2');
  });
});

describe("links beyond Excel's limit", () => {
  it('keeps the first 65,530 links of a sheet and the text of every cell', () => {
    const rows = Array.from({ length: 65531 }, (_, r) => [{ value: `ô ${r}`, link: `#'S'!A${r + 1}` }]);
    const parts = unzipParts(xlsxBytes({ sheets: [{ name: 'S', rows }] }));
    const links = sheetLinks(parts, 1);
    expect(links.size).toBe(65530);
    expect(links.has('A65531')).toBe(false);
    expect(parts.get('xl/sharedStrings.xml')).toContain('<t>ô 65530</t>');
  });
});

describe('the package', () => {
  const WORKSHEET = [
    'sheetPr',
    'dimension',
    'sheetViews',
    'sheetFormatPr',
    'cols',
    'sheetData',
    'sheetCalcPr',
    'sheetProtection',
    'protectedRanges',
    'scenarios',
    'autoFilter',
    'sortState',
    'dataConsolidate',
    'customSheetViews',
    'mergeCells',
    'phoneticPr',
    'conditionalFormatting',
    'dataValidations',
    'hyperlinks',
    'printOptions',
    'pageMargins',
    'pageSetup',
    'headerFooter',
    'rowBreaks',
    'colBreaks',
    'customProperties',
    'cellWatches',
    'ignoredErrors',
    'smartTags',
    'drawing',
    'legacyDrawing',
    'legacyDrawingHF',
    'picture',
    'oleObjects',
    'controls',
    'webPublishItems',
    'tableParts',
    'extLst',
  ];
  const WORKBOOK = [
    'fileVersion',
    'fileSharing',
    'workbookPr',
    'workbookProtection',
    'bookViews',
    'sheets',
    'functionGroups',
    'externalReferences',
    'definedNames',
    'calcPr',
    'oleSize',
    'customWorkbookViews',
    'pivotCaches',
    'extLst',
  ];
  const STYLES = [
    'numFmts',
    'fonts',
    'fills',
    'borders',
    'cellStyleXfs',
    'cellXfs',
    'cellStyles',
    'dxfs',
    'tableStyles',
    'colors',
    'extLst',
  ];

  let samples: WorkbookSpec;
  beforeAll(async () => {
    samples = await samplesSpec();
  });

  const packages = (): [string, Uint8Array][] => [
    ['the rich spec', xlsxBytes(rich)],
    ['the samples summary', xlsxBytes(samples)],
    ['a protected form', xlsxBytes(protectedForm)],
  ];

  it('has [Content_Types].xml first and only well-formed XML parts', () => {
    for (const [, bytes] of packages()) {
      const parts = unzipParts(bytes);
      expect([...parts.keys()][0]).toBe('[Content_Types].xml');
      for (const [path, xml] of parts) expect(() => parseXml(xml, path)).not.toThrow();
    }
  });

  it('declares a content type for every part and resolves every internal relationship', () => {
    for (const [, bytes] of packages()) {
      const parts = unzipParts(bytes);
      const types = parseXml(parts.get('[Content_Types].xml')!);
      const defaults = new Set(children(types, 'Default').map((d) => d.attributes.Extension));
      const overrides = new Set(children(types, 'Override').map((o) => o.attributes.PartName.slice(1)));
      for (const path of parts.keys()) {
        if (path === '[Content_Types].xml') continue;
        expect(overrides.has(path) || defaults.has(path.split('.').pop()!)).toBe(true);
      }
      for (const part of overrides) expect(parts.has(part)).toBe(true);
      for (const relsPath of [...parts.keys()].filter((p) => p.endsWith('.rels'))) {
        const base = relsPath.replace(/_rels\/[^/]*\.rels$/, '');
        for (const rel of relationships(parts, relsPath).values()) {
          if (rel.external) continue;
          const target = new URL(rel.target, `http://x/${base}`).pathname.slice(1);
          expect(parts.has(target)).toBe(true);
        }
      }
    }
  });

  it('orders the elements as the schema sequences require', () => {
    for (const [, bytes] of packages()) {
      const parts = unzipParts(bytes);
      const workbook = parseXml(parts.get('xl/workbook.xml')!);
      expect(followsSequence(childOrder(workbook), WORKBOOK)).toBe(true);
      expect(followsSequence(childOrder(parseXml(parts.get('xl/styles.xml')!)), STYLES)).toBe(true);
      children(child(workbook, 'sheets')!, 'sheet').forEach((_, i) => {
        const sheet = parseXml(parts.get(`xl/worksheets/sheet${i + 1}.xml`)!);
        expect(followsSequence(childOrder(sheet), WORKSHEET)).toBe(true);
        const sheetPr = child(sheet, 'sheetPr');
        if (sheetPr) expect(followsSequence(childOrder(sheetPr), ['tabColor', 'outlinePr', 'pageSetUpPr'])).toBe(true);
        const view = child(child(sheet, 'sheetViews')!, 'sheetView')!;
        expect(followsSequence(childOrder(view).length ? childOrder(view) : ['pane'], ['pane', 'selection'])).toBe(
          true,
        );
      });
    }
  });

  it('refers only to styles, strings and sheets that exist, with counts that match', () => {
    for (const [, bytes] of packages()) {
      const parts = unzipParts(bytes);
      const styles = parseXml(parts.get('xl/styles.xml')!);
      const list = (name: string): XmlNode[] => {
        const node = child(styles, name);
        if (node) expect(Number(node.attributes.count)).toBe(node.children.length);
        return node?.children ?? [];
      };
      const custom = new Set(list('numFmts').map((f) => Number(f.attributes.numFmtId)));
      const [fonts, fills, borders, xfs] = ['fonts', 'fills', 'borders', 'cellXfs'].map((n) => list(n).length);
      expect(
        list('fills')
          .slice(0, 2)
          .map((f) => child(f, 'patternFill')!.attributes.patternType),
      ).toEqual(['none', 'gray125']);
      for (const xf of list('cellXfs')) {
        const id = Number(xf.attributes.numFmtId);
        expect(id < 164 || custom.has(id)).toBe(true);
        expect(Number(xf.attributes.fontId)).toBeLessThan(fonts);
        expect(Number(xf.attributes.fillId)).toBeLessThan(fills);
        expect(Number(xf.attributes.borderId)).toBeLessThan(borders);
      }
      const sst = parseXml(parts.get('xl/sharedStrings.xml')!);
      const unique = children(sst, 'si').length;
      expect(Number(sst.attributes.uniqueCount)).toBe(unique);
      const sheets = children(child(parseXml(parts.get('xl/workbook.xml')!), 'sheets')!, 'sheet');
      let stringCells = 0;
      sheets.forEach((_, i) => {
        const sheet = parseXml(parts.get(`xl/worksheets/sheet${i + 1}.xml`)!);
        for (const row of children(child(sheet, 'sheetData')!, 'row')) {
          for (const c of children(row, 'c')) {
            expect(Number(c.attributes.s ?? 0)).toBeLessThan(xfs);
            if (c.attributes.t === 's') {
              stringCells++;
              expect(Number(child(c, 'v')!.text)).toBeLessThan(unique);
            }
          }
        }
        const merges = child(sheet, 'mergeCells');
        if (merges) expect(Number(merges.attributes.count)).toBe(merges.children.length);
      });
      expect(Number(sst.attributes.count)).toBe(stringCells);
    }
  });

  it('is the same package with a native gzip as with fflate', () => {
    const plain = unzipParts(xlsxBytes(samples, { created }));
    const native = unzipParts(xlsxBytes(samples, { created, gzip: nativeGzip }));
    expect([...native.keys()]).toEqual([...plain.keys()]);
    for (const [path, xml] of plain) expect(native.get(path)).toBe(xml);
  });

  it('reads the deflate stream and CRC out of a gzip member with optional header fields', () => {
    const data = new TextEncoder().encode('<x>Tổng hợp</x>');
    const member = gzipSync(data);
    // The same member with a file name (FNAME) and a comment (FCOMMENT) in its header.
    const named = new Uint8Array([
      ...member.subarray(0, 3),
      member[3] | 8 | 16,
      ...member.subarray(4, 10),
      ...new TextEncoder().encode('a.xml\0c\0'),
      ...member.subarray(10),
    ]);
    const plain = fromGzip(new Uint8Array(member));
    expect(fromGzip(named)).toEqual(plain);
    expect(plain.deflated.length).toBe(member.length - 18);
    expect(() => fromGzip(data)).toThrow(/gzip/);
  });
});

describe('the samples summary written by xlsxBytes and by ExcelJS', () => {
  let spec: WorkbookSpec;
  let before: ExcelJS.Workbook;
  let after: ExcelJS.Workbook;
  let afterParts: Map<string, string>;
  beforeAll(async () => {
    spec = await samplesSpec();
    before = await load(await exceljsBuffer(spec));
    const bytes = xlsxBytes(spec, { gzip: nativeGzip });
    after = await load(bytes);
    afterParts = unzipParts(bytes);
  });

  it('has the same sheets', () => {
    expect(after.worksheets.map((s) => s.name)).toEqual(before.worksheets.map((s) => s.name));
  });

  it('has the same values, types, styles and notes in every cell', () => {
    let compared = 0;
    let notes = 0;
    before.worksheets.forEach((old, i) => {
      const fresh = after.worksheets[i];
      const rows = Math.max(old.rowCount, fresh.rowCount);
      const cols = Math.max(old.columnCount, fresh.columnCount);
      for (let r = 1; r <= rows; r++) {
        for (let c = 1; c <= cols; c++) {
          const want = cellFacts(old.getCell(r, c));
          const got = cellFacts(fresh.getCell(r, c));
          if (JSON.stringify(got) !== JSON.stringify(want))
            expect({ sheet: old.name, cell: old.getCell(r, c).address, ...got }).toEqual({
              sheet: old.name,
              cell: old.getCell(r, c).address,
              ...want,
            });
          compared++;
          if (want.note) notes++;
        }
      }
    });
    expect(compared).toBeGreaterThan(5000);
    expect(notes).toBeGreaterThan(20);
  });

  it('has the same links', () => {
    before.worksheets.forEach((old, i) => {
      const want = new Map<string, string>();
      old.eachRow((row) => row.eachCell((cell) => cell.hyperlink && want.set(cell.address, cell.hyperlink)));
      expect(sheetLinks(afterParts, i + 1)).toEqual(want);
    });
    expect(before.worksheets.reduce((n, _, i) => n + sheetLinks(afterParts, i + 1).size, 0)).toBeGreaterThan(100);
  });

  it('has the same widths, heights, merges, views, printing, filter and tab colour', () => {
    before.worksheets.forEach((old, i) => {
      const fresh = after.worksheets[i];
      expect(sheetFacts(fresh)).toEqual(sheetFacts(old));
    });
  });
});

describe('LibreOffice', () => {
  const soffice = '/usr/bin/soffice';
  const run = existsSync(soffice) ? it : it.skip;
  const convert = (to: string, out: string, files: string[]) =>
    spawnSync(
      soffice,
      [
        `-env:UserInstallation=file://${join(dir, 'lo-profile')}`,
        '--headless',
        '--convert-to',
        to,
        '--outdir',
        out,
        ...files,
      ],
      {
        encoding: 'utf8',
        timeout: 55000,
      },
    );

  run(
    'opens the written file and converts it to CSV, text and numbers as written',
    async () => {
      const spec: WorkbookSpec = {
        sheets: [
          {
            ...rich.sheets[0],
            rows: [
              ...rich.sheets[0].rows,
              [
                { value: '=HYPERLINK("http://x")' },
                { value: 'mã _x0041_' },
                { value: 'Huyện Bù Đốp'.normalize('NFD') },
              ],
            ],
          },
          ...(await samplesSpec()).sheets,
        ],
      };
      // Both ways of zipping: fflate's (any platform) and the command line's native gzip.
      const files = {
        'tong-hop-fflate.xlsx': xlsxBytes(spec),
        'tong-hop-zlib.xlsx': xlsxBytes(spec, { gzip: nativeGzip }),
      };
      for (const [name, bytes] of Object.entries(files)) await writeFile(join(dir, name), bytes);
      const out = join(dir, 'csv');
      const result = convert(
        'csv:Text - txt - csv (StarCalc):44,34,76,1',
        out,
        Object.keys(files).map((f) => join(dir, f)),
      );
      expect(result.status).toBe(0);
      for (const name of Object.keys(files)) {
        const csv = await readFile(join(out, name.replace('.xlsx', '.csv')), 'utf8');
        expect(csv).toContain('TỔNG HỢP SỐ LIỆU');
        expect(csv).toContain('Số trạm BTS');
        expect(csv).toContain('"1,234.5"');
        // As text, not evaluated as a formula.
        expect(csv).toContain('"=HYPERLINK(""http://x"")"');
        expect(csv).toContain('mã _x0041_');
        expect(csv.normalize('NFC')).toContain('Huyện Bù Đốp');
      }
    },
    60000,
  );

  run(
    'reads the notes, links, styles, print titles, filter and tab colour (saved again as .xlsx)',
    async () => {
      await writeFile(join(dir, 'again.xlsx'), xlsxBytes(rich, { gzip: nativeGzip }));
      const out = join(dir, 'again');
      expect(convert('xlsx', out, [join(dir, 'again.xlsx')]).status).toBe(0);
      const bytes = new Uint8Array(await readFile(join(out, 'again.xlsx')));
      const sheet = (await load(bytes)).getWorksheet('Tổng hợp')!;
      const noteText = (cell: ExcelJS.Cell): string | undefined => {
        const note = cell.note;
        return typeof note === 'string' || note === undefined ? note : (note.texts ?? []).map((t) => t.text).join('');
      };
      expect(noteText(sheet.getCell('A2'))).toBe('Khớp với «Trạm BTS»\ndòng 2');
      expect(sheet.getCell('A1').font).toMatchObject({ bold: true, size: 14 });
      expect(sheet.getCell('B2').fill).toMatchObject({ pattern: 'solid', fgColor: { argb: 'FFFFF2CC' } });
      expect(sheet.getCell('B2').numFmt).toBe('#,##0.0');
      expect(sheet.model.merges).toEqual(['A1:D1']);
      expect(sheet.pageSetup).toMatchObject({ orientation: 'landscape', paperSize: 9, printTitlesRow: '1:2' });
      expect(sheet.autoFilter).toBe('A2:D2');
      expect(sheet.properties.tabColor).toEqual({ argb: 'FF1F4E79' });
      // LibreOffice keeps each link; a relative file is written relative to where it saved the copy.
      const links = sheetLinks(unzipParts(bytes), 1);
      expect(links.get('C2')).toBe("#'Kiểm tra'!B2");
      expect(links.get('D2')).toBe("../bu_dop.xlsx#'Sheet1'!B17");
      expect(links.get('G3')).toBe('https://example.com/a?b=1&c=2#top');
    },
    60000,
  );
});

describe('src/xlsx/write', () => {
  const root = join(__dirname, '..', '..', 'src', 'xlsx', 'write');
  const sources = readdirSync(root)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: f, text: readFileSync(join(root, f), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '') }));

  it('imports only fflate, the pure core (spec types, addresses) and its own modules, so a browser worker can run it', () => {
    const imports = sources.flatMap((s) =>
      [...s.text.matchAll(/from\s+['"]([^'"]+)['"]|require\(/g)].map((m) => m[1] ?? 'require('),
    );
    expect(new Set(imports.filter((i) => !i.startsWith('./')))).toEqual(
      new Set(['fflate', '../../core/model', '../../core/address/address']),
    );
  });

  it('uses no Node or DOM globals and no `any`', () => {
    const offenders = sources.filter((s) =>
      /\b(window|document|process|Buffer|__dirname|require|setTimeout)\s*[.(]|:\s*any\b|as\s+any\b/.test(s.text),
    );
    expect(offenders.map((s) => s.file)).toEqual([]);
  });
});

/** The summary of the bundled Bình Phước samples, linked to their files as the command line links them. */
async function samplesSpec(): Promise<WorkbookSpec> {
  const files = (await readdir(SAMPLES)).filter((f) => f.endsWith('.xlsx')).sort();
  const grids = (await Promise.all(files.map((f) => readXlsxFile(join(SAMPLES, f), f)))).flat();
  const expectedUnits = parseUnitList(await readFile(join(SAMPLES, 'units.txt'), 'utf8'));
  const result = consolidate(grids, { catalog: defaultCatalog, expectedUnits });
  return renderWorkbook(result, {
    generatedAt: '2026-07-15',
    province: 'Bình Phước',
    sourceLink: (ref) => `../samples/binh-phuoc-2022/${ref.file}#'${ref.sheet.replace(/'/g, "''")}'!${ref.address}`,
  });
}

/** What the spec controls in a cell, as ExcelJS reads it (defaults spelled out, links as their text). */
function cellFacts(cell: ExcelJS.Cell) {
  const raw = cell.value;
  const value = raw !== null && typeof raw === 'object' && 'text' in raw ? raw.text : raw;
  const note = cell.note;
  return {
    value: value ?? null,
    type: typeof value,
    bold: Boolean(cell.font?.bold),
    italic: Boolean(cell.font?.italic),
    size: cell.font?.size ?? 11,
    color: cell.font?.color?.argb ?? null,
    fill: cell.fill?.type === 'pattern' && cell.fill.pattern === 'solid' ? (cell.fill.fgColor?.argb ?? null) : null,
    horizontal: cell.alignment?.horizontal ?? null,
    vertical: cell.alignment?.vertical ?? null,
    wrap: Boolean(cell.alignment?.wrapText),
    border: [cell.border?.top, cell.border?.left, cell.border?.bottom, cell.border?.right].map((b) =>
      b ? `${b.style} ${b.color?.argb}` : null,
    ),
    numFmt: cell.numFmt && cell.numFmt !== 'General' ? cell.numFmt : null,
    note: typeof note === 'string' ? note : note ? JSON.stringify(note.texts) : null,
  };
}

function sheetFacts(sheet: ExcelJS.Worksheet) {
  const view = (sheet.views ?? [])[0] ?? {};
  const frozen =
    view.state === 'frozen'
      ? { xSplit: view.xSplit || 0, ySplit: view.ySplit || 0, topLeftCell: view.topLeftCell }
      : null;
  const widths = Array.from({ length: sheet.columnCount }, (_, c) => sheet.getColumn(c + 1).width ?? null);
  const heights: (number | null)[] = [];
  sheet.eachRow({ includeEmpty: true }, (row, r) => {
    heights[r - 1] = row.height ?? null;
  });
  const { orientation, paperSize, fitToPage, fitToWidth, fitToHeight, printTitlesRow, printTitlesColumn, margins } =
    sheet.pageSetup;
  return {
    frozen,
    widths,
    heights,
    merges: [...sheet.model.merges].sort(),
    print: {
      orientation,
      paperSize,
      fitToPage: Boolean(fitToPage),
      fitToWidth: fitToPage ? fitToWidth : null,
      fitToHeight: fitToPage ? fitToHeight : null,
      printTitlesRow,
      printTitlesColumn,
      margins,
    },
    footer: sheet.headerFooter?.oddFooter ?? null,
    autoFilter: sheet.autoFilter ?? null,
    tabColor: sheet.properties.tabColor ?? null,
  };
}
