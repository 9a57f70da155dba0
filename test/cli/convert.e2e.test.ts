import { execFileSync } from 'node:child_process';
import { copyFile, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { findLibreOffice } from '../../src/cli/libreoffice';
import { runCli } from './run-cli';

const SAMPLES = join(__dirname, '../../samples/binh-phuoc-2022');
const office = findLibreOffice();
// LibreOffice is a large optional tool: without it the message tells the user what to do (bad-files.test.ts).
const withOffice = office ? describe : describe.skip;
if (!office) process.stdout.write('convert.e2e: LibreOffice not installed, conversion of .xls/.ods not tested\n');

withOffice.each(['xls', 'ods'])('an .%s report when LibreOffice is installed', (ext) => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tonghop-xls-'));
    await copyFile(join(SAMPLES, 'bu_dop.xlsx'), join(dir, 'bu_dop.xlsx'));
    execFileSync(
      office as string,
      [
        `-env:UserInstallation=file://${join(dir, 'profile')}`,
        '--headless',
        '--convert-to',
        ext,
        '--outdir',
        join(dir, 'in'),
        join(dir, 'bu_dop.xlsx'),
      ],
      { timeout: 120_000 },
    );
  }, 150_000);
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('is converted in a temporary folder, read like any report, and the user is told', async () => {
    expect(await readdir(join(dir, 'in'))).toEqual([`bu_dop.${ext}`]);
    const before = await readFile(join(dir, 'in', `bu_dop.${ext}`));
    const run = await runCli([
      'consolidate',
      join(dir, 'in'),
      '--units',
      join(SAMPLES, 'units.txt'),
      '--out',
      join(dir, 'out.xlsx'),
      '--json',
      join(dir, 'out.json'),
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('đã chuyển sang .xlsx bằng LibreOffice');
    const report = JSON.parse(await readFile(join(dir, 'out.json'), 'utf8')) as {
      units: { name: string }[];
      indicators: { id: string; values: Record<string, number | null> }[];
    };
    expect(report.units.map((u) => u.name)).toEqual(['Huyện Bù Đốp']);
    const expected = JSON.parse(await readFile(join(SAMPLES, 'expected.json'), 'utf8')) as {
      values: Record<string, Record<string, number | null>>;
    };
    for (const [id, value] of Object.entries(expected.values['Huyện Bù Đốp'])) {
      expect([id, report.indicators.find((i) => i.id === id)?.values['Huyện Bù Đốp']]).toEqual([id, value]);
    }
    // The unit's file is never changed, and nothing is left beside it.
    expect(await readFile(join(dir, 'in', `bu_dop.${ext}`))).toEqual(before);
    expect(await readdir(join(dir, 'in'))).toEqual([`bu_dop.${ext}`]);
  }, 150_000);
});
