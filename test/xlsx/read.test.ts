import ExcelJS from 'exceljs';
import fc from 'fast-check';
import { strToU8, zipSync } from 'fflate';
import { execFile } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import { findLibreOffice } from '../../src/cli/libreoffice';
import { readXlsxFile, workbookToGrids } from '../../src/cli/read-xlsx';
import type { Grid } from '../../src/core/model';
import { gridsFromXlsx, type ReadLimits } from '../../src/xlsx/read';
import { MAX_PART_BYTES } from '../../src/xlsx/read/zip';

const ROOT = join(__dirname, '..', '..');
const SEEDS = join(ROOT, '..', 'shared', 'seeds');
const BAD = join(ROOT, 'test', 'fixtures', 'bad');

/** The old path of readXlsxFile: ExcelJS loads the file, workbookToGrids reads the grids. */
async function viaExcelJs(bytes: Uint8Array, file: string, limits?: ReadLimits): Promise<Grid[]> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ExcelJS.Buffer);
  return workbookToGrids(workbook, file, limits);
}

function xlsxFilesUnder(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return (readdirSync(dir, { recursive: true }) as string[])
    .filter((f) => f.toLowerCase().endsWith('.xlsx'))
    .map((f) => join(dir, f));
}

describe('every .xlsx of the repository reads as ExcelJS reads it', () => {
  const files = [
    ...xlsxFilesUnder(join(ROOT, 'samples')),
    ...xlsxFilesUnder(join(ROOT, 'test')),
    ...xlsxFilesUnder(SEEDS),
  ].sort();
  const skipped: string[] = [];
  afterAll(() => {
    // Files ExcelJS cannot read have no reference to compare with (the bad-input tests cover them).
    if (skipped.length > 0) console.info(`Not compared, ExcelJS cannot read them:\n  ${skipped.join('\n  ')}`);
  });

  it('finds the corpus', () => {
    expect(files.length).toBeGreaterThan(30);
  });

  it.each(files.map((f) => [relative(ROOT, f), f]))('%s', async (_, path) => {
    const bytes = readFileSync(path);
    const expected = await viaExcelJs(bytes, 'f.xlsx').catch(() => null);
    if (expected === null) {
      skipped.push(relative(ROOT, path));
      return;
    }
    expect(gridsFromXlsx(bytes, 'f.xlsx')).toEqual(expected);
    // Small limits cut through merges, rows and columns: `truncated` must match too.
    const small = { maxRows: 7, maxCols: 3 };
    expect(gridsFromXlsx(bytes, 'f.xlsx', small)).toEqual(await viaExcelJs(bytes, 'f.xlsx', small));
  });
});

const libreOffice = findLibreOffice();

(libreOffice ? describe : describe.skip)('files written by LibreOffice read as ExcelJS reads them', () => {
  let dir: string;
  let converted: string[] = [];
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tonghop-read-lo-'));
    const inputs = [
      ...xlsxFilesUnder(join(ROOT, 'samples')).slice(0, 6),
      join(BAD, 'bao-cao.ods'),
      join(BAD, 'bao-cao-cu.xls'),
    ];
    // Its own profile, so a LibreOffice started by another test does not take the request.
    const profile = pathToFileURL(join(dir, 'profile')).href;
    await new Promise<void>((resolve) => {
      execFile(
        libreOffice ?? 'soffice',
        [
          `-env:UserInstallation=${profile}`,
          '--headless',
          '--convert-to',
          'xlsx',
          '--outdir',
          join(dir, 'out'),
          ...inputs,
        ],
        { timeout: 120_000 },
        () => resolve(),
      );
    });
    converted = (await readdir(join(dir, 'out')).catch(() => [] as string[])).map((f) => join(dir, 'out', f));
  }, 150_000);
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('converts the samples', () => {
    expect(converted.length).toBeGreaterThanOrEqual(6);
  });

  it('gives the same grids for each converted file', async () => {
    for (const path of converted) {
      const bytes = readFileSync(path);
      expect({ path, grids: gridsFromXlsx(bytes, 'lo.xlsx') }).toEqual({
        path,
        grids: await viaExcelJs(bytes, 'lo.xlsx'),
      });
    }
  });
});

// ─── Random workbooks written by ExcelJS ─────────────────────────────────────────────────────────────────────

const TEXTS = [
  'Số trạm BTS',
  'Số trạm BTS'.normalize('NFD'),
  'UBND HUYỆN BÙ ĐỐP',
  'Th«ng tin',
  '§iÓm phôc vô',
  'Thoâng tin',
  'hoà / hòa, thuỷ / thủy',
  '1.300',
  '16,2%',
  'khoảng 91.000',
  '187/200 xã',
  '03',
  '<b>TT&TT</b> "ngoặc kép" \'đơn\'',
  '&amp; &lt; &#65; ]]> <![CDATA[x]]>',
  '=HYPERLINK("https://x.gov.vn","Cổng")',
  '  khoảng trắng đầu cuối  ',
  'dòng 1\ndòng 2',
  'a_x000D_b _x005F_x0041_',
  '\u00ad\u200b',
  '',
];

