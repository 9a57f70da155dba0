import ExcelJS from 'exceljs';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';
import { formB, formBytes } from '../core/template/department-forms';
import { fillForm } from '../core/template/fill-form';

type CatalogJson = {
  title?: string;
  source: string;
  indicators: { id: string; name: string; unit: string; aggregate?: unknown }[];
  needs?: { kind: string; indicators: string[] }[];
};
type ReportJson = {
  units: { name: string }[];
  indicators: { id: string; total: number | null; values: Record<string, number | null> }[];
  unmatched: unknown[];
  issues: { code: string }[];
};

describe("the department's path: its own form → catalog.json → forms for the units → the first summary", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tonghop-template-'));
    await writeFile(join(dir, formB.file), await formBytes(formB));
    await writeFile(join(dir, 'units.txt'), `# Các xã, phường gửi báo cáo\n${formB.units.join('\n')}\n`);
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it('1. reads the form into a catalog, printing what it decided and what it leaves to a person', async () => {
    const run = await runCli(['catalog', join(dir, formB.file), '--out', join(dir, 'catalog.json')]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain(`Đã đọc mẫu «${formB.file}#${formB.sheet}»: 17 chỉ tiêu`);
    expect(run.out).toContain('Cần quyết định: 2');
    expect(run.out).toContain('«Tỷ lệ hộ có kết nối cáp quang»: «Số hộ có kết nối cáp quang» / «Tổng số hộ» × 100');
    const catalog = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8')) as CatalogJson;
    expect(catalog.indicators).toHaveLength(17);
    expect(catalog.needs?.map((n) => n.kind)).toEqual(['aggregate', 'measure']);
  }, 60_000);

  it('2. makes one sheet per unit, or one file per unit with --split', async () => {
    const one = await runCli([
      'template',
      '--catalog',
      join(dir, 'catalog.json'),
      '--units',
      join(dir, 'units.txt'),
      '--period',
      'năm 2025',
      '--out',
      join(dir, 'mau-bao-cao.xlsx'),
    ]);
    expect(one.err).toBe('');
    expect(one.code).toBe(0);
    expect(one.out).toMatch(/Đã tạo 3 mẫu báo cáo \(17 chỉ tiêu, phiên bản danh mục [0-9a-f]{12}, kỳ «năm 2025»\)/);
    expect(one.out).toContain('danh mục còn 2 điểm cần quyết định');
    const split = await runCli([
      'template',
      '--catalog',
      join(dir, 'catalog.json'),
      '--units',
      join(dir, 'units.txt'),
      '--period',
      'năm 2025',
      '--out',
      join(dir, 'mau'),
      '--split',
    ]);
    expect(split.code).toBe(0);
    expect((await readdir(join(dir, 'mau'))).sort()).toEqual([
      'mau-bao-cao-phuong-phuoc-binh.xlsx',
      'mau-bao-cao-xa-hung-phuoc.xlsx',
      'mau-bao-cao-xa-tan-tien.xlsx',
    ]);
  }, 60_000);

  it('2b. takes the units of --province from the gazetteer: its districts before 1 July 2025, its communes and wards since', async () => {
    const before = await runCli([
      'template',
      '--catalog',
      join(dir, 'catalog.json'),
      '--province',
      'Bình Phước',
      '--period',
      '6 tháng đầu năm 2024',
      '--out',
      join(dir, 'p'),
      '--split',
    ]);
    expect(before.err).toBe('');
    expect(before.out).toContain('Đã tạo 11 mẫu báo cáo');
    expect(await readdir(join(dir, 'p'))).toContain('mau-bao-cao-huyen-bu-dop.xlsx');
    const since = await runCli([
      'template',
      '--catalog',
      join(dir, 'catalog.json'),
      '--province',
      'Bắc Kạn',
      '--period',
      'năm 2026',
      '--out',
      join(dir, 'q.xlsx'),
    ]);
    expect(since.err).toBe('');
    // Bắc Kạn is part of Thái Nguyên since 1 July 2025: the forms go to Thái Nguyên's communes and wards.
    expect(since.out).toMatch(/Đã tạo (9\d) mẫu báo cáo/);
  }, 120_000);

  it('3. consolidates the returned forms by id, each figure as typed', async () => {
    const catalog = JSON.parse(await readFile(join(dir, 'catalog.json'), 'utf8')) as CatalogJson;
    const typed = (id: string, sheet: string) =>
      (catalog.indicators.findIndex((i) => i.id === id) + 1) * 3 + formB.units.indexOf(sheet);
    const forms = new Uint8Array(await readFile(join(dir, 'mau-bao-cao.xlsx')));
    await writeFile(
      join(dir, 'bao-cao-cac-xa.xlsx'),
      await fillForm(forms, { figure: typed, reword: { bts_stations: 'Trạm BTS của 3 nhà mạng trên địa bàn' } }),
    );
    const run = await runCli([
      'consolidate',
      join(dir, 'bao-cao-cac-xa.xlsx'),
      '--catalog',
      join(dir, 'catalog.json'),
      '--units',
      join(dir, 'units.txt'),
      '--period',
      'năm 2025',
      '--out',
      join(dir, 'tong-hop.xlsx'),
      '--json',
      join(dir, 'report.json'),
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const report = JSON.parse(await readFile(join(dir, 'report.json'), 'utf8')) as ReportJson;
    expect(report.units.map((u) => u.name)).toEqual(formB.units);
    expect(report.unmatched).toEqual([]);
    for (const ind of report.indicators)
      for (const unit of formB.units)
        expect([ind.id, unit, ind.values[unit]]).toEqual([ind.id, unit, typed(ind.id, unit)]);
  }, 60_000);

  it('says in one line what is wrong with a file that is no form, a missing period or an unknown province', async () => {
    const prose = new ExcelJS.Workbook();
    const sheet = prose.addWorksheet('Biểu 01');
    sheet.getCell('A1').value = 'Hướng dẫn các đơn vị điền biểu';
    sheet.getCell('A2').value = 'Các đơn vị gửi báo cáo về Sở trước ngày 15 tháng 6, theo mẫu đính kèm công văn.';
    await prose.xlsx.writeFile(join(dir, 'notes.xlsx'));
    const notForm = await runCli(['catalog', join(dir, 'notes.xlsx'), '--out', join(dir, 'x.json')]);
    expect(notForm.code).toBe(1);
    expect(notForm.err.trim().split('\n')).toHaveLength(1);
    expect(notForm.err).toMatch(/^Lỗi: Không đọc được mẫu báo cáo ".*notes\.xlsx": Không đọc được mẫu «Biểu 01»/);
    const missing = await runCli(['catalog', join(dir, 'khong-co.xlsx'), '--out', join(dir, 'x.json')]);
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('không mở được tệp');
    const noPeriod = await runCli(['template', '--catalog', join(dir, 'catalog.json'), '--out', join(dir, 'm.xlsx')]);
    expect(noPeriod.code).toBe(1);
    expect(noPeriod.err).toContain('Thiếu tùy chọn --period');
    const province = await runCli([
      'template',
      '--catalog',
      join(dir, 'catalog.json'),
      '--province',
      'Bình Phướk',
      '--period',
      'năm 2025',
      '--out',
      join(dir, 'm.xlsx'),
    ]);
    expect(province.code).toBe(1);
    expect(province.err).toContain('Không có tỉnh, thành phố «Bình Phướk»');
    expect(province.err).toContain('Bình Phước');
    expect([notForm.err, missing.err, noPeriod.err, province.err].join('')).not.toMatch(
      /\bat \w+ \(|Error: .*\n\s+at /,
    );
  }, 60_000);
});
