import { consolidate } from '../../../src/core/consolidate';
import { defaultCatalog } from '../../../src/core/catalog';
import type { CellValue, Grid } from '../../../src/core/model';
import { eraOfPeriodKey, parseEra, parseUnitList, planUnits } from '../../../src/core/units';

describe('the period decides which list of units reports', () => {
  test.each([
    ['2022-H1', 'before'],
    ['2025-H1', 'before'],
    ['2025-Q2', 'before'],
    ['2025-06', 'before'],
    ['2025-M6', 'before'],
    ['2025-H2', 'since'],
    ['2025-Q3', 'since'],
    ['2025-07', 'since'],
    ['2026-Y', 'since'],
    ['2025-Y', 'both'],
    ['2025-M9', 'both'],
  ])('%s → %s', (key, era) => {
    expect(eraOfPeriodKey(key)).toBe(era);
  });

  test.each([
    ['trước', 'before'],
    ['TRƯỚC', 'before'],
    ['Cấp xã'.normalize('NFD'), 'since'],
    ['truoc', 'before'],
    ['before', 'before'],
    ['sau', 'since'],
    ['Since', 'since'],
    ['cấp xã', 'since'],
    ['giữa', null],
  ])('era "%s" → %s', (text, era) => {
    expect(parseEra(text)).toBe(era);
  });
});

describe('planUnits', () => {
  const plan = (
    province: string,
    key: string | null,
    extra: { era?: 'before' | 'since'; expectedUnits?: string[] } = {},
  ) => {
    const planned = planUnits({ province, ...extra }, key);
    if (!planned.ok) throw new Error(planned.problem.kind);
    return planned.plan;
  };

  test("gives a province's districts before the reform and its communes since", () => {
    expect(plan('Bình Phước', '2022-H1').directory?.units.map((u) => u.name)).toHaveLength(11);
    expect(plan('Đồng Nai', '2026-Y').directory?.units).toHaveLength(95);
  });

  test("a former province since the reform is its successor; a new one across the reform also takes its former provinces' districts", () => {
    const merged = plan('Bình Phước', '2026-Y');
    expect(merged.province).toMatchObject({ name: 'Bình Phước', merged: true });
    expect(merged.province?.since?.name).toBe('Đồng Nai');
    expect(merged.directory?.units).toHaveLength(95);
    const across = plan('Đồng Nai', '2025-Y');
    expect(across.era).toBe('both');
    expect(across.official.before).toHaveLength(22);
    expect(across.directory?.units).toHaveLength(22 + 95);
  });

  test('a units list overrides the names and takes the codes of the official units it names', () => {
    const listed = plan('Bình Phước', '2022-H1', { expectedUnits: ['Huyện Bù Đốp', 'Lộc Ninh', 'Huyện Không Có'] });
    expect(listed.source).toBe('list');
    expect(listed.directory?.units.map((u) => [u.name, u.code])).toEqual([
      ['Huyện Bù Đốp', '693'],
      ['Lộc Ninh', '692'],
      ['Huyện Không Có', undefined],
    ]);
  });

  test('an unknown province is a problem with the nearest names', () => {
    expect(planUnits({ province: 'Bình Phuớc' }, null).ok).toBe(true);
    expect(planUnits({ province: 'Dong Thap Muoi' }, null)).toMatchObject({
      ok: false,
      problem: { kind: 'province_unknown' },
    });
    const typo = planUnits({ province: 'Quang Nnh' }, null);
    expect(typo.ok ? [] : typo.problem.nearest).toContain('Quảng Ninh');
  });
});

describe('parseUnitList, the one units-list parser of the command line and the add-in', () => {
  test('reads NFD and NFC alike, with BOM, CRLF, comments and doubled spaces', () => {
    const nfd = 'Xã Tân Tiến'.normalize('NFD');
    expect(parseUnitList(`\uFEFF# Đơn vị\r\n${nfd}\r\n\r\nHuyện  Bù Đốp\n  `)).toEqual(['Xã Tân Tiến', 'Huyện Bù Đốp']);
  });
});

/** A report sheet naming its unit in `title` (or nowhere), for a given period. */
function sheet(file: string, name: string, title: CellValue[], period: string): Grid {
  const values: CellValue[][] = [
    ...title.map((t) => [t]),
    [`BÁO CÁO kết quả ${period}`],
    ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'],
    [1, 'Số điểm phục vụ bưu chính', 'điểm', 3],
    [2, 'Số trạm BTS', 'trạm', 12],
  ];
  return { name, source: { file, sheet: name }, values };
}