const FONTS = ['.VnTime', '.VnTimeH', 'VNI-Times', 'Times New Roman', 'Arial'];
const FORMATS = [
  '0.0%',
  '#,##0',
  '#,##0.00',
  'dd/mm/yyyy',
  'mm-dd-yy',
  'yyyy-mm-dd hh:mm',
  '@',
  '0.00',
  '#,##0 "người"',
  '[h]:mm',
];
const ERRORS = ['#N/A', '#REF!', '#DIV/0!', '#VALUE!', '#NAME?'];

const text = fc.oneof(
  fc.constantFrom(...TEXTS),
  fc.string({ maxLength: 12 }),
  fc.string({ unit: 'grapheme', maxLength: 8 }),
);
const number = fc.oneof(
  fc.integer({ min: -1_000_000, max: 1_000_000 }),
  fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true }),
  fc.constantFrom(0, -0.5, 0.928, 1e15, 1e-7, 43646),
);
const date = fc
  .date({ min: new Date(Date.UTC(1990, 0, 1)), max: new Date(Date.UTC(2040, 0, 1)), noInvalidDate: true })
  .map((d) => new Date(Math.round(d.getTime() / 1000) * 1000));

const value: fc.Arbitrary<ExcelJS.CellValue> = fc.oneof(
  { weight: 4, arbitrary: text },
  { weight: 4, arbitrary: number },
  { weight: 1, arbitrary: fc.boolean() },
  { weight: 1, arbitrary: date },
  { weight: 1, arbitrary: fc.constantFrom(...ERRORS).map((error) => ({ error }) as ExcelJS.CellErrorValue) },
  {
    weight: 1,
    arbitrary: fc
      .array(fc.record({ text, bold: fc.boolean() }), { minLength: 1, maxLength: 3 })
      .map((runs) => ({ richText: runs.map((r) => ({ text: r.text, font: { bold: r.bold } })) })),
  },
  {
    weight: 1,
    arbitrary: fc.record({
      text: text.filter((t) => t !== ''),
      hyperlink: fc.constantFrom('https://budop.binhphuoc.gov.vn', 'mailto:a@b.vn', 'https://x.vn/?a=1&b=2'),
    }),
  },
  {
    weight: 2,
    arbitrary: fc
      .oneof(
        number,
        text,
        fc.boolean(),
        date,
        fc.constantFrom(...ERRORS).map((error) => ({ error })),
        fc.constant(undefined),
      )
      .map((result) => ({ formula: 'SUM(A1:A2)', result }) as ExcelJS.CellFormulaValue),
  },
  { weight: 1, arbitrary: fc.constant(null) },
);

type CellPlan = { row: number; col: number; value: ExcelJS.CellValue; font?: string; numFmt?: string };
type SheetPlan = {
  name: string;
  state: 'visible' | 'hidden' | 'veryHidden';
  cells: CellPlan[];
  merges: [number, number, number, number][];
  hiddenRows: number[];
  rowFonts: [number, string][];
  columnFormats: [number, string][];
  sharedFormula: boolean;
};

const cellPlan: fc.Arbitrary<CellPlan> = fc.record(
  {
    row: fc.integer({ min: 1, max: 14 }),
    col: fc.integer({ min: 1, max: 8 }),
    value,
    font: fc.constantFrom(...FONTS),
    numFmt: fc.constantFrom(...FORMATS),
  },
  { requiredKeys: ['row', 'col', 'value'] },
);

const sheetPlan: fc.Arbitrary<SheetPlan> = fc.record({
  name: fc.string({ minLength: 1, maxLength: 40 }),
  state: fc.constantFrom('visible', 'visible', 'hidden', 'veryHidden'),
  cells: fc.array(cellPlan, { maxLength: 40 }),
  merges: fc.array(
    fc.tuple(
      fc.integer({ min: 1, max: 16 }),
      fc.integer({ min: 1, max: 9 }),
      fc.integer({ min: 0, max: 3 }),
      fc.integer({ min: 0, max: 3 }),
    ),
    { maxLength: 4 },
  ),
  hiddenRows: fc.array(fc.integer({ min: 1, max: 16 }), { maxLength: 3 }),
  rowFonts: fc.array(fc.tuple(fc.integer({ min: 1, max: 16 }), fc.constantFrom(...FONTS)), { maxLength: 2 }),
  columnFormats: fc.array(fc.tuple(fc.integer({ min: 1, max: 9 }), fc.constantFrom(...FORMATS)), { maxLength: 2 }),
  sharedFormula: fc.boolean(),
});

