import ExcelJS from 'exceljs';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const SAMPLES = join(__dirname, '..', '..', 'samples', 'binh-phuoc-2022');
const DEFECTS = join(__dirname, '..', 'fixtures', 'defects');

type Expected = { period: string; units: { name: string }[]; values: Record<string, Record<string, number>> };
type ReportJson = {
  version: number;
  units: { name: string; source: string; period: string | null }[];
  indicators: { id: string; total: number | null; values: Record<string, number | null> }[];
  unmatched: { unit: string; label: string; cell: string }[];
  issues: {
    code: string;
    severity: string;
    unit: string | null;
    indicator: string | null;
    cell: string | null;
    message: string;
  }[];
};

async function hashes(dir: string): Promise<Record<string, string>> {
  const files = (await readdir(dir)).sort();
  const entries = await Promise.all(
    files.map(async (f) => [
      f,
      createHash('sha256')
        .update(await readFile(join(dir, f)))
        .digest('hex'),
    ]),
  );
  return Object.fromEntries(entries);
}

function cellTexts(sheet: ExcelJS.Worksheet): string[] {
  const texts: string[] = [];
  sheet.eachRow((row) => row.eachCell((cell) => texts.push(cell.text)));
  return texts;
}

describe('tonghop consolidate on the Bình Phước samples', () => {
  let out: string;
  let run: { code: number; out: string; err: string };
  let before: Record<string, string>;
  let report: ReportJson;
  let book: ExcelJS.Workbook;
  const expected = JSON.parse(readFileSync(join(SAMPLES, 'expected.json'), 'utf8')) as Expected;

  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'tonghop-e2e-'));
    before = await hashes(SAMPLES);
    run = await runCli([
      'consolidate',
      SAMPLES,
      '--units',
      join(SAMPLES, 'units.txt'),
      '--period',
      '6 tháng đầu năm 2022',
      '--out',
      join(out, 'tong-hop.xlsx'),
      '--json',
      join(out, 'report.json'),
    ]);
    report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as ReportJson;
    book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'tong-hop.xlsx'));
  }, 60000);
  afterAll(async () => {
    await rm(out, { recursive: true, force: true });
  });

  it('succeeds and prints what it read and where it wrote', () => {
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Đơn vị đã đọc: 11/11');
    expect(run.out).toContain('Hướng dẫn');
    expect(run.out).toContain(join(out, 'tong-hop.xlsx'));
  });

  it('reads all eleven units', () => {
    expect(report.version).toBe(1);
    expect(report.units.map((u) => u.name).sort()).toEqual(expected.units.map((u) => u.name).sort());
  });

  it('reports every sample figure exactly as the sample cell holds it', () => {
    const mismatches: string[] = [];
    for (const [unit, values] of Object.entries(expected.values)) {
      for (const [id, value] of Object.entries(values)) {
        const got = report.indicators.find((i) => i.id === id)?.values[unit];
        if (got !== value) mismatches.push(`${unit} ${id}: ${value} ≠ ${got}`);
      }
    }
    expect(mismatches).toEqual([]);
  });

  it('raises no data-quality issue on clean samples: only the planted non-catalog rows are unmatched', () => {
    expect(report.issues.filter((i) => i.code !== 'label_unmatched')).toEqual([]);
    expect(new Set(report.unmatched.map((u) => u.label))).toEqual(
      new Set(['Số lượt truy cập Cổng thông tin điện tử huyện']),
    );
  });

  it('writes the per-unit sheet with its title, the units as columns, totals and the count of units', () => {
    const sheet = book.getWorksheet('Theo đơn vị');
    expect(sheet).toBeDefined();
    const texts = cellTexts(sheet!);
    expect(texts.some((t) => /THEO TỪNG ĐƠN VỊ/.test(t))).toBe(true);
    expect(texts).toContain('11/11 đơn vị đã gửi báo cáo');
    for (const unit of expected.units) expect(texts).toContain(unit.name);
    const bts = report.indicators.find((i) => i.id === 'bts_stations')!;
    const sum = Object.values(expected.values).reduce((s, v) => s + v.bts_stations, 0);
    expect(bts.total).toBe(sum);
    expect(texts).toContain(String(sum));
  });

  it('writes the issues sheet and the mapping sheet', () => {
    expect(book.getWorksheet('Kiểm tra')).toBeDefined();
    expect(book.getWorksheet('Đối chiếu')).toBeDefined();
  });

  it('leaves every input file byte-identical', async () => {
    expect(await hashes(SAMPLES)).toEqual(before);
  });
});

