import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeProvince } from '../../bench/province';
import { parseUnitList } from '../../src/core/units';
import { runCli } from './run-cli';
import { chartsOfSheet, printedPoints, rangeValues } from './summary-layout';

const SAMPLES = join(__dirname, '..', '..', 'samples', 'binh-phuoc-2022');
const SHEETS = ['Tổng hợp', 'Theo đơn vị', 'Biểu đồ', 'Kiểm tra', 'Đối chiếu', 'Nguồn'];

type Report = {
  units: { name: string }[];
  indicators: { id: string; name: string; total: number | null; values: Record<string, number | null> }[];
};
type Written = { file: string; book: ExcelJS.Workbook; report: Report; units: string[] };

async function consolidateTo(dir: string, inputs: string, unitsFile: string, extra: string[] = []): Promise<Written> {
  const file = join(dir, 'tong-hop.xlsx');
  const run = await runCli([
    'consolidate',
    inputs,
    '--units',
    unitsFile,
    '--out',
    file,
    '--json',
    join(dir, 'report.json'),
    ...extra,
  ]);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(file);
  const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as Report;
  return { file, book, report, units: parseUnitList(await readFile(unitsFile, 'utf8')) };
}

/** Indicator rows of the overview: a number in STT, the indicator's name beside it. */
function overviewIndicators(ws: ExcelJS.Worksheet): string[] {
  const names: string[] = [];
  ws.eachRow((row) => {
    if (typeof row.getCell(1).value === 'number') names.push(String(row.getCell(2).value));
  });
  return names;
}

/** Units-as-rows sheet: the names between the header with "Đơn vị" and the "Toàn tỉnh" row. */
function unitRows(ws: ExcelJS.Worksheet): string[] {
  const names: string[] = [];
  let inside = false;
  ws.eachRow({ includeEmpty: true }, (row) => {
    const name = row.getCell(2).value;
    if (name === 'Toàn tỉnh') inside = false;
    if (inside && typeof row.getCell(1).value === 'number')
      names.push(String(typeof name === 'object' && name && 'text' in name ? name.text : name));
    if (name === 'Đơn vị') inside = true;
  });
  return names;
}

/** Excel's grid at 100 % on a 1366 × 768 laptop, below the ribbon and formula bar and above the sheet tabs. */
const FIRST_SCREEN = { width: 1340, height: 470 };
const rowPixels = (ws: ExcelJS.Worksheet, r: number): number => Math.round((ws.getRow(r).height ?? 15) * (4 / 3));

