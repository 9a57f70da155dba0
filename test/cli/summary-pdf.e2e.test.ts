/**
 * The written summaries open in LibreOffice and print to PDF (where LibreOffice is installed; .ci/run installs it),
 * and the first printed page holds what a leader asks first: who reported, the province figures and their spread,
 * and what to re-check.
 */
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeProvince } from '../../bench/province';
import { findLibreOffice } from '../../src/cli/libreoffice';
import { runCli } from './run-cli';

const SAMPLES = join(__dirname, '..', '..', 'samples', 'binh-phuoc-2022');
const office = findLibreOffice();
const pdftotext = spawnSync('pdftotext', ['-v']).error ? null : 'pdftotext';
const withOffice = office ? describe : describe.skip;
if (!office)
  process.stdout.write('summary-pdf.e2e: LibreOffice not installed, the PDF print of the summary is not tested\n');

withOffice('the summaries printed by LibreOffice', () => {
  let dir: string;
  let converted: { status: number | null; stderr: string };
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tonghop-pdf-'));
    const province = await writeProvince(join(dir, 'province'), 120, 4);
    for (const [name, inputs, units] of [
      ['tinh-11', SAMPLES, join(SAMPLES, 'units.txt')],
      ['tinh-120', province.inputs, province.unitsFile],
    ]) {
      const run = await runCli([
        'consolidate',
        inputs,
        '--units',
        units,
        '--province',
        'Bình Phước',
        '--out',
        join(dir, `${name}.xlsx`),
      ]);
      expect(run.code).toBe(0);
    }
    const done = spawnSync(
      office as string,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        'pdf',
        '--outdir',
        dir,
        join(dir, 'tinh-11.xlsx'),
        join(dir, 'tinh-120.xlsx'),
      ],
      { encoding: 'utf8', timeout: 600_000 },
    );
    converted = { status: done.status, stderr: done.stderr };
  }, 700_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('converts both workbooks to PDF without error', () => {
    expect(converted.status).toBe(0);
    expect(converted.stderr).not.toMatch(/error|repair|corrupt/i);
    expect(existsSync(join(dir, 'tinh-11.pdf'))).toBe(true);
    expect(existsSync(join(dir, 'tinh-120.pdf'))).toBe(true);
  });

  (pdftotext ? it.each(['tinh-11', 'tinh-120']) : it.skip.each(['tinh-11', 'tinh-120']))(
    'prints the brief and the overview’s columns on the first page of %s',
    (name) => {
      const page = spawnSync('pdftotext', ['-f', '1', '-l', '1', '-layout', join(dir, `${name}.pdf`), '-'], {
        encoding: 'utf8',
      }).stdout;
      const units = name === 'tinh-11' ? '11/11' : '120/120';
      expect(page).toContain('BẢNG TỔNG HỢP SỐ LIỆU THÔNG TIN VÀ TRUYỀN THÔNG');
      expect(page).toContain(`${units} đơn vị đã gửi báo cáo`);
      expect(page).toMatch(/Số liệu toàn tỉnh: số điểm phục vụ bưu chính/);
      expect(page).toContain('chi tiết ở trang «Kiểm tra»');
      // The whole width of the table is on the page: its last column too.
      for (const header of ['Toàn tỉnh', 'Thấp nhất', 'Trung vị', 'Cao nhất', 'cần xem'])
        expect(page).toContain(header);
      expect(page).toContain('Số điểm phục vụ bưu chính');
      expect(page).toContain('Trang 1/');
    },
  );
});
