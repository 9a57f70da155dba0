import { consolidate } from '../../src/core/consolidate';
import { defaultCatalog } from '../../src/core/catalog';
import type { CellValue, Grid } from '../../src/core/model';

/** A commune's report as offices write it: title block, date line, table, signature. */
function report(
  file: string,
  opts: {
    title?: string;
    date?: string;
    bts: number;
    hidden?: boolean;
    period?: string;
    signer?: string;
    unitLine?: string | null;
  },
): Grid {
  const values: CellValue[][] = [
    [opts.unitLine === undefined ? 'UBND XÃ TÂN TIẾN' : opts.unitLine, null, 'CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM'],
    [null, null, opts.date ?? 'Tân Tiến, ngày 20 tháng 6 năm 2022'],
    [opts.title ?? `BÁO CÁO Kết quả công tác thông tin và truyền thông ${opts.period ?? '6 tháng đầu năm 2022'}`],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
    [1, 'Số trạm BTS', 'trạm', opts.bts],
    [2, 'Số điểm phục vụ bưu chính', 'điểm', 3],
    [null, null, null, null],
    [null, 'Nơi nhận:', null, opts.signer ?? 'TM. ỦY BAN NHÂN DÂN'],
    [null, '- UBND huyện Bù Đốp;', null, 'CHỦ TỊCH'],
  ];
  return { name: 'Sheet1', source: { file, sheet: 'Sheet1' }, values, ...(opts.hidden ? { hidden: true } : {}) };
}

const run = (grids: Grid[], expectedUnits = ['Xã Tân Tiến', 'Xã Tân Tiến A']) =>
  consolidate(grids, { catalog: defaultCatalog, expectedUnits });
const bts = (result: ReturnType<typeof run>) =>
  result.summary.rows.find((r) => r.indicator.id === 'bts_stations')!.values['Xã Tân Tiến']?.value;

describe('two sheets for one unit are never merged, and the right one is used', () => {
  it('uses the corrected report over the first one, and says so', () => {
    const r = run([
      report('a.xlsx', { bts: 12 }),
      report('b.xlsx', {
        bts: 21,
        title: 'BÁO CÁO (BẢN ĐIỀU CHỈNH) Kết quả công tác thông tin và truyền thông 6 tháng đầu năm 2022',
      }),
    ]);
    expect(bts(r)).toBe(21);
    expect(r.issues.find((i) => i.code === 'duplicate_conflict')?.message).toContain('bản điều chỉnh');
  });

  it('uses the report signed later when neither says it corrects the other', () => {
    const r = run([
      report('b.xlsx', { bts: 21, date: 'Tân Tiến, ngày 25 tháng 6 năm 2022' }),
      report('a.xlsx', { bts: 12, date: 'Tân Tiến, ngày 20 tháng 6 năm 2022' }),
    ]);
    expect(bts(r)).toBe(21);
  });

  it('uses the visible report of the period over a hidden copy of last year', () => {
    const r = run([
      report('a.xlsx', { bts: 9, hidden: true, period: '6 tháng đầu năm 2021' }),
      report('a.xlsx', { bts: 12 }),
    ]);
    expect(bts(r)).toBe(12);
    expect(r.skipped.map((s) => s.reason).join()).toContain('trùng đơn vị');
  });
});

describe('the duplicate_conflict message gives the rule that chose the sheet', () => {
  const reasonOf = (grids: Grid[]) => run(grids).issues.find((i) => i.code === 'duplicate_conflict')?.message ?? '';
  it.each<[string, Grid[], string]>([
    [
      'of the period',
      [report('a.xlsx', { bts: 9, hidden: true, period: '6 tháng đầu năm 2021' }), report('b.xlsx', { bts: 12 })],
      '(đúng kỳ báo cáo)',
    ],
    ['visible', [report('a.xlsx', { bts: 9, hidden: true }), report('b.xlsx', { bts: 12 })], '(trang không ẩn)'],
    [
      'signed later',
      [report('a.xlsx', { bts: 9 }), report('b.xlsx', { bts: 12, date: 'Tân Tiến, ngày 25 tháng 6 năm 2022' })],
      '(ngày ký sau: ',
    ],
    ['first in order', [report('a.xlsx', { bts: 12 }), report('b.xlsx', { bts: 9 })], '(trang đứng trước)'],
  ])('the sheet %s', (_, grids, reason) => {
    expect(reasonOf(grids)).toContain(reason);
  });
});

