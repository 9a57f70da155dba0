import type { Issue } from '../../../src/core/model';
import { checkSummary } from '../../../src/core/check';
import { checked, unitReport } from '../../helpers/reports';

/** A clean, complete report scaled to a unit's size, so peers agree. */
function clean(unit: string, population: number, overrides: Record<string, unknown> = {}) {
  const households = Math.round(population / 4);
  const subscribers = Math.round(population * 1.05);
  const base: Record<string, unknown> = {
    population,
    households,
    bts: Math.round(population / 800),
    mobile_subscribers: subscribers,
    mobile_density: Math.round((subscribers / population) * 1000) / 10,
    fibre_households_rate: 75,
    online_services: 200,
    online_services_partial: 80,
    online_services_full: 100,
    telecom_revenue: Math.round(population / 50),
    ...overrides,
  };
  return unitReport(
    unit,
    Object.entries(base).map(([id, raw]) => [id, raw as string | number | null]),
  );
}

const units: [string, number][] = [
  ['Huyện Bù Đốp', 70000],
  ['Huyện Lộc Ninh', 130000],
  ['Huyện Bù Đăng', 150000],
  ['Thị xã Phước Long', 50000],
  ['Huyện Đồng Phú', 95000],
  ['Huyện Hớn Quản', 105000],
];
const codes = (issues: Issue[]) => issues.map((i) => `${i.code}:${i.unit}:${i.indicator}`);

describe('checks on clean reports', () => {
  it('raise no data-quality flag at all', () => {
    const { issues } = checked(units.map(([u, p]) => clean(u, p)));
    expect(codes(issues)).toEqual([]);
  });
});

describe('checks on planted defects', () => {
  const planted = (unit: string, overrides: Record<string, unknown>) =>
    checked(units.map(([u, p]) => (u === unit ? clean(u, p, overrides) : clean(u, p)))).issues;

  it.each([
    ['an empty figure', { bts: '' }, 'value_missing:Huyện Bù Đốp:bts'],
    ['text that is not a number', { bts: 'đang cập nhật' }, 'value_unreadable:Huyện Bù Đốp:bts'],
    ['a percentage over 100', { fibre_households_rate: 112 }, 'out_of_range:Huyện Bù Đốp:fibre_households_rate'],
    ['a negative count', { bts: -3 }, 'out_of_range:Huyện Bù Đốp:bts'],
    [
      'full-online services above all online services',
      { online_services_full: 250 },
      'rule_violated:Huyện Bù Đốp:online_services_full',
    ],
    [
      'parts adding up to more than the whole',
      { online_services_partial: 120, online_services_full: 100 },
      'rule_violated:Huyện Bù Đốp:online_services',
    ],
    [
      'a density that disagrees with its parts by more than 2 %',
      { mobile_density: 120 },
      'rule_violated:Huyện Bù Đốp:mobile_density',
    ],
    [
      'a thousand-separator slip (1.300 typed as 1300000 subscribers)',
      { mobile_subscribers: 73500000, mobile_density: 105000 },
      'scale_suspect:Huyện Bù Đốp:mobile_subscribers',
    ],
    [
      'revenue in đồng where triệu đồng was meant',
      { telecom_revenue: 1400000000 },
      'scale_suspect:Huyện Bù Đốp:telecom_revenue',
    ],
    ['a figure five times its peers per inhabitant', { bts: 450 }, 'outlier:Huyện Bù Đốp:bts'],
  ])('flag %s', (_what, overrides, expected) => {
    expect(codes(planted('Huyện Bù Đốp', overrides))).toContain(expected);
  });

  it('flag a missing row apart from an empty figure', () => {
    const report = unitReport('Xã Tân Tiến', [['population', 9000]]);
    const found = codes(checked([report]).issues);
    expect(found).toContain('indicator_missing:Xã Tân Tiến:bts');
    expect(found).not.toContain('indicator_missing:Xã Tân Tiến:telecom_revenue');
    expect(found.filter((c) => c.startsWith('value_missing'))).toEqual([]);
  });

  it('flag an expected unit that sent nothing', () => {
    const { issues } = checked([clean('Huyện Bù Đốp', 70000)], { expectedUnits: ['Huyện Bù Đốp', 'Huyện Phú Riềng'] });
    expect(codes(issues)).toContain('unit_missing:Huyện Phú Riềng:null');
  });

  it('flag a duplicate row with a different figure, naming both cells', () => {
    const { issues } = checked([
      unitReport('Xã Tân Tiến', [
        ['bts', 12],
        ['bts', 21],
      ]),
    ]);
    const dup = issues.find((i) => i.code === 'duplicate_conflict')!;
    expect(dup.cell).toBe('Xã Tân Tiến.xlsx#Sheet1!D8');
    expect(dup.related).toEqual(['Xã Tân Tiến.xlsx#Sheet1!D9']);
    expect(dup.message).toContain('«12»');
    expect(dup.message).toContain('«21»');
  });

  it('keep quiet about a duplicate row that repeats the same figure', () => {
    const { issues } = checked([
      unitReport('Xã Tân Tiến', [
        ['bts', 12],
        ['bts', '12'],
      ]),
    ]);
    expect(issues.filter((i) => i.code === 'duplicate_conflict')).toEqual([]);
  });

  it('flag a report of another period', () => {
    const reports = [clean('Huyện Bù Đốp', 70000), unitReport('Huyện Lộc Ninh', [['bts', 3]], 'năm 2021')];
    expect(codes(checked(reports).issues)).toContain('period_mismatch:Huyện Lộc Ninh:null');
  });

  it('flag an unmatched label with its closest candidates', () => {
    const { issues } = checked([unitReport('Xã Tân Tiến', [['Số lượt truy cập cổng thông tin', 5000]])]);
    const issue = issues.find((i) => i.code === 'label_unmatched')!;
    expect(issue.message).toContain('Số lượt truy cập cổng thông tin');
    expect(issue.message).toContain('Số trạm thu phát sóng');
  });

  it('write every message in Vietnamese with Vietnamese number formatting', () => {
    const issues = planted('Huyện Bù Đốp', { mobile_subscribers: 73500000, mobile_density: 105000 });
    const scale = issues.find((i) => i.code === 'scale_suspect')!;
    expect(scale.message).toContain('73.500.000');
    expect(scale.messageEn).toContain('73,500,000');
  });
});