/** A sheet name Excel (and ExcelJS) accepts, unique in the workbook. */
function sheetName(wanted: string, index: number, taken: Set<string>): string {
  let name =
    wanted
      .replace(/[*?:/\\[\]]/g, '_')
      .replace(/^'+|'+$/g, '')
      .slice(0, 31) || `Trang ${index + 1}`;
  if (name === 'History' || taken.has(name.toLowerCase())) name = `Trang ${index + 1}`;
  taken.add(name.toLowerCase());
  return name;
}

function buildWorkbook(plans: SheetPlan[], date1904: boolean): ExcelJS.Workbook {
  const book = new ExcelJS.Workbook();
  book.properties.date1904 = date1904;
  const taken = new Set<string>();
  plans.forEach((plan, index) => {
    const sheet = book.addWorksheet(sheetName(plan.name, index, taken));
    sheet.state = plan.state;
    for (const [col, numFmt] of plan.columnFormats) sheet.getColumn(col).numFmt = numFmt;
    for (const [row, font] of plan.rowFonts) sheet.getRow(row).font = { name: font };
    for (const c of plan.cells) {
      const cell = sheet.getCell(c.row, c.col);
      cell.value = c.value;
      if (c.font) cell.font = { name: c.font, size: 12 };
      if (c.numFmt) cell.numFmt = c.numFmt;
    }
    if (plan.sharedFormula) {
      // Right of every merge: a master merged away would make ExcelJS refuse to write the workbook.
      sheet.getCell('N1').value = { formula: 'A1*2', result: 4 };
      sheet.getCell('N2').value = { sharedFormula: 'N1', result: 0 } as ExcelJS.CellValue;
      sheet.getCell('N3').value = { sharedFormula: 'N1', result: 7 } as ExcelJS.CellValue;
    }
    const used: [number, number, number, number][] = [];
    for (const [top, left, down, right] of plan.merges) {
      const m: [number, number, number, number] = [top, left, top + down, left + right];
      const overlaps = used.some((u) => m[0] <= u[2] && u[0] <= m[2] && m[1] <= u[3] && u[1] <= m[3]);
      if (overlaps || (down === 0 && right === 0)) continue;
      used.push(m);
      sheet.mergeCells(m[0], m[1], m[2], m[3]);
    }
    for (const row of plan.hiddenRows) sheet.getRow(row).hidden = true;
  });
  return book;
}

describe('random workbooks written by ExcelJS read as ExcelJS reads them', () => {
  it('agrees on values, formats, fonts, merges, hidden rows and sheets, and limits', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(sheetPlan, { minLength: 1, maxLength: 3 }),
        fc.boolean(),
        fc.boolean(),
        async (plans, date1904, useSharedStrings) => {
          const bytes = new Uint8Array(
            (await buildWorkbook(plans, date1904).xlsx.writeBuffer({ useSharedStrings })) as ArrayBuffer,
          );
          expect(gridsFromXlsx(bytes, 'r.xlsx')).toEqual(await viaExcelJs(bytes, 'r.xlsx'));
          const small = { maxRows: 9, maxCols: 5 };
          expect(gridsFromXlsx(bytes, 'r.xlsx', small)).toEqual(await viaExcelJs(bytes, 'r.xlsx', small));
        },
      ),
      { numRuns: 100 },
    );
  }, 60_000);
});

// ─── Hand-made parts: what ExcelJS never writes, with the answer known from the spec ──────────────────────────

const MAIN = 'http://schemas.openxmlformats.org/spreadsheetml/2006/main';
const REL = 'http://schemas.openxmlformats.org/officeDocument/2006/relationships';
const PKG = 'http://schemas.openxmlformats.org/package/2006/relationships';

function zip(parts: Record<string, string | Uint8Array>): Uint8Array {
  return zipSync(
    Object.fromEntries(
      Object.entries(parts).map(([name, data]) => [name, typeof data === 'string' ? strToU8(data) : data]),
    ),
  );
}

function rels(...items: [id: string, type: string, target: string][]): string {
  const body = items
    .map(
      ([id, type, target]) =>
        `<Relationship Id="${id}" Type="${type.includes('/') ? type : `${REL}/${type}`}" Target="${target}"/>`,
    )
    .join('');
  return `<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n<Relationships xmlns="${PKG}">${body}</Relationships>`;
}