describe('the reporting unit', () => {
  it('is read from the signing authority when the title does not name it, never from the recipients', () => {
    const r = run([report('bao-cao.xlsx', { bts: 5, unitLine: null, signer: 'TM. UBND XÃ TÂN TIẾN A' })]);
    expect(r.summary.units.map((u) => u.name)).toEqual(['Xã Tân Tiến A']);
    expect(r.summary.units[0].report.unitEvidence.from).toBe('signature');
  });
});

describe('another sector’s sheet in a unit’s workbook', () => {
  const culture = (): Grid => ({
    name: 'Biểu 02',
    source: { file: 'xa.xlsx', sheet: 'Biểu 02' },
    values: [
      ['UBND XÃ TÂN TIẾN'],
      ['BÁO CÁO Kết quả công tác văn hóa, thể thao 6 tháng đầu năm 2022'],
      ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
      [1, 'Số hộ gia đình văn hóa', 'hộ', 850],
      [2, 'Số câu lạc bộ thể dục thể thao', 'câu lạc bộ', 6],
    ],
  });

  it.each([
    ['before', true],
    ['after', false],
  ])('never replaces the ICT report, whichever comes first (%s)', (_order, cultureFirst) => {
    const ict = report('xa.xlsx', { bts: 12 });
    const r = run(cultureFirst ? [culture(), ict] : [ict, culture()]);
    expect(bts(r)).toBe(12);
    expect(r.issues.filter((i) => i.code === 'duplicate_conflict')).toEqual([]);
    expect(r.skipped.map((s) => s.reason)).toContain(
      'không có dòng nào thuộc danh mục chỉ tiêu (biểu của lĩnh vực khác?)',
    );
  });
});

describe('sub-rows that only narrow the row above', () => {
  const sheet = (rows: CellValue[][]): Grid => ({
    name: 'Sheet1',
    source: { file: 'xa.xlsx', sheet: 'Sheet1' },
    values: [['UBND XÃ TÂN TIẾN'], ['BÁO CÁO 6 tháng đầu năm 2022'], ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'], ...rows],
  });
  const matchOf = (r: ReturnType<typeof run>, label: string) =>
    r.summary.mapping.find((m) => m.label === label)?.indicatorId ?? null;

  it('are read with their parent: «- Toàn trình» under all online services is the full-online count', () => {
    const r = run([
      sheet([
        [1, 'Tổng số DVC trực tuyến đang cung cấp (*)', 'dịch vụ', 1200],
        [null, 'Trong đó: - Toàn trình', 'dịch vụ', 600],
        [null, '- Một phần', 'dịch vụ', 450],
      ]),
    ]);
    expect(matchOf(r, 'Trong đó: - Toàn trình')).toBe('online_services_full');
    expect(matchOf(r, '- Một phần')).toBe('online_services_partial');
  });

  it('are never guessed from words the catalog does not use, nor made into a part the catalog does not hold', () => {
    const r = run([
      sheet([
        [1, 'Dân số', 'người', 9000],
        [null, '- Nam', 'người', 4400],
        [2, 'Số thuê bao điện thoại di động', 'thuê bao', 9500],
        [null, '- Trả trước', 'thuê bao', 7000],
        [3, 'Số trạm BTS', 'trạm', 12],
        [null, '+ Trong đó: 5G', 'trạm', 2],
      ]),
    ]);
    expect(matchOf(r, '- Nam')).toBeNull();
    expect(matchOf(r, '- Trả trước')).toBeNull();
    expect(matchOf(r, '+ Trong đó: 5G')).toBeNull();
  });
});
