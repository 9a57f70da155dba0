/**
 * Prints consolidated workbooks the way a leader would see them on paper: runs `tonghop consolidate` on the bundled
 * samples (11 districts) and on a synthetic province of communes, converts each workbook to PDF with LibreOffice
 * and renders pages to PNG with pdftoppm. With --previous, a previous period is made from this period's report.json
 * (every figure moved by a fixed pseudo-random 0–12 %, and about one figure in a hundred a thousand times smaller, as a
 * unit's slip of the thousands separator would look from the next period), so the change columns, the charts and
 * the jump checks have something to show.
 *
 *   npx tsx scripts/render-pages.ts [--units 168] [--out out/pages] [--previous] [--layout auto|rows|columns]
 *
 * Needs soffice (libreoffice-calc-nogui), pdftoppm (poppler-utils) and, for Calibri's widths, fonts-crosextra-carlito.
 * Writes <out>/<name>.xlsx, .pdf and -<page>.png for the pages listed in --pages (default 1, and every sheet's first).
 */
import { spawnSync } from 'node:child_process';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { run } from '../src/cli/run';
import { findLibreOffice } from '../src/cli/libreoffice';
import { writeProvince } from '../bench/province';

const ROOT = resolve(__dirname, '..');
const SAMPLES = join(ROOT, 'samples', 'binh-phuoc-2022');
/** The samples with planted defects (test/fixtures/defects): what a leader sees when figures are wrong. */
const DEFECTS = join(ROOT, 'test', 'fixtures', 'defects');

function option(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 && process.argv[i + 1] ? process.argv[i + 1] : fallback;
}

/** A previous period made from this one: each figure and total lowered by 0–12 %, the same for every run. */
function previousOf(
  report: { indicators: { id: string; total: number | null; values: Record<string, number | null> }[] },
  period: string,
) {
  let seed = 7;
  const factor = (): number => {
    seed = (seed * 16807) % 2147483647;
    return 1 - (seed % 1200) / 10000;
  };
  const round = (v: number | null, slip = false): number | null =>
    v === null ? null : Math.round(((v * factor()) / (slip ? 1000 : 1)) * 10) / 10;
  return {
    version: 1,
    period,
    indicators: report.indicators.map((i, k) => ({
      id: i.id,
      total: round(i.total),
      values: Object.fromEntries(
        Object.entries(i.values).map(([u, v], j) => [u, round(v, (j * 7 + k * 3) % 101 === 5)]),
      ),
    })),
  };
}

async function consolidateTo(
  name: string,
  inputs: string,
  unitsFile: string,
  out: string,
  extra: string[],
): Promise<string> {
  const file = join(out, `${name}.xlsx`);
  const json = join(out, `${name}.json`);
  const code = await run(['consolidate', inputs, '--units', unitsFile, '--out', file, '--json', json, ...extra], {
    out: () => undefined,
    err: (t) => process.stderr.write(t),
  });
  if (code !== 0) throw new Error(`tonghop consolidate ${name}: exit ${code}`);
  return file;
}

function toPdf(file: string, out: string): string {
  const soffice = findLibreOffice();
  if (!soffice) throw new Error('LibreOffice (soffice) is not installed');
  // A Vietnamese locale, so figures print as a Vietnamese Excel shows them ("1.079.100", "72,6").
  const env = { ...process.env, LC_ALL: 'vi_VN.UTF-8', LANG: 'vi_VN.UTF-8' };
  const done = spawnSync(
    soffice,
    [
      `-env:UserInstallation=file://${join(out, 'lo-profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      out,
      file,
    ],
    { encoding: 'utf8', timeout: 600_000, env },
  );
  if (done.status !== 0) throw new Error(`soffice: ${done.stderr}`);
  return file.replace(/\.xlsx$/, '.pdf');
}

/** The first page of each sheet: pdftotext finds each sheet's title at the top of a page. */
function firstPages(pdf: string, titles: string[]): number[] {
  const text = spawnSync('pdftotext', ['-layout', pdf, '-'], { encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 }).stdout;
  const pages = text.split('\f');
  return titles.map((t) => pages.findIndex((p) => p.includes(t)) + 1).filter((p) => p > 0);
}

async function main(): Promise<void> {
  const out = resolve(option('out', join(ROOT, 'out', 'pages')));
  const units = Number(option('units', '168'));
  const layout = option('layout', 'auto');
  const withPrevious = process.argv.includes('--previous');
  await mkdir(out, { recursive: true });
  const province = await writeProvince(join(out, `province-${units}`), units, 6);
  const binhPhuoc = [
    '--province',
    'Bình Phước',
    '--department',
    'Sở Khoa học và Công nghệ tỉnh Bình Phước',
    '--period',
    '6 tháng đầu năm 2022',
  ];
  const runs: [string, string, string, string[]][] = [
    ['binh-phuoc-11', SAMPLES, join(SAMPLES, 'units.txt'), binhPhuoc],
    ['binh-phuoc-11-loi', DEFECTS, join(DEFECTS, 'units.txt'), binhPhuoc],
    [
      `tinh-${units}`,
      province.inputs,
      province.unitsFile,
      ['--province', 'Đồng Nai', '--department', 'Sở Khoa học và Công nghệ tỉnh Đồng Nai'],
    ],
  ];
  for (const [name, inputs, unitsFile, extra] of runs) {
    const args = [...extra, '--layout', layout];
    if (withPrevious) {
      const first = await consolidateTo(`${name}-now`, inputs, unitsFile, out, extra);
      const report = JSON.parse(await readFile(first.replace(/\.xlsx$/, '.json'), 'utf8'));
      const previous = join(out, `${name}-previous.json`);
      await writeFile(previous, JSON.stringify(previousOf(report, 'năm 2025')));
      args.push('--previous', previous);
    }
    const file = await consolidateTo(name, inputs, unitsFile, out, args);
    const pdf = toPdf(file, out);
    const listed = option('pages', '');
    const pages = listed
      ? listed.split(',').map(Number)
      : firstPages(pdf, ['BẢNG TỔNG HỢP', 'SỐ LIỆU THEO TỪNG ĐƠN VỊ', 'BIỂU ĐỒ CÁC CHỈ TIÊU', 'DANH SÁCH CẢNH BÁO']);
    for (const page of pages) {
      spawnSync('pdftoppm', [
        '-r',
        '110',
        '-png',
        '-singlefile',
        '-f',
        String(page),
        '-l',
        String(page),
        pdf,
        join(out, `${name}-${page}`),
      ]);
      process.stdout.write(`${join(out, `${name}-${page}.png`)}\n`);
    }
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${(error as Error).message}\n`);
  process.exit(1);
});