/** A minimal workbook: one sheet per entry (name → sheetData XML), with optional shared strings and styles. */
function book(
  sheets: Record<string, string>,
  extra: { sst?: string; styles?: string; workbookPr?: string } = {},
): Uint8Array {
  const names = Object.keys(sheets);
  const parts: Record<string, string> = {
    '_rels/.rels': rels(['rId1', 'officeDocument', 'xl/workbook.xml']),
    'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}">${extra.workbookPr ?? ''}<sheets>${names.map((n, i) => `<sheet name="${n}" sheetId="${i + 1}" r:id="rId${i + 1}"/>`).join('')}</sheets></workbook>`,
    'xl/_rels/workbook.xml.rels': rels(
      ...names.map((_, i): [string, string, string] => [`rId${i + 1}`, 'worksheet', `worksheets/sheet${i + 1}.xml`]),
      ['rIdS', 'sharedStrings', 'sharedStrings.xml'],
      ['rIdT', 'styles', 'styles.xml'],
    ),
  };
  names.forEach((n, i) => {
    parts[`xl/worksheets/sheet${i + 1}.xml`] =
      `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>${sheets[n]}</sheetData></worksheet>`;
  });
  if (extra.sst) parts['xl/sharedStrings.xml'] = `<sst xmlns="${MAIN}">${extra.sst}</sst>`;
  if (extra.styles) parts['xl/styles.xml'] = `<styleSheet xmlns="${MAIN}">${extra.styles}</styleSheet>`;
  return zip(parts);
}

const values = (bytes: Uint8Array, sheet = 0): Grid['values'] => gridsFromXlsx(bytes, 'h.xlsx')[sheet].values;

/** Styles with a date format (id 14) at s="1", a percentage at s="2", a custom code at s="3". */
const DATE_STYLES = `<numFmts count="1"><numFmt numFmtId="164" formatCode="#,##0\\ &quot;đ&quot;"/></numFmts><fonts count="2"><font><name val="Calibri"/></font><font><name val=".VnTime"/></font></fonts><cellXfs count="4"><xf numFmtId="0" fontId="0"/><xf numFmtId="14" fontId="0"/><xf numFmtId="10" fontId="1"/><xf numFmtId="164" fontId="1"/></cellXfs>`;