describe.each([
  ['a generated province of 120 communes', 120],
  ['a generated province of 168 communes', 168],
  ['the 11 Bình Phước samples', 11],
])('the summary of %s', (_what, size) => {
  let dir: string;
  let written: Written;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), `tonghop-summary-${size}-`));
    if (size === 11) written = await consolidateTo(dir, SAMPLES, join(SAMPLES, 'units.txt'));
    else {
      const province = await writeProvince(join(dir, 'province'), size, 4);
      written = await consolidateTo(dir, province.inputs, province.unitsFile);
    }
  }, 180_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('has the overview first, then the per-unit sheet, the charts, and the issues, mapping and sources sheets as before', () => {
    expect(written.book.worksheets.map((w) => w.name)).toEqual(SHEETS);
  });

  it('gives the overview one row per indicator, with the province figure of report.json', () => {
    const ws = written.book.getWorksheet('Tổng hợp')!;
    expect(overviewIndicators(ws)).toEqual(expect.arrayContaining(written.report.indicators.map((i) => i.name)));
    expect(overviewIndicators(ws)).toHaveLength(written.report.indicators.length);
    const bts = written.report.indicators.find((i) => i.id === 'bts_stations')!;
    let shown: ExcelJS.CellValue = null;
    ws.eachRow((row) => {
      if (row.getCell(2).value === bts.name) shown = row.getCell(4).value;
    });
    expect(shown).toBe(bts.total);
  });

  it('prints the overview on one A4 page width at 9 points or more, read back from its print setup', () => {
    const ws = written.book.getWorksheet('Tổng hợp')!;
    expect(ws.pageSetup).toMatchObject({
      paperSize: 9,
      orientation: 'landscape',
      fitToPage: true,
      fitToWidth: 1,
      fitToHeight: 0,
    });
    expect(printedPoints(ws, 'excel')).toBeGreaterThanOrEqual(9);
    expect(printedPoints(ws, 'libreoffice')).toBeGreaterThanOrEqual(9);
    expect(ws.headerFooter.oddFooter).toContain('&P');
  });

  it('answers the leader’s five questions on the first screen, without scrolling', () => {
    const ws = written.book.getWorksheet('Tổng hợp')!;
    // Rows from the top of the sheet down to the table's header, and the first rows of figures.
    let header = 0;
    ws.eachRow((row, r) => {
      if (!header && row.getCell(2).value === 'Chỉ tiêu') header = r;
    });
    let top = 0;
    for (let r = 1; r <= header + 2; r++) top += rowPixels(ws, r);
    expect(top).toBeLessThanOrEqual(FIRST_SCREEN.height);
    let width = 0;
    for (let c = 1; c <= ws.columnCount; c++) width += ws.getColumn(c).width! * 7 + 5;
    expect(width).toBeLessThanOrEqual(FIRST_SCREEN.width);
    const brief: string[] = [];
    for (let r = 1; r < header; r++) brief.push(String(ws.getRow(r).getCell(1).value ?? ''));
    const text = brief.join(' ');
    // How many units reported, the province figures, who leads and trails, what to re-check.
    expect(text).toContain(`${written.units.length}/${written.units.length} đơn vị đã gửi báo cáo`);
    expect(text).toMatch(/Số liệu toàn tỉnh: số điểm phục vụ bưu chính [\d.]+ điểm/);
    expect(text).toMatch(/cao nhất là .+ thấp nhất là /);
    expect(text).toMatch(/số liệu (nào bị đánh dấu|cần kiểm tra lại)/);
    // And the table's columns for each indicator: province, reported, spread and who, flags.
    const heads = (ws.getRow(header).values as ExcelJS.CellValue[]).map(String);
    expect(heads).toEqual(
      expect.arrayContaining(['Toàn tỉnh', 'Đơn vị đã báo cáo', 'Thấp nhất', 'Cao nhất', 'Số liệu cần xem lại']),
    );
  });

  it('has a per-unit sheet with one row per unit in the official order (as rows for a large province, as columns for a few)', () => {
    const ws = written.book.getWorksheet('Theo đơn vị')!;
    if (size > 15) {
      expect(unitRows(ws)).toEqual(written.units);
      expect(ws.views[0]).toMatchObject({ state: 'frozen', xSplit: 2 });
      expect(ws.autoFilter).toBeDefined();
      expect(ws.pageSetup).toMatchObject({
        printTitlesColumn: 'A:B',
        printTitlesRow: expect.stringMatching(/^\d+:\d+$/),
      });
      expect(ws.pageSetup.fitToPage).toBeFalsy();
    } else {
      const header = ws.getRows(1, 12)!.find((r) => r.getCell(2).value === 'Chỉ tiêu')!;
      const names = (header.values as ExcelJS.CellValue[]).slice(5).map(String);
      expect(names).toEqual(written.units);
    }
  });

  it('draws one chart per section over ranges of the «Biểu đồ» sheet that hold the units’ figures', async () => {
    const charts = await chartsOfSheet(written.file, 3);
    expect(charts.length).toBeGreaterThanOrEqual(5);
    for (const chart of charts) {
      const categories = rangeValues(written.book, chart.categories);
      const values = rangeValues(written.book, chart.series[0].values);
      expect(values).toHaveLength(categories.length);
      expect(values.every((v) => typeof v === 'number')).toBe(true);
      if (size > 30) {
        // A distribution: every unit with a figure is counted once.
        expect(chart.kind).toBe('col');
        expect((values as number[]).reduce((a, b) => a + b, 0)).toBeLessThanOrEqual(size);
      } else {
        expect(chart.kind).toBe('bar');
        expect(written.units).toEqual(expect.arrayContaining(categories as string[]));
        expect([...(values as number[])].sort((a, b) => b - a)).toEqual(values);
      }
    }
    const bts = written.report.indicators.find((i) => i.id === 'bts_stations')!;
    const chart = charts.find((c) => c.title.startsWith(bts.name))!;
    const counted = (rangeValues(written.book, chart.series[0].values) as number[]).reduce((a, b) => a + b, 0);
    if (size > 30) expect(counted).toBe(Object.values(bts.values).filter((v) => v !== null).length);
    else expect(counted).toBe(bts.total);
  });
});

describe('tonghop consolidate --layout', () => {
  it('lists a few units as rows when asked', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'tonghop-layout-'));
    try {
      const written = await consolidateTo(dir, SAMPLES, join(SAMPLES, 'units.txt'), ['--layout', 'rows']);
      expect(unitRows(written.book.getWorksheet('Theo đơn vị')!)).toEqual(written.units);
      const bad = await runCli(['consolidate', SAMPLES, '--layout', 'sideways', '--out', join(dir, 'x.xlsx')]);
      expect(bad.code).toBe(1);
      expect(bad.err.trim().split('\n')).toHaveLength(1);
      expect(bad.err).toContain('--layout');
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  }, 120_000);
});
