import ExcelJS from 'exceljs';
import { chmod, copyFile, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findLibreOffice } from '../../src/cli/libreoffice';
import { runCli } from './run-cli';

const BAD = join(__dirname, '..', 'fixtures', 'bad');
const SAMPLES = join(__dirname, '..', '..', 'samples', 'binh-phuoc-2022');
let out: string;

beforeAll(async () => {
  out = await mkdtemp(join(tmpdir(), 'tonghop-bad-'));
});
afterAll(async () => {
  await rm(out, { recursive: true, force: true });
});

/** One clear line, Vietnamese then English, and nothing that looks like a stack trace. */
function expectOneClearLine(err: string, vi: RegExp, en: RegExp): void {
  const lines = err.trim().split('\n');
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^Lỗi: .+ \| Error: .+/);
  expect(lines[0]).toMatch(vi);
  expect(lines[0]).toMatch(en);
  expect(err).not.toMatch(/\n\s+at |Error: .*\n.*node_modules/);
}

describe('a file that is no usable .xlsx report is refused with one clear line', () => {
  it.each<[string, RegExp, RegExp]>([
    ['corrupt.xlsx', /bị hỏng hoặc không đầy đủ/, /damaged or incomplete/],
    ['truncated.xlsx', /bị hỏng hoặc không đầy đủ/, /damaged or incomplete/],
    ['text-renamed.xlsx', /là tệp văn bản, không phải bảng tính/, /is a text file, not an .xlsx/],
    ['empty-file.xlsx', /là tệp rỗng/, /is an empty file/],
    ['no-sheets.xlsx', /không có trang tính nào chứa dữ liệu/, /has no worksheet with data/],
    ['empty-sheets.xlsx', /không có trang tính nào chứa dữ liệu/, /has no worksheet with data/],
    ['password.xlsx', /được đặt mật khẩu/, /is password-protected/],
    ['bao-cao-cu.xls', /Excel 97–2003 \(\.xls\).*lưu thành \.xlsx/, /Excel 97–2003 file \(\.xls\).*save it as \.xlsx/],
    ['bao-cao.ods', /OpenDocument \(\.ods\)/, /OpenDocument spreadsheet/],
    ['bao-cao.csv', /là tệp CSV/, /is a CSV file/],
    ['huge-50000-rows.xlsx', /Không tìm thấy báo cáo của đơn vị nào/, /No unit report was found/],
    ['wide-16000-cols.xlsx', /Không tìm thấy báo cáo của đơn vị nào/, /No unit report was found/],
  ])(
    '%s',
    async (file, vi, en) => {
      const started = Date.now();
      const run = await runCli(['consolidate', join(BAD, file), '--out', join(out, `${file}.out.xlsx`)]);
      expect(run.code).toBe(1);
      expectOneClearLine(run.err, vi, en);
      // A guard against a hang, not a speed target (those live in `npm run bench`): on a shared machine a LibreOffice
      // conversion alone can take many seconds.
      expect(Date.now() - started).toBeLessThan(120_000);
      expect(await readdir(out)).not.toContain(`${file}.out.xlsx`);
    },
    150_000,
  );

  it('names a path that does not exist', async () => {
    const run = await runCli(['consolidate', join(BAD, 'khong-co.xlsx'), '--out', join(out, 'x.xlsx')]);
    expect(run.code).toBe(1);
    expectOneClearLine(run.err, /Không tìm thấy tệp hoặc thư mục/, /not found/);
  });

  it('says when a folder holds no spreadsheet', async () => {
    const empty = await mkdtemp(join(out, 'trong-'));
    await writeFile(join(empty, 'ghi-chu.txt'), 'Báo cáo gửi sau');
    const run = await runCli(['consolidate', empty, '--out', join(out, 'x.xlsx')]);
    expect(run.code).toBe(1);
    expectOneClearLine(run.err, /Không có tệp \.xlsx nào/, /No \.xlsx file found/);
  });

  it('rejects an unknown option with a usage line', async () => {
    const run = await runCli(['consolidate', SAMPLES, '--out', join(out, 'x.xlsx'), '--mau', 'xanh']);
    expect(run.code).toBe(1);
    expectOneClearLine(run.err, /Lệnh không đúng/, /Wrong command/);
  });
});