describe('reading parts that ExcelJS never writes', () => {
  it('reads OpenXML SDK parts whose elements carry an x: prefix, through absolute targets', () => {
    const x = `xmlns:x="${MAIN}" xmlns:r="${REL}"`;
    const bytes = zip({
      '_rels/.rels': rels(['R1', 'officeDocument', '/xl/workbook.xml']),
      'xl/workbook.xml': `<x:workbook ${x}><x:sheets><x:sheet name="Báo cáo" sheetId="1" r:id="R2"/></x:sheets></x:workbook>`,
      'xl/_rels/workbook.xml.rels': rels(
        ['R2', 'worksheet', '/xl/worksheets/sheet1.xml'],
        ['R3', 'sharedStrings', '/xl/sharedStrings.xml'],
      ),
      'xl/worksheets/sheet1.xml': `<x:worksheet ${x}><x:sheetData><x:row r="1"><x:c r="A1" t="s"><x:v>0</x:v></x:c><x:c r="B1"><x:v>12</x:v></x:c></x:row></x:sheetData><x:mergeCells><x:mergeCell ref="B2:C2"/></x:mergeCells></x:worksheet>`,
      'xl/sharedStrings.xml': `<x:sst ${x}><x:si><x:t>Số trạm BTS</x:t></x:si></x:sst>`,
    });
    const [grid] = gridsFromXlsx(bytes, 'sdk.xlsx');
    expect(grid.name).toBe('Báo cáo');
    expect(grid.values).toEqual([['Số trạm BTS', 12]]);
    expect(grid.merges).toEqual([{ top: 1, left: 1, bottom: 1, right: 2 }]);
  });

  it('finds the workbook through _rels/.rels wherever it is, and its sheets relative to it', () => {
    const bytes = zip({
      '_rels/.rels': rels(['rId1', 'officeDocument', 'bang-tinh/so-lieu.xml']),
      'bang-tinh/so-lieu.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="A" sheetId="1" r:id="s1"/></sheets></workbook>`,
      'bang-tinh/_rels/so-lieu.xml.rels': rels(['s1', 'worksheet', 'trang/../trang/mot.xml']),
      'bang-tinh/trang/mot.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>7</v></c></row></sheetData></worksheet>`,
    });
    expect(values(bytes)).toEqual([[7]]);
  });

  it('reads strict OOXML, whose namespaces and relationship types have other URIs', () => {
    const strict = 'http://purl.oclc.org/ooxml/officeDocument/relationships';
    const bytes = zip({
      '_rels/.rels': rels(['rId1', `${strict}/officeDocument`, 'xl/workbook.xml']),
      'xl/workbook.xml': `<workbook xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main" xmlns:r="${strict}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': rels(['rId1', `${strict}/worksheet`, 'worksheets/sheet1.xml']),
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="http://purl.oclc.org/ooxml/spreadsheetml/main"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>strict</t></is></c></row></sheetData></worksheet>`,
    });
    expect(values(bytes)).toEqual([['strict']]);
  });

  it('reads inline strings: plain, rich text runs, and without their phonetic runs', () => {
    const bytes = book({
      S: `<row r="1"><c r="A1" t="inlineStr"><is><t>Xã Tân Tiến</t></is></c><c r="B1" t="inlineStr"><is><r><t xml:space="preserve">BÁO </t></r><r><rPr><b/><rFont val="Times New Roman"/></rPr><t>CÁO</t></r></is></c><c r="C1" t="inlineStr"><is><t>東京</t><rPh sb="0" eb="2"><t>トウキョウ</t></rPh><phoneticPr fontId="1"/></is></c><c r="D1" t="inlineStr"><is><t/></is></c></row>`,
    });
    expect(values(bytes)).toEqual([['Xã Tân Tiến', 'BÁO CÁO', '東京']]);
  });

  it('places rows and cells written without r after the previous ones', () => {
    const bytes = book({
      S: `<row><c><v>1</v></c><c><v>2</v></c></row><row><c t="inlineStr"><is><t>x</t></is></c></row><row r="5"><c r="C5"><v>3</v></c><c><v>4</v></c></row>`,
    });
    expect(values(bytes)).toEqual([[1, 2], ['x'], [], [], [null, null, 3, 4]]);
  });

  it('reads shared strings: rich runs joined, phonetic runs left out, spaces kept, Excel escapes decoded', () => {
    const bytes = book(
      {
        S: `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c><c r="C1" t="s"><v>2</v></c><c r="D1" t="s"><v>3</v></c></row>`,
      },
      {
        sst: `<si><r><t>東</t></r><r><rPr><sz val="11"/></rPr><t>京</t></r><rPh sb="0" eb="1"><t>トウ</t></rPh><phoneticPr fontId="1"/></si><si><t xml:space="preserve">  có khoảng trắng  </t></si><si><t>dòng 1_x000D_
dòng 2</t></si><si><t>_x005F_x0041_</t></si>`,
      },
    );
    expect(values(bytes)).toEqual([['東京', '  có khoảng trắng  ', 'dòng 1\r\ndòng 2', '_x0041_']]);
  });

  it('decodes entities and character references in text and in sheet names', () => {
    const bytes = book(
      {
        'Q&amp;A': `<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="inlineStr"><is><t>&#272;&#x1EA1;i &lt;3</t></is></c></row>`,
      },
      { sst: `<si><t>TT&amp;TT &lt;b&gt; &quot;x&quot; &apos;y&apos; &#272;&#x1ea1;i &amp;amp;</t></si>` },
    );
    const [grid] = gridsFromXlsx(bytes, 'e.xlsx');
    expect(grid.name).toBe('Q&A');
    expect(grid.values).toEqual([[`TT&TT <b> "x" 'y' Đại &amp;`, 'Đại <3']]);
  });

  it('reads dates in the 1900 and the 1904 date systems', () => {
    const sheet = `<row r="1"><c r="A1" s="1"><v>0</v></c><c r="B1" s="1"><v>43646</v></c><c r="C1" s="1"><v>43646.5</v></c></row>`;
    expect(values(book({ S: sheet }, { styles: DATE_STYLES }))).toEqual([
      ['1899-12-30', '2019-06-30', '2019-06-30T12:00:00Z'],
    ]);
    for (const flag of ['1', 'true']) {
      expect(
        values(book({ S: sheet }, { styles: DATE_STYLES, workbookPr: `<workbookPr date1904="${flag}"/>` })),
      ).toEqual([['1904-01-01', '2023-07-01', '2023-07-01T12:00:00Z']]);
    }
  });

  it('reads t="d" cells written as ISO dates', () => {
    const bytes = book(
      {
        S: `<row r="1"><c r="A1" t="d"><v>2022-06-30T00:00:00</v></c><c r="B1" t="d" s="1"><v>2022-06-30T08:30:00</v></c><c r="C1" t="d"><v>2022-06-30</v></c><c r="D1" t="d" s="1"><f>TODAY()</f><v>2026-07-15</v></c><c r="E1" t="d"><v>30/6/2022</v></c></row>`,
      },
      { styles: DATE_STYLES },
    );
    expect(values(bytes)).toEqual([['2022-06-30', '2022-06-30T08:30:00Z', '2022-06-30', '2026-07-15', '30/6/2022']]);
  });

  it('reads formulas by their cached results: text, number, boolean, error, shared formulas', () => {
    const bytes = book({
      S:
        `<row r="1"><c r="A1" t="str"><f>"Bù "&amp;"Đốp"</f><v>Bù Đốp</v></c><c r="B1"><f>SUM(C1:D1)</f><v>54</v></c><c r="C1" t="b"><f>TRUE()</f><v>1</v></c><c r="D1" t="e"><f>A0</f><v>#REF!</v></c><c r="E1"><f>NOW()</f></c></row>` +
        `<row r="2"><c r="A2"><f t="shared" ref="A2:A4" si="0">B1*2</f><v>108</v></c></row><row r="3"><c r="A3"><f t="shared" si="0"/><v>5</v></c></row><row r="4"><c r="A4"><f t="shared" si="0"/><v>6</v></c></row>`,
    });
    expect(values(bytes)).toEqual([['Bù Đốp', 54, true, '#REF!'], [108], [5], [6]]);
  });

  it('keeps a linked figure and a formula result of 0 or FALSE as figures, where ExcelJS’s cell.value loses them', async () => {
    const bytes = zip({
      '_rels/.rels': rels(['rId1', 'officeDocument', 'xl/workbook.xml']),
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': rels(
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId2', 'styles', 'styles.xml'],
      ),
      'xl/styles.xml': `<styleSheet xmlns="${MAIN}">${DATE_STYLES}</styleSheet>`,
      'xl/worksheets/sheet1.xml':
        `<worksheet xmlns="${MAIN}" xmlns:r="${REL}"><sheetData>` +
        `<row r="1"><c r="A1" t="inlineStr"><is><t>Cổng TTĐT</t></is></c><c r="B1"><v>12</v></c><c r="C1" s="2"/><c r="D1"/><c r="E1" t="inlineStr"><is><t>nội bộ</t></is></c></row>` +
        `<row r="2"><c r="A2"><f>B2-B2</f><v>0</v></c><c r="B2" t="b"><f>FALSE()</f><v>0</v></c><c r="C2" s="1"><f>B2-B2</f><v>0</v></c><c r="D2"><f>1+1</f><v>2</v></c></row>` +
        `</sheetData><hyperlinks><hyperlink ref="A1" r:id="L1"/><hyperlink ref="B1" r:id="L1"/><hyperlink ref="C1" r:id="L1"/><hyperlink ref="D1" r:id="L1"/><hyperlink ref="E1" location="'S'!A2"/></hyperlinks></worksheet>`,
      'xl/worksheets/_rels/sheet1.xml.rels': `<Relationships xmlns="${PKG}"><Relationship Id="L1" Type="${REL}/hyperlink" Target="https://budop.binhphuoc.gov.vn/?a=1&amp;b=2" TargetMode="External"/></Relationships>`,
    });
    const link = 'https://budop.binhphuoc.gov.vn/?a=1&b=2';
    const grids = gridsFromXlsx(bytes, 'q.xlsx');
    // A figure under a link stays the figure, and =B2-B2 is a real 0 (a total of nothing is a figure, not a blank);
    // an empty cell with a link shows the link. The ExcelJS fallback reads them the same way (cell.result, link text).
    expect(grids[0].values).toEqual([
      ['Cổng TTĐT', 12, link, link, 'nội bộ'],
      [0, false, '1899-12-30', 2],
    ]);
    expect(grids).toEqual(await viaExcelJs(bytes, 'q.xlsx'));
  });

  it('skips chart sheets and dialog sheets, keeping the worksheets in tab order', () => {
    const bytes = zip({
      '_rels/.rels': rels(['rId1', 'officeDocument', 'xl/workbook.xml']),
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="Một" sheetId="1" r:id="rId1"/><sheet name="Biểu đồ" sheetId="2" r:id="rId2"/><sheet name="Hộp thoại" sheetId="3" r:id="rId3"/><sheet name="Hai" sheetId="4" r:id="rId4" state="hidden"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': rels(
        ['rId1', 'worksheet', 'worksheets/sheet1.xml'],
        ['rId2', 'chartsheet', 'chartsheets/sheet1.xml'],
        ['rId3', 'dialogsheet', 'dialogsheets/sheet1.xml'],
        ['rId4', 'worksheet', 'worksheets/sheet2.xml'],
      ),
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>1</v></c></row></sheetData></worksheet>`,
      'xl/chartsheets/sheet1.xml': `<chartsheet xmlns="${MAIN}"><sheetPr/><drawing r:id="rId1" xmlns:r="${REL}"/></chartsheet>`,
      'xl/dialogsheets/sheet1.xml': `<dialogsheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>9</v></c></row></sheetData></dialogsheet>`,
      'xl/worksheets/sheet2.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1"><v>2</v></c></row></sheetData></worksheet>`,
    });
    const grids = gridsFromXlsx(bytes, 'c.xlsx');
    expect(grids.map((g) => [g.name, g.values, g.hidden])).toEqual([
      ['Một', [[1]], undefined],
      ['Hai', [[2]], true],
    ]);
  });

  it('keeps number formats and fonts per cell: built-in ids, custom codes, none for General or s="0"', () => {
    const bytes = book(
      {
        S: `<row r="1"><c r="A1" s="2"><v>0.5</v></c><c r="B1" s="3"><v>1300</v></c><c r="C1" s="0"><v>1</v></c><c r="D1"><v>2</v></c></row>`,
      },
      { styles: DATE_STYLES },
    );
    const [grid] = gridsFromXlsx(bytes, 's.xlsx');
    expect(grid.values).toEqual([[0.5, 1300, 1, 2]]);
    expect(grid.numberFormats).toEqual([['0.00%', '#,##0 "đ"', null, null]]);
    expect(grid.fonts).toEqual([['.VnTime', '.VnTime', null, null]]);
  });

  it('reports hidden rows and sheets, and keeps a merged value only in the top-left cell', () => {
    const bytes = zip({
      '_rels/.rels': rels(['rId1', 'officeDocument', 'xl/workbook.xml']),
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1" state="veryHidden"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': rels(['rId1', 'worksheet', 'worksheets/sheet1.xml']),
      'xl/worksheets/sheet1.xml': `<worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t>Tiêu đề</t></is></c><c r="B1" t="inlineStr"><is><t>bị che</t></is></c></row><row r="2" hidden="1"><c r="A2"><v>1</v></c></row><row r="3" hidden="true"><c r="A3"><v>2</v></c></row></sheetData><mergeCells count="1"><mergeCell ref="A1:C1"/></mergeCells></worksheet>`,
    });
    const [grid] = gridsFromXlsx(bytes, 'm.xlsx');
    expect(grid.hidden).toBe(true);
    expect(grid.values).toEqual([['Tiêu đề'], [1], [2]]);
    expect(grid.hiddenRows).toEqual([1, 2]);
    expect(grid.merges).toEqual([{ top: 0, left: 0, bottom: 0, right: 2 }]);
  });

  it('reads parts in UTF-16 with a byte-order mark, and skips comments, processing instructions and CDATA markup', () => {
    const sheet = `\ufeff<?xml version="1.0" encoding="UTF-16"?><!-- viết bởi một công cụ --><worksheet xmlns="${MAIN}"><sheetData><row r="1"><c r="A1" t="inlineStr"><is><t><![CDATA[a < b & c]]></t></is></c><!-- <c r="B1"><v>9</v></c> --></row></sheetData></worksheet>`;
    const utf16 = new Uint8Array(sheet.length * 2);
    for (let i = 0; i < sheet.length; i++) {
      utf16[i * 2] = sheet.charCodeAt(i) & 0xff;
      utf16[i * 2 + 1] = sheet.charCodeAt(i) >> 8;
    }
    const bytes = zip({
      '_rels/.rels': rels(['rId1', 'officeDocument', 'xl/workbook.xml']),
      'xl/workbook.xml': `<workbook xmlns="${MAIN}" xmlns:r="${REL}"><sheets><sheet name="S" sheetId="1" r:id="rId1"/></sheets></workbook>`,
      'xl/_rels/workbook.xml.rels': rels(['rId1', 'worksheet', 'worksheets/sheet1.xml']),
      'xl/worksheets/sheet1.xml': utf16,
    });
    expect(values(bytes)).toEqual([['a < b & c']]);
  });

  it('reads attributes in any order and quoted either way, with spaces around "="', () => {
    const bytes = book({
      S: `<row hidden = '0' r='1' ><c t='inlineStr'  r = "B1" ><is><t>x</t></is></c><c s="0" r="C1" t="n"><v>3</v></c></row>`,
    });
    expect(values(bytes)).toEqual([[null, 'x', 3]]);
  });
});

