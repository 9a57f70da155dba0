import type { Catalog, ConsolidationResult } from '../../../src/core/model';
import { catalogFromTemplate, renderForms } from '../../../src/core/template';
import { consolidate } from '../../../src/core/consolidate';
import { catalogVersion } from '../../../src/core/catalog';
import { detectReport } from '../../../src/core/detect';
import { xlsxBytes } from '../../../src/xlsx/write';
import { gridsFromXlsx } from '../../../src/xlsx/read';
import { FORMS, formA, formGrid } from './department-forms';
import { compareCatalogs } from './compare-catalogs';
import { fillForm, type Filling } from './fill-form';

let catalog: Catalog;
beforeAll(async () => {
  const read = catalogFromTemplate(await formGrid(formA));
  if (!read.ok) throw new Error(read.reason);
  catalog = read.catalog;
});

/** What each unit types: a figure per indicator and unit, a few as text the way units write them. */
function typed(id: string, sheet: string): number | string {
  const unit = formA.units.indexOf(sheet);
  const index = catalog.indicators.findIndex((i) => i.id === id);
  if (id === 'postal_dossiers_received') return ['1.300', '2.045', '980', '1.512'][unit];
  if (id === 'fibre_households_rate') return ['68,2', 71.5, '80,4%', 66.9][unit];
  return plain(index, unit);
}
/** Counts grow with the row; rates stay within 0–100 (the form's checks would refuse more). */
const plain = (index: number, unit: number): number =>
  catalog.indicators[index].unit.includes('%') ? 40 + index + unit : (index + 1) * 10 + unit;
const TYPED_VALUE: Record<string, number[]> = {
  postal_dossiers_received: [1300, 2045, 980, 1512],
  fibre_households_rate: [68.2, 71.5, 80.4, 66.9],
};
const expectedValue = (id: string, unit: number): number =>
  TYPED_VALUE[id]?.[unit] ??
  plain(
    catalog.indicators.findIndex((i) => i.id === id),
    unit,
  );

async function roundTrip(filling: Filling, using: Catalog = catalog): Promise<ConsolidationResult> {
  const forms = xlsxBytes(renderForms(catalog, formA.units, { period: formA.period }));
  const filled = await fillForm(forms, filling);
  return consolidate(gridsFromXlsx(filled, 'bao-cao-cac-huyen.xlsx'), {
    catalog: using,
    expectedUnits: formA.units,
    period: formA.period,
  });
}

