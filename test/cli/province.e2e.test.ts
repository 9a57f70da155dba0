import ExcelJS from 'exceljs';
import { copyFile, mkdir, mkdtemp, readFile, readdir, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const SAMPLES = join(__dirname, '..', '..', 'samples', 'binh-phuoc-2022');

type ReportJson = {
  units: { name: string; code?: string; source: string }[];
  issues: { code: string; unit: string | null; message: string }[];
};

/** A commune's or district's report as offices send it: a title block, a small table; the unit named where `title` says. */
async function writeReport(path: string, title: string[], sheet = 'Sheet1'): Promise<void> {
  const book = new ExcelJS.Workbook();
  const ws = book.addWorksheet(sheet);
  for (const line of title) ws.addRow([line]);
  ws.addRow([]);
  ws.addRow(['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện']);
  ws.addRow([1, 'Số điểm phục vụ bưu chính', 'điểm', 3]);
  ws.addRow([2, 'Số trạm thu phát sóng di động (BTS)', 'trạm', 12]);
  ws.addRow([3, 'Số thuê bao điện thoại di động', 'thuê bao', 5400]);
  await book.xlsx.writeFile(path);
}

async function summaryHeader(path: string): Promise<string[]> {
  const book = new ExcelJS.Workbook();
  await book.xlsx.readFile(path);
  // Few units: the per-unit sheet has a column per unit, headed by its name and code.
  const sheet = book.getWorksheet('Theo đơn vị');
  let header: string[] = [];
  sheet?.eachRow((row) => {
    const texts = (row.values as unknown[]).map((v) => (typeof v === 'string' ? v : ''));
    if (texts.includes('Chỉ tiêu')) header = texts;
  });
  return header;
}

describe('tonghop consolidate --province, without a units list', () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), 'tonghop-province-'));
  });
  afterAll(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  test("names the samples' units officially, in code order with their codes, and lists who did not send", async () => {
    const inputs = join(dir, 'samples');
    await mkdir(inputs);
    for (const f of await readdir(SAMPLES))
      if (f.endsWith('.xlsx') && f !== 'bu_dop.xlsx' && f !== 'Loc Ninh.xlsx')
        await copyFile(join(SAMPLES, f), join(inputs, f));
    const run = await runCli([
      'consolidate',
      inputs,
      '--province',
      'Bình Phước',
      '--out',
      join(dir, 'bp.xlsx'),
      '--json',
      join(dir, 'bp.json'),
    ]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('Đơn vị đã đọc: 9/11 đơn vị');
    expect(run.out).toContain('Bình Phước, trước 1/7/2025');
    expect(run.out).toContain('Chưa gửi (2): Huyện Lộc Ninh (692), Huyện Bù Đốp (693)');
    const report = JSON.parse(await readFile(join(dir, 'bp.json'), 'utf8')) as ReportJson;
    expect(report.units.map((u) => `${u.code} ${u.name}`)).toEqual([
      '688 Thị xã Phước Long',
      '689 Thành phố Đồng Xoài',
      '690 Thị xã Bình Long',
      '691 Huyện Bù Gia Mập',
      '694 Huyện Hớn Quản',
      '695 Huyện Đồng Phú',
      '696 Huyện Bù Đăng',
      '697 Thị xã Chơn Thành',
      '698 Huyện Phú Riềng',
    ]);
    const missing = report.issues.filter((i) => i.code === 'unit_missing');
    expect(missing.map((i) => i.message)).toEqual([
      'Huyện Lộc Ninh (mã 692) chưa gửi báo cáo (không tìm thấy trang tính nào của đơn vị này); 9/11 đơn vị đã gửi.',
      'Huyện Bù Đốp (mã 693) chưa gửi báo cáo (không tìm thấy trang tính nào của đơn vị này); 9/11 đơn vị đã gửi.',
    ]);
    expect(report.issues.filter((i) => i.code === 'unit_unknown' || i.code === 'unit_ambiguous')).toEqual([]);
    const header = await summaryHeader(join(dir, 'bp.xlsx'));
    expect(header).toContain('Thị xã Phước Long\n688');
    expect(header).toContain('Huyện Phú Riềng\n698');
  }, 60000);

  test("a former province in 2026: its new province's communes, reports headed by either name, a typo flagged with the nearest name", async () => {
    const inputs = join(dir, 'dong-nai');
    await mkdir(inputs);
    const period = 'BÁO CÁO kết quả năm 2026';
    await writeReport(join(inputs, 'tan-tien.xlsx'), ['UBND TỈNH BÌNH PHƯỚC', 'UBND XÃ TÂN TIẾN', period]);
    await writeReport(join(inputs, 'bc.xlsx'), ['UBND TỈNH ĐỒNG NAI', period], 'P. Đồng Xoài');
    await writeReport(join(inputs, 'BC_nam_2026_xa_Bu_Gia_Map_gui_So.xlsx'), [period]);
    await writeReport(join(inputs, 'loc-ninh.xlsx'), [period, 'Lộc Ninh, ngày 10 tháng 12 năm 2026']);
    await writeReport(join(inputs, 'x.xlsx'), ['UBND XÃ BÌNH TÂM', period]);
    const run = await runCli([
      'consolidate',
      inputs,
      '--province',
      'Bình Phước',
      '--out',
      join(dir, 'dn.xlsx'),
      '--json',
      join(dir, 'dn.json'),
    ]);
    expect(run.err).toBe('');
    expect(run.out).toContain('Đơn vị đã đọc: 4/95 đơn vị');
    expect(run.out).toContain('Bình Phước từ 1/7/2025 thuộc Đồng Nai');
    const report = JSON.parse(await readFile(join(dir, 'dn.json'), 'utf8')) as ReportJson;
    expect(report.units.map((u) => `${u.code ?? '-'} ${u.name}`)).toEqual([
      '25210 Phường Đồng Xoài',
      '25222 Xã Bù Gia Mập',
      '25270 Phường Lộc Ninh',
      '25318 Xã Tân Tiến',
      '- Xã Bình Tâm',
    ]);
    const unknown = report.issues.filter((i) => i.code === 'unit_unknown');
    expect(unknown).toHaveLength(1);
    expect(unknown[0].message).toContain('Xã Bình Tân (mã 25246)');
    expect(report.issues.filter((i) => i.code === 'unit_missing')).toHaveLength(91);
    expect(report.issues.find((i) => i.code === 'unit_missing')?.message).toMatch(
      /^Phường Bình Phước \(mã 25195\) chưa gửi báo cáo .*; 4\/95 đơn vị đã gửi\.$/,
    );
  }, 60000);

  test('a year across 1 July 2025 accepts both lists and says so; --era chooses', async () => {
    const inputs = join(dir, 'nam-2025');
    await mkdir(inputs);
    const period = 'BÁO CÁO kết quả năm 2025';
    await writeReport(join(inputs, 'bu-dop.xlsx'), ['UBND HUYỆN BÙ ĐỐP', period]);
    await writeReport(join(inputs, 'loc-ninh.xlsx'), ['UBND HUYỆN LỘC NINH', period]);
    await writeReport(join(inputs, 'tan-tien.xlsx'), ['UBND XÃ TÂN TIẾN', period]);
    const both = await runCli([
      'consolidate',
      inputs,
      '--province',
      'Bình Phước',
      '--out',
      join(dir, 'y.xlsx'),
      '--json',
      join(dir, 'y.json'),
    ]);
    expect(both.out).toContain('Đơn vị đã đọc: 2/11 đơn vị');
    expect(both.out).toContain('nhận tên đơn vị của cả hai danh sách');
    const report = JSON.parse(await readFile(join(dir, 'y.json'), 'utf8')) as ReportJson;
    expect(report.units.map((u) => u.name)).toEqual(['Huyện Lộc Ninh', 'Huyện Bù Đốp', 'Xã Tân Tiến']);
    expect(report.issues.filter((i) => i.code === 'unit_unknown')).toEqual([]);

    const since = await runCli([
      'consolidate',
      inputs,
      '--province',
      'Bình Phước',
      '--era',
      'sau',
      '--out',
      join(dir, 'y2.xlsx'),
      '--json',
      join(dir, 'y2.json'),
    ]);
    expect(since.out).toContain('Đơn vị đã đọc: 1/95 đơn vị');
    const chosen = JSON.parse(await readFile(join(dir, 'y2.json'), 'utf8')) as ReportJson;
    expect(chosen.issues.filter((i) => i.code === 'unit_unknown').map((i) => i.unit)).toEqual([
      'Huyện Bù Đốp',
      'Huyện Lộc Ninh',
    ]);
  }, 60000);

  test.each([
    [['--province', 'Binh Phuc'], 'Không có tỉnh, thành phố «Binh Phuc»', 'Bình Phước'],
    [['--province', 'Bình Phước', '--era', 'giữa'], '--era "giữa" không hợp lệ', 'before'],
  ])('refuses %j with one clear line', async (flags, vi, hint) => {
    const run = await runCli(['consolidate', SAMPLES, ...flags, '--out', join(dir, 'bad.xlsx')]);
    expect(run.code).toBe(1);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain(vi);
    expect(run.err).toContain(hint);
  });
});