describe('tonghop consolidate guarding the inputs', () => {
  it('refuses --out pointing at a unit report and leaves it untouched', async () => {
    const target = join(SAMPLES, 'bu_dop.xlsx');
    const before = await readFile(target);
    const run = await runCli(['consolidate', SAMPLES, '--out', target]);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(
      /^Lỗi: Tệp kết quả --out "bu_dop.xlsx" trùng với một tệp đầu vào.*\| Error: The --out file/,
    );
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect((await readFile(target)).equals(before)).toBe(true);
  });

  it('asks for --out when it is missing', async () => {
    const run = await runCli(['consolidate', SAMPLES]);
    expect(run.code).toBe(1);
    expect(run.err).toContain('Thiếu tùy chọn --out');
  });

  it('explains every option in Vietnamese and English', async () => {
    const run = await runCli(['consolidate', '--help']);
    expect(run.code).toBe(0);
    for (const option of [
      '--catalog',
      '--units',
      '--period',
      '--department',
      '--province',
      '--out',
      '--json',
      '--lang',
      '--previous',
      '--layout',
    ]) {
      expect(run.out).toContain(option);
    }
    expect(run.out).toContain('danh sách đơn vị');
    expect(run.out.replace(/\s+/g, ' ')).toContain('expected units');
    expect(run.out).toContain('Mã thoát / Exit codes');
  });
});

describe('tonghop consolidate on the reports with planted defects', () => {
  it('flags every planted defect at its cell', async () => {
    const out = await mkdtemp(join(tmpdir(), 'tonghop-defects-'));
    try {
      const run = await runCli([
        'consolidate',
        DEFECTS,
        '--units',
        join(DEFECTS, 'units.txt'),
        '--period',
        '6 tháng đầu năm 2022',
        '--out',
        join(out, 'tong-hop.xlsx'),
        '--json',
        join(out, 'report.json'),
      ]);
      expect(run.code).toBe(0);
      const report = JSON.parse(await readFile(join(out, 'report.json'), 'utf8')) as ReportJson;
      const planted = JSON.parse(await readFile(join(DEFECTS, 'planted.json'), 'utf8')) as {
        unit: string;
        indicator: string | null;
        code: string;
        cell: string | null;
      }[];
      const missed = planted.filter(
        (p) =>
          !report.issues.some(
            (i) =>
              i.code === p.code &&
              i.unit === p.unit &&
              (p.indicator === null || (i.indicator === p.indicator && i.cell === p.cell)),
          ),
      );
      expect(missed).toEqual([]);
      // Precision: every data-quality flag is a planted defect, or the same defect seen from the other side of its
      // rule (level 3 + level 4 exceeding the total is also the total being too small).
      const consequences = new Set(['rule_violated|Huyện Lộc Ninh|online_services_total']);
      const quality = report.issues.filter((i) => i.code !== 'label_unmatched');
      const unplanted = quality.filter(
        (i) =>
          !planted.some((p) => p.code === i.code && p.unit === i.unit && (p.indicator ?? null) === i.indicator) &&
          !consequences.has(`${i.code}|${i.unit}|${i.indicator}`),
      );
      expect(unplanted.map((i) => `${i.code} ${i.unit} ${i.indicator}: ${i.message}`)).toEqual([]);
    } finally {
      await rm(out, { recursive: true, force: true });
    }
  }, 60000);
});