describe('catalog → form → filled by the units → consolidated', () => {
  it('gives exactly the figures the units typed, every one, from its cell', async () => {
    const result = await roundTrip({ figure: typed });
    expect(result.summary.units.map((u) => u.name)).toEqual(formA.units);
    for (const row of result.summary.rows) {
      formA.units.forEach((unit, u) =>
        expect([row.indicator.id, unit, row.values[unit]?.value]).toEqual([
          row.indicator.id,
          unit,
          expectedValue(row.indicator.id, u),
        ]),
      );
    }
    expect(result.summary.unmatched).toEqual([]);
    expect(result.issues.filter((i) => i.severity === 'error').map((i) => i.message)).toEqual([]);
  });

  it('matches by id with certainty though a unit rewrote the wording', async () => {
    const reword = {
      postal_service_points: 'Điểm BĐVHX và bưu cục đang mở cửa',
      online_dossiers: 'Hồ sơ nhận qua Cổng DVC (trực tuyến)',
    };
    const result = await roundTrip({ figure: typed, reword });
    for (const [id, label] of Object.entries(reword)) {
      const mapped = result.summary.mapping.filter((m) => m.label === label);
      expect(mapped.map((m) => [m.indicatorId, m.confidence, m.reason])).toEqual(
        formA.units.map(() => [id, 1, 'mã chỉ tiêu của mẫu báo cáo']),
      );
    }
    expect(
      result.summary.rows.find((r) => r.indicator.id === 'postal_service_points')?.values['Huyện Lộc Ninh']?.value,
    ).toBe(expectedValue('postal_service_points', 1));
  });

  it('handles a row the unit inserted as an ordinary unknown row', async () => {
    const result = await roundTrip({
      figure: typed,
      insertAfter: {
        id: 'households',
        label: 'Số lượt truy cập Cổng thông tin điện tử huyện',
        measure: 'Lượt',
        value: 15230,
      },
    });
    expect(result.summary.unmatched.map((u) => u.label)).toEqual(
      formA.units.map(() => 'Số lượt truy cập Cổng thông tin điện tử huyện'),
    );
    // The rows after it still carry their ids and figures.
    expect(
      result.summary.rows.every((row) =>
        formA.units.every((unit, u) => row.values[unit]?.value === expectedValue(row.indicator.id, u)),
      ),
    ).toBe(true);
  });

  it('flags a form of another catalog version and trusts none of its ids', async () => {
    const renamed: Catalog = {
      ...catalog,
      indicators: catalog.indicators.map((i) =>
        i.id === 'bts_stations' ? { ...i, name: 'Số trạm BTS đang phát sóng' } : i,
      ),
    };
    expect(catalogVersion(renamed)).not.toBe(catalogVersion(catalog));
    const result = await roundTrip({ figure: typed }, renamed);
    expect(result.issues.filter((i) => i.code === 'template_mismatch').map((i) => i.unit)).toEqual(formA.units);
    expect(result.summary.mapping.some((m) => m.reason === 'mã chỉ tiêu của mẫu báo cáo')).toBe(false);
  });

  it("reads the id column and the version marker into the unit's report", async () => {
    const [grid] = gridsFromXlsx(
      xlsxBytes(renderForms(catalog, ['Huyện Bù Đốp'], { period: formA.period })),
      'mau.xlsx',
    );
    const detected = detectReport(grid, { expectedUnits: formA.units, blankForm: true });
    if (detected.kind !== 'report') throw new Error(detected.reason);
    expect(detected.report.unit).toBe('Huyện Bù Đốp');
    expect(detected.report.period).toBe(formA.period);
    expect(detected.report.templateVersion).toBe(catalogVersion(catalog));
    expect(detected.report.rows.map((r) => r.templateId)).toEqual(catalog.indicators.map((i) => i.id));
  });
});

describe.each(FORMS.map((form) => [form.file, form] as const))(
  'the form %s → catalog → consolidating the reports written against it',
  (_, form) => {
    it('reaches every figure a hand-written catalog reaches, each equal, none wrong', async () => {
      const c = await compareCatalogs(form);
      console.log(
        `${c.form}: ${c.units} đơn vị; số liệu: danh mục viết tay ${c.byHand}, danh mục từ mẫu ${c.byTemplate}, trùng ${c.equal}, sai ${c.wrong.length + c.untrue.length}, thiếu ${c.missed.length}; ` +
          `cần quyết định ${c.needs}; tổng toàn tỉnh khác nhau ${c.totalsDifferUndecided.length} trước, ${c.totalsDiffer.length} sau khi quyết định (trên ${c.totals})`,
      );
      expect(c.wrong).toEqual([]);
      expect(c.missed).toEqual([]);
      expect(c.untrue).toEqual([]);
      expect(c.equal).toBe(c.byHand);
      expect(c.totalsDiffer).toEqual([]);
    });

    it("matches every row the form has, in every unit's report", async () => {
      const read = catalogFromTemplate(await formGrid(form));
      if (!read.ok) throw new Error(read.reason);
      const grids = await Promise.all(form.units.map((unit, index) => formGrid(form, { unit, index, edits: {} })));
      const result = consolidate(grids, { catalog: read.catalog, expectedUnits: form.units, period: form.period });
      expect(result.summary.unmatched).toEqual([]);
      for (const row of result.summary.rows)
        expect([row.indicator.name, Object.keys(row.values).length]).toEqual([row.indicator.name, form.units.length]);
    });
  },
);
