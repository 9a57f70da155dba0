import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const SAMPLES = join(__dirname, '../../samples/binh-phuoc-2022');
const DEFECTS = join(__dirname, '../fixtures/defects');

type Report = { issues: { code: string; unit: string | null; indicator: string | null; message: string }[] };

describe('tonghop consolidate --previous', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'tonghop-previous-'));
    // The clean samples stand in for the earlier period; the defect set is "this period".
    const first = await runCli([
      'consolidate',
      SAMPLES,
      '--units',
      join(SAMPLES, 'units.txt'),
      '--out',
      join(out, 'truoc.xlsx'),
      '--json',
      join(out, 'truoc.json'),
    ]);
    expect(first.code).toBe(0);
  }, 120_000);
  afterAll(() => rm(out, { recursive: true, force: true }));

  it.each([
    ['report.json', 'truoc.json'],
    ['an earlier summary workbook', 'truoc.xlsx'],
  ])(
    'reads the previous period from %s, adds a change column and flags a thousand-fold jump',
    async (_what, file) => {
      const run = await runCli([
        'consolidate',
        DEFECTS,
        '--units',
        join(DEFECTS, 'units.txt'),
        '--previous',
        join(out, file),
        '--out',
        join(out, `nay-${file}.xlsx`),
        '--json',
        join(out, `nay-${file}.json`),
      ]);
      expect(run.err).toBe('');
      const report = JSON.parse(await readFile(join(out, `nay-${file}.json`), 'utf8')) as Report;
      const jump = report.issues.find(
        (i) =>
          i.code === 'scale_suspect' &&
          i.unit === 'Huyện Bù Gia Mập' &&
          i.indicator === 'postal_dossiers_received' &&
          i.message.includes('kỳ trước'),
      );
      expect(jump?.message).toContain('5.642.000');

      const book = new ExcelJS.Workbook();
      await book.xlsx.readFile(join(out, `nay-${file}.xlsx`));
      const header = book
        .getWorksheet('Tổng hợp')!
        .getRows(1, 20)!
        .find((r) => r.getCell(2).value === 'Chỉ tiêu')!;
      expect(header.getCell(5).value).toMatch(/^Kỳ trước/);
      expect(header.getCell(6).value).toBe('Thay đổi');
      // The brief says what changed, above the table, and the wider table still fits a laptop screen.
      const overview = book.getWorksheet('Tổng hợp')!;
      const brief = overview
        .getRows(1, header.number)!
        .map((r) => String(r.getCell(1).value ?? ''))
        .join(' ');
      expect(brief).toMatch(/Số liệu toàn tỉnh \(so với kỳ trước\): .+ \((tăng|giảm) [\d,]+%\)/);
      expect(brief).toMatch(/So với kỳ trước, (tăng|giảm) nhiều nhất là /);
      let width = 0;
      for (let c = 1; c <= overview.columnCount; c++) width += overview.getColumn(c).width! * 7 + 5;
      expect(width).toBeLessThanOrEqual(1340);
    },
    120_000,
  );

  it('refuses a previous file that is not a summary, in one clear line', async () => {
    const run = await runCli([
      'consolidate',
      DEFECTS,
      '--previous',
      join(DEFECTS, 'units.txt'),
      '--out',
      join(out, 'x.xlsx'),
    ]);
    expect(run.code).toBe(1);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain('Không đọc được số liệu kỳ trước');
  }, 60_000);
});