// ─── Bad input ──────────────────────────────────────────────────────────────────────────────────────────────

describe('refusing what is no readable .xlsx, quickly', () => {
  const good = readFileSync(join(ROOT, 'samples', 'binh-phuoc-2022', 'bu_dop.xlsx'));

  it.each<[string, Uint8Array, RegExp]>([
    ['text that is no zip', strToU8('STT,Chỉ tiêu,Kết quả\n1,Số trạm BTS,54\n'), /not a readable zip/],
    ['an empty file', new Uint8Array(0), /not a readable zip/],
    ['a zip without a workbook', zip({ 'ghi-chu.txt': 'Báo cáo gửi sau' }), /no workbook part/],
    ['an empty zip', zip({}), /no workbook part/],
    ['a zip cut in half', good.subarray(0, Math.floor(good.length / 2)), /not a readable zip/],
    ['an encrypted workbook (an OLE file)', readFileSync(join(BAD, 'password.xlsx')), /not a readable zip/],
    [
      'a sheet whose XML stops in a tag',
      book({ S: `<row r="1"><c r="A1"><v>1</v></c></row><row r="2"><c r="A2" t="s` }),
      /unterminated|unexpected end/,
    ],
  ])('%s', (_, bytes, message) => {
    const started = Date.now();
    expect(() => gridsFromXlsx(bytes, 'bad.xlsx')).toThrow(message);
    expect(Date.now() - started).toBeLessThan(2000);
  });

  it('refuses a part whose declared size is a zip bomb, before inflating it', () => {
    const bytes = book({ S: `<row r="1"><c r="A1"><v>1</v></c></row>` });
    // Rewrite the uncompressed size of the sheet's central directory entry to just over the limit.
    const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    const name = strToU8('xl/worksheets/sheet1.xml');
    let patched = false;
    for (let at = 0; at + 46 < bytes.length && !patched; at++) {
      if (view.getUint32(at, true) !== 0x02014b50 || view.getUint16(at + 28, true) !== name.length) continue;
      if (!name.every((b, i) => bytes[at + 46 + i] === b)) continue;
      view.setUint32(at + 24, MAX_PART_BYTES + 1, true);
      patched = true;
    }
    expect(patched).toBe(true);
    expect(() => gridsFromXlsx(bytes, 'bomb.xlsx')).toThrow(/would inflate to \d+ bytes/);
  });
});