describe('consolidate with a province and no units list', () => {
  test('a bare name two kinds share is flagged with both, never guessed; the diacritics written decide', () => {
    const result = consolidate(
      [sheet('BC_My_Tho_2026.xlsx', 'Sheet1', [], 'năm 2026'), sheet('bc.xlsx', 'Mỹ Thọ', [], 'năm 2026')],
      { catalog: defaultCatalog, province: 'Đồng Tháp' },
    );
    const thoFile = result.summary.units.find((u) => u.problem)!;
    const thoSheet = result.summary.units.find((u) => !u.problem)!;
    expect(thoSheet).toMatchObject({ name: 'Xã Mỹ Thọ', code: '30076' });
    expect(thoFile.problem?.kind).toBe('ambiguous');
    expect(thoFile.problem?.candidates.map((c) => c.name).sort()).toEqual(['Phường Mỹ Tho', 'Xã Mỹ Thọ']);
    const flag = result.issues.find((i) => i.code === 'unit_ambiguous');
    expect(flag?.message).toContain('Phường Mỹ Tho (mã');
    expect(flag?.message).toContain('Xã Mỹ Thọ (mã 30076)');
  });

  test("a district and a commune of the same name across the reform: each report's own period decides", () => {
    const result = consolidate(
      [
        sheet('phuoc-long-2022.xlsx', 'Phuoc Long', [], '6 tháng đầu năm 2022'),
        sheet('phuoc-long-2026.xlsx', 'Phuoc Long', [], 'năm 2026'),
      ],
      { catalog: defaultCatalog, province: 'Bình Phước' },
    );
    expect(result.summary.units.map((u) => [u.name, u.code ?? null])).toEqual([
      ['Thị xã Phước Long', '688'],
      ['Phường Phước Long', null],
    ]);
    expect(result.issues.filter((i) => i.code === 'unit_unknown').map((i) => i.unit)).toEqual(['Phường Phước Long']);
    expect(result.summary.expected).toHaveLength(11);
  });

  test('without a period, the units the reports name decide which list applies', () => {
    const result = consolidate(
      [
        {
          ...sheet('x.xlsx', 'Sheet1', ['UBND XÃ TÂN TIẾN'], ''),
          values: [['UBND XÃ TÂN TIẾN'], ['STT', 'Chỉ tiêu', 'ĐVT', 'Thực hiện'], [1, 'Số trạm BTS', 'trạm', 12]],
        },
      ],
      {
        catalog: defaultCatalog,
        province: 'Đồng Nai',
      },
    );
    expect(result.summary.units[0]).toMatchObject({ name: 'Xã Tân Tiến', code: '25318' });
    expect(result.summary.missingUnits.length).toBe(94);
    expect(result.summary.unitsFrom).toMatchObject({ era: 'since', eraFrom: 'reports' });
  });
});

describe('a half-year that ended just before the reform', () => {
  test('accepts the new communes that reported it, and the old districts', () => {
    const communes = consolidate(
      [
        sheet('lung-cu.xlsx', 'Sheet1', ['UBND XÃ LŨNG CÚ'], '6 tháng đầu năm 2025'),
        sheet('dong-van.xlsx', 'Sheet1', ['UBND XÃ ĐỒNG VĂN'], '6 tháng đầu năm 2025'),
      ],
      {
        catalog: defaultCatalog,
        province: 'Tuyên Quang',
      },
    );
    expect(communes.summary.units.map((u) => u.code)).toEqual(
      expect.arrayContaining([expect.stringMatching(/^\d{5}$/)]),
    );
    expect(communes.summary.unitsFrom).toMatchObject({ era: 'since', eraFrom: 'reports', straddles: true });
    expect(communes.summary.expected).toHaveLength(124);
    const districts = consolidate(
      [sheet('son-duong.xlsx', 'Sheet1', ['UBND HUYỆN SƠN DƯƠNG'], '6 tháng đầu năm 2025')],
      { catalog: defaultCatalog, province: 'Tuyên Quang' },
    );
    expect(districts.summary.units[0]).toMatchObject({ name: 'Huyện Sơn Dương', code: '076' });
    expect(districts.summary.expected).toHaveLength(7);
  });
});

describe('a report of another province', () => {
  test("is never counted as the consolidated province's unit of the same name; a former province's heading is", () => {
    const result = consolidate(
      [
        sheet('long-an.xlsx', 'Sheet1', ['UBND TỈNH LONG AN', 'UBND XÃ TÂN TIẾN'], 'năm 2026'),
        sheet('binh-phuoc.xlsx', 'Sheet1', ['UBND TỈNH BÌNH PHƯỚC', 'UBND XÃ TÂN TIẾN'], 'năm 2026'),
        sheet('dong-xoai.xlsx', 'Sheet1', ['UBND THÀNH PHỐ ĐỒNG NAI', 'UBND PHƯỜNG ĐỒNG XOÀI'], 'năm 2026'),
      ],
      { catalog: defaultCatalog, province: 'Đồng Nai' },
    );
    expect(result.summary.units.map((u) => [u.name, u.code ?? null])).toEqual([
      ['Phường Đồng Xoài', '25210'],
      ['Xã Tân Tiến', '25318'],
      ['Xã Tân Tiến (Long An)', null],
    ]);
    const flag = result.issues.find((i) => i.code === 'unit_unknown');
    expect(flag?.message).toContain('ghi tỉnh, thành phố Long An');
  });
});
