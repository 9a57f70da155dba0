import { merged, unitReport } from '../../helpers/reports';
import { unitValues } from '../../../src/core/merge';

const row = (result: ReturnType<typeof merged>, id: string) => result.rows.find((r) => r.indicator.id === id)!;

describe('mergeReports', () => {
  const result = merged([
    unitReport('Huyện Bù Đốp', [
      ['population', 70000],
      ['households', 18000],
      ['bts', '1.300'],
      ['mobile_subscribers', 84000],
      ['fibre_households_rate', '80%'],
      ['telecom_revenue', '1,7 tỷ đồng'],
    ]),
    unitReport('Huyện Lộc Ninh', [
      ['population', 130000],
      ['households', 32000],
      ['bts', 95],
      ['mobile_subscribers', 130000],
      ['fibre_households_rate', 0.6, { numberFormat: '0%' }],
      ['telecom_revenue', 'đang cập nhật'],
    ]),
  ]);

  it('keeps each figure under its unit with the source cell and raw text', () => {
    const bts = row(result, 'bts').values['Huyện Bù Đốp'];
    expect(bts.value).toBe(1300);
    expect(bts.figure.raw).toBe('1.300');
    expect(bts.cell).toEqual({ file: 'Huyện Bù Đốp.xlsx', sheet: 'Sheet1', address: 'D10' });
  });

  it('sums counts over the units that reported them', () => {
    expect(row(result, 'bts').total).toBe(1395);
    expect(row(result, 'population').total).toBe(200000);
  });

  it('recomputes a ratio indicator from the totals of its parts', () => {
    expect(row(result, 'mobile_density').total).toBeCloseTo((214000 / 200000) * 100, 4);
  });

  it('weights a rate by the households of each unit', () => {
    expect(row(result, 'fibre_households_rate').total).toBeCloseTo((80 * 18000 + 60 * 32000) / 50000, 4);
  });

  it('scales money written with a magnitude word to the catalog measure', () => {
    expect(row(result, 'telecom_revenue').values['Huyện Bù Đốp'].value).toBe(1700);
  });

  it('leaves unreadable figures out of the total but keeps them for the checks', () => {
    const revenue = row(result, 'telecom_revenue');
    expect(revenue.values['Huyện Lộc Ninh'].figure.kind).toBe('unreadable');
    expect(revenue.total).toBe(1700);
  });

  it('keeps the first of two rows for one indicator and records the second as a duplicate', () => {
    const dup = merged([
      unitReport('Xã Tân Tiến', [
        ['bts', 12],
        ['bts', 21],
      ]),
    ]);
    const value = row(dup, 'bts').values['Xã Tân Tiến'];
    expect(value.value).toBe(12);
    expect(value.duplicates?.map((d) => d.value)).toEqual([21]);
  });

  it('sends labels without a decision to the unmatched list, never into a figure', () => {
    const r = merged([unitReport('Xã Tân Tiến', [['Số lượt truy cập cổng thông tin', 5000]])]);
    expect(r.unmatched).toHaveLength(1);
    expect(r.unmatched[0].label).toBe('Số lượt truy cập cổng thông tin');
    expect(r.rows.every((x) => Object.keys(x.values).length === 0)).toBe(true);
  });
});

describe('the unit values kept with each row', () => {
  it('are the row’s record as pairs, in merge order, even when a unit comes twice', () => {
    const result = merged([
      unitReport('Huyện Bù Đốp', [
        ['bts', 12],
        ['population', 70000],
        ['bts', 13],
      ]),
      unitReport('Huyện Lộc Ninh', [['bts', 95]]),
      unitReport('Huyện Bù Đốp', [
        ['bts', 14],
        ['households', 18000],
      ]),
    ]);
    for (const r of result.rows) expect(unitValues(r)).toEqual(Object.entries(r.values));
    const bts = row(result, 'bts').values['Huyện Bù Đốp'];
    expect(bts.value).toBe(12);
    expect(bts.duplicates?.map((d) => d.value)).toEqual([13, 14]);
    expect(row(result, 'households').values['Huyện Bù Đốp'].value).toBe(18000);
  });
});