describe('readXlsxFile: the fast reader first, ExcelJS for what it refuses', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tonghop-read-fallback-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('reads through ExcelJS a zip with bytes before it, which only ExcelJS accepts', async () => {
    const good = readFileSync(join(ROOT, 'samples', 'binh-phuoc-2022', 'bu_dop.xlsx'));
    const prefixed = Buffer.concat([Buffer.alloc(64, 0x20), good]);
    const path = join(dir, 'prefixed.xlsx');
    await writeFile(path, prefixed);
    expect(() => gridsFromXlsx(prefixed, 'prefixed.xlsx')).toThrow();
    expect(await readXlsxFile(path, 'bu_dop.xlsx')).toEqual(gridsFromXlsx(good, 'bu_dop.xlsx'));
  });

  it('throws ExcelJS’s error when neither can read the file, for callers to classify', async () => {
    const path = join(dir, 'text.xlsx');
    await writeFile(path, 'STT,Chỉ tiêu\n1,BTS\n');
    await expect(readXlsxFile(path, 'text.xlsx')).rejects.toThrow(/central directory/);
  });
});

describe('reading sheets far bigger than any report', () => {
  it('stops building rows at 2,000 of a 50,000-row sheet and says how big it was', () => {
    const started = Date.now();
    const [grid] = gridsFromXlsx(readFileSync(join(BAD, 'huge-50000-rows.xlsx')), 'huge.xlsx');
    expect(grid.values.length).toBe(2000);
    expect(grid.truncated).toEqual({ rows: 50000, cols: 2 });
    expect(Date.now() - started).toBeLessThan(5000);
  });

  it('stops at 60 columns of a 16,000-column sheet', () => {
    const [grid] = gridsFromXlsx(readFileSync(join(BAD, 'wide-16000-cols.xlsx')), 'wide.xlsx');
    expect(grid.values[0].length).toBe(60);
    expect(grid.truncated?.cols).toBe(16000);
  });
});

describe('src/xlsx/read', () => {
  const root = join(__dirname, '..', '..', 'src', 'xlsx', 'read');
  const sources = readdirSync(root)
    .filter((f) => f.endsWith('.ts'))
    .map((f) => ({ file: f, text: readFileSync(join(root, f), 'utf8').replace(/\/\/.*$|\/\*[\s\S]*?\*\//gm, '') }));

  it('imports only fflate, the grid types and its own modules, so a browser worker can run it', () => {
    const imports = sources.flatMap((s) =>
      [...s.text.matchAll(/from\s+['"]([^'"]+)['"]|require\(/g)].map((m) => m[1] ?? 'require('),
    );
    expect(new Set(imports.filter((i) => !i.startsWith('./')))).toEqual(new Set(['fflate', '../../core/model']));
  });

  it('uses no Node or DOM globals and no `any`', () => {
    const offenders = sources.filter((s) =>
      /\b(window|document|process|Buffer|__dirname|require|setTimeout)\s*[.(]|:\s*any\b|as\s+any\b/.test(s.text),
    );
    expect(offenders.map((s) => s.file)).toEqual([]);
  });
});