describe('an .xls file gets a conversion hint only when LibreOffice is installed', () => {
  it('finds soffice on PATH without starting it', async () => {
    const bin = await mkdtemp(join(out, 'bin-'));
    await writeFile(join(bin, 'soffice'), '#!/bin/sh\n');
    await chmod(join(bin, 'soffice'), 0o755);
    expect(findLibreOffice({ PATH: bin })).toBe('soffice');
    expect(findLibreOffice({ PATH: join(out, 'khong-co') })).toBeNull();
  });

  it('names the conversion command when LibreOffice is on PATH', async () => {
    const bin = await mkdtemp(join(out, 'bin-'));
    await writeFile(join(bin, 'libreoffice'), '#!/bin/sh\n');
    await chmod(join(bin, 'libreoffice'), 0o755);
    const path = process.env.PATH;
    process.env.PATH = bin;
    try {
      const run = await runCli(['consolidate', join(BAD, 'bao-cao-cu.xls'), '--out', join(out, 'x.xlsx')]);
      expectOneClearLine(run.err, /libreoffice --headless --convert-to xlsx/, /convert it with: libreoffice/);
    } finally {
      process.env.PATH = path;
    }
  });
});

describe('good reports beside bad files', () => {
  let folder: string;
  let run: { code: number; out: string; err: string };
  const bad = [
    'corrupt.xlsx',
    'truncated.xlsx',
    'text-renamed.xlsx',
    'password.xlsx',
    'bao-cao-cu.xls',
    'bao-cao.ods',
    'bao-cao.csv',
    'no-sheets.xlsx',
  ];

  beforeAll(async () => {
    folder = await mkdtemp(join(out, 'hop-thu-'));
    for (const f of [...bad, 'formula-errors.xlsx', 'hostile-text.xlsx', 'huge-50000-rows.xlsx'])
      await copyFile(join(BAD, f), join(folder, f));
    for (const f of ['bu_dop.xlsx', 'Loc Ninh.xlsx']) await copyFile(join(SAMPLES, f), join(folder, f));
    await writeFile(join(folder, '~$bu_dop.xlsx'), 'lock file of an open workbook');
    run = await runCli([
      'consolidate',
      folder,
      '--out',
      join(folder, 'tong-hop.xlsx'),
      '--json',
      join(out, 'mixed.json'),
    ]);
  }, 300_000);

  it('consolidates the good ones and exits with code 2', () => {
    expect(run.code).toBe(2);
    expect(run.out).toContain('Đã ghi');
  });

  it('names each bad file on its own line and skips the Excel lock file', () => {
    const lines = run.err.trim().split('\n');
    expect(lines).toHaveLength(bad.length);
    for (const f of bad) expect(lines.some((l) => l.includes(`"${f}"`))).toBe(true);
    expect(run.err).not.toContain('~$');
  });

  it('reads the units of the good files', async () => {
    const report = JSON.parse(await readFile(join(out, 'mixed.json'), 'utf8')) as { units: { name: string }[] };
    expect(report.units.map((u) => u.name)).toEqual(expect.arrayContaining(['Huyện Bù Đốp', 'Huyện Lộc Ninh']));
  });

  it('writes labels that look like formulas as text', async () => {
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(folder, 'tong-hop.xlsx'));
    const texts: string[] = [];
    book.eachSheet((sheet) =>
      sheet.eachRow((row) =>
        row.eachCell((cell) => {
          expect(cell.type).not.toBe(ExcelJS.ValueType.Formula);
          if (typeof cell.value === 'string') texts.push(cell.value);
        }),
      ),
    );
    expect(texts.some((t) => t.startsWith('=HYPERLINK('))).toBe(true);
    expect(texts.some((t) => t.startsWith('@SUM(1)'))).toBe(true);
  });

  it('skips its own previous summary when run again on the same folder', async () => {
    const again = await runCli(['consolidate', folder, '--out', join(folder, 'tong-hop.xlsx')]);
    expect(again.code).toBe(2);
    expect(again.err).not.toContain('tong-hop.xlsx');
  }, 300_000);
});