describe('checks against the previous period', () => {
  const withPrevious = (now: number, before: number, id = 'bts') => {
    const reports = [unitReport('Xã Tân Tiến', [[id, now]])];
    const result = checked(reports);
    result.summary.previous = {
      period: 'năm 2021',
      source: 'report-2021.json',
      totals: {},
      values: { 'Xã Tân Tiến': { [id]: before } },
    };
    return codes(checkSummary({ summary: result.summary, measureConflicts: [], period: result.summary.period }));
  };

  it('flag a figure about 1000 times the previous one as a scale slip', () => {
    expect(withPrevious(12000, 12)).toContain('scale_suspect:Xã Tân Tiến:bts');
  });

  it('flag an implausible jump as unusual', () => {
    expect(withPrevious(120, 20)).toContain('outlier:Xã Tân Tiến:bts');
  });

  it('keep quiet about ordinary growth and small counts', () => {
    expect(withPrevious(26, 20).filter((c) => c.startsWith('outlier') || c.startsWith('scale'))).toEqual([]);
    expect(withPrevious(11, 2).filter((c) => c.startsWith('outlier') || c.startsWith('scale'))).toEqual([]);
  });

  it('flag a rate that moved more than 30 points', () => {
    expect(withPrevious(90, 40, 'fibre_households_rate')).toContain('outlier:Xã Tân Tiến:fibre_households_rate');
  });
});

describe('one reason per doubtful cell', () => {
  it('does not call a percentage over 100 unusual as well', () => {
    const issues = checked(
      units.map(([u, p]) => (u === 'Huyện Bù Đốp' ? clean(u, p, { fibre_households_rate: 180 }) : clean(u, p))),
    ).issues;
    expect(codes(issues)).toEqual(['out_of_range:Huyện Bù Đốp:fibre_households_rate']);
  });
});
