import ExcelJS from 'exceljs';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { runCli } from './run-cli';

const SAMPLES = join(__dirname, '../../samples/binh-phuoc-2022');
const UNMATCHED = 'Số lượt truy cập Cổng thông tin điện tử huyện';

describe('tonghop learn: a person decides on the mapping sheet, the next run matches by itself', () => {
  let out: string;
  beforeAll(async () => {
    out = await mkdtemp(join(tmpdir(), 'tonghop-learn-'));
  });
  afterAll(() => rm(out, { recursive: true, force: true }));

  it('adds the decision to the catalog file and the next consolidation uses it', async () => {
    const first = await runCli([
      'consolidate',
      SAMPLES,
      '--units',
      join(SAMPLES, 'units.txt'),
      '--out',
      join(out, 'a.xlsx'),
      '--json',
      join(out, 'a.json'),
    ]);
    expect(first.code).toBe(0);
    const before = JSON.parse(await readFile(join(out, 'a.json'), 'utf8')) as { unmatched: { label: string }[] };
    expect(before.unmatched.map((u) => u.label)).toContain(UNMATCHED);

    // The staff member types an indicator id next to the unmatched wording in the decisions table at the top of
    // «Đối chiếu» (one decision for every unit that wrote it) and saves the file.
    const book = new ExcelJS.Workbook();
    await book.xlsx.readFile(join(out, 'a.xlsx'));
    const sheet = book.getWorksheet('Đối chiếu')!;
    let labelCol = 0;
    let idCol = 0;
    let typed = 0;
    sheet.eachRow((row) => {
      if (labelCol === 0) {
        row.eachCell((cell, col) => {
          if (cell.value === 'Nhãn trong báo cáo') labelCol = col;
          if (cell.value === 'Mã chỉ tiêu') idCol = col;
        });
        return;
      }
      if (typed === 0 && row.getCell(labelCol).value === UNMATCHED) {
        row.getCell(idCol).value = 'news_articles';
        typed += 1;
      }
    });
    expect(typed).toBe(1);
    await book.xlsx.writeFile(join(out, 'a.xlsx'));

    const learn = await runCli(['learn', join(out, 'a.xlsx'), '--catalog', join(out, 'catalog.json')]);
    expect(learn.err).toBe('');
    expect(learn.code).toBe(0);
    expect(learn.out).toContain(`+ «${UNMATCHED}» → news_articles`);

    const second = await runCli([
      'consolidate',
      SAMPLES,
      '--units',
      join(SAMPLES, 'units.txt'),
      '--catalog',
      join(out, 'catalog.json'),
      '--out',
      join(out, 'b.xlsx'),
      '--json',
      join(out, 'b.json'),
    ]);
    expect(second.code).toBe(0);
    const after = JSON.parse(await readFile(join(out, 'b.json'), 'utf8')) as { unmatched: { label: string }[] };
    expect(after.unmatched.map((u) => u.label)).not.toContain(UNMATCHED);
  }, 120_000);

  it('refuses a file without a mapping sheet in one clear line', async () => {
    const run = await runCli(['learn', join(SAMPLES, 'bu_dop.xlsx'), '--catalog', join(out, 'c.json')]);
    expect(run.code).toBe(1);
    expect(run.err.trim().split('\n')).toHaveLength(1);
    expect(run.err).toContain('Không đọc được trang «Đối chiếu»');
  }, 60_000);
});
