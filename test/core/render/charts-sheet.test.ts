import type { CellRange, ConsolidationResult, PreviousPeriod, SheetSpec } from '../../../src/core/model';
import { renderWorkbook } from '../../../src/core/render';
import { bandCounts, valueBands } from '../../../src/core/render/value-bands';
import { columnBreaks, columnPoints, rowBreaks } from '../../../src/core/render/page-fit';
import { checked, unitReport } from '../../helpers/reports';

const chartsOf = (r: ConsolidationResult): SheetSpec =>
  renderWorkbook(r, { generatedAt: '2026-07-15' }).sheets.find((s) => s.name === 'Biểu đồ')!;
const cells = (s: SheetSpec, r: CellRange): unknown[] => {
  const out: unknown[] = [];
  for (let row = r.top; row <= r.bottom; row++)
    for (let col = r.left; col <= r.right; col++) out.push(s.rows[row]?.[col]?.value ?? null);
  return out;
};

const few = checked([
  unitReport('Huyện Bù Đốp', [
    ['population', 70000],
    ['bts', 90],
    ['online_services', 1200],
  ]),
  unitReport('Huyện Lộc Ninh', [
    ['population', 130000],
    ['bts', 175],
    ['online_services', 1210],
  ]),
  unitReport('Huyện Phú Riềng', [
    ['population', 99800],
    ['bts', 152],
    ['online_services', 1190],
  ]),
]);

describe('«Biểu đồ» for a province of a few units', () => {
  const sheet = chartsOf(few);

  it('draws one chart per section, of its key indicator, not of the sizes other figures are divided by', () => {
    expect(sheet.charts!.map((c) => c.title)).toEqual([
      'Số trạm thu phát sóng thông tin di động (BTS)',
      'Số dịch vụ công trực tuyến',
    ]);
  });

  it('ranks the units from the highest, and each bar is a figure of the table beside it', () => {
    const bts = sheet.charts![0];
    expect(bts.kind).toBe('bar');
    expect(cells(sheet, bts.categories)).toEqual(['Huyện Lộc Ninh', 'Huyện Phú Riềng', 'Huyện Bù Đốp']);
    expect(cells(sheet, bts.series[0].values)).toEqual([175, 152, 90]);
    expect(bts.series).toHaveLength(1);
    // The chart sits right of its table, not over it.
    expect(bts.anchor.left).toBeGreaterThan(bts.series[0].values.right);
    expect(bts.anchor.top).toBeLessThanOrEqual(bts.categories.top);
  });

  it('draws the previous period beside this one when it is given', () => {
    const previous: PreviousPeriod = {
      period: 'năm 2021',
      source: 'x.json',
      totals: {},
      values: { 'Huyện Lộc Ninh': { bts: 160 }, 'Huyện Bù Đốp': { bts: 88 } },
    };
    const s = chartsOf({ ...few, summary: { ...few.summary, previous } });
    const bts = s.charts![0];
    expect(bts.series.map((x) => x.name)).toEqual(['Kỳ này', 'Kỳ trước']);
    expect(cells(s, bts.series[1].values)).toEqual([160, null, 88]);
  });

  it('keeps each chart and its table on one printed page', () => {
    const blocks = sheet.charts!.map((c) => [c.anchor.top, c.anchor.bottom]);
    for (const b of sheet.print!.rowBreaks ?? [])
      for (const [top, bottom] of blocks) expect(b > top && b <= bottom).toBe(false);
  });
});

describe('«Biểu đồ» for a large province', () => {
  it('shows how many units fall in each band of values, the bands covering every unit', () => {
    const many = checked(Array.from({ length: 120 }, (_, i) => unitReport(`Xã Số ${i + 1}`, [['bts', (i * 7) % 53]])));
    const sheet = chartsOf(many);
    const bts = sheet.charts![0];
    expect(bts.kind).toBe('column');
    const counts = cells(sheet, bts.series[0].values) as number[];
    expect(counts.reduce((a, b) => a + b, 0)).toBe(120);
    expect(cells(sheet, bts.categories)).toEqual(['0–9', '10–19', '20–29', '30–39', '40–49', '50–59']);
    expect(bts.valueAxisTitle).toBe('đơn vị');
  });
});

describe('value bands', () => {
  it.each([
    [[3, 18, 41], true, ['0–9', '10–19', '20–29', '30–39', '40–49']],
    [[0, 50], true, ['0–9', '10–19', '20–29', '30–39', '40–49', '50–59']],
    [[62.3, 79.9], false, ['60–<65', '65–<70', '70–<75', '75–80']],
    [[7, 7, 7], true, ['7']],
  ])('%j in whole numbers: %s → %j', (values, integers, labels) => {
    const bands = valueBands(values, 5, integers, 'vi');
    expect(bands.map((b) => b.label)).toEqual(labels);
    expect(bandCounts(bands, values).reduce((a, b) => a + b, 0)).toBe(values.length);
  });

  it('writes edges the reader’s way', () => {
    expect(valueBands([0, 4000], 4, true, 'vi')[1].label).toBe('1.000–1.999');
    expect(valueBands([0, 4000], 4, true, 'en')[1].label).toBe('1,000–1,999');
  });
});

describe('page breaks', () => {
  it('move a section whole to the next page when little of this page would stay empty', () => {
    expect(
      columnBreaks(
        [10, 10, 20, 20],
        [
          [2, 2],
          [3, 3],
        ],
        2,
        250,
      ),
    ).toEqual([3]);
  });

  it('cut a section between columns rather than leave most of a page empty', () => {
    const widths = [10, 10, 13, 13, 13, 13, 13, 13, 13, 13];
    const page = columnPoints(10) * 2 + columnPoints(13) * 5;
    expect(
      columnBreaks(
        widths,
        [
          [2, 3],
          [4, 9],
        ],
        2,
        page,
      ),
    ).toEqual([7]);
  });

  it('start a page before a block that would cross the page end', () => {
    expect(
      rowBreaks(
        [15, 15, 15, 15, 15],
        [
          [0, 1],
          [3, 4],
        ],
        60,
      ),
    ).toEqual([3]);
    expect(
      rowBreaks(
        [15, 15, 15, 15],
        [
          [0, 1],
          [2, 3],
        ],
        60,
      ),
    ).toEqual([]);
  });
});
