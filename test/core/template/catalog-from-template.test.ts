import type { Grid } from '../../../src/core/model';
import { catalogFromTemplate } from '../../../src/core/template';
import { validateCatalog, defaultCatalog } from '../../../src/core/catalog';
import { FORMS, formA, formB, formC, formGrid, handIds, type DepartmentForm } from './department-forms';

type Expected = Extract<DepartmentForm['rows'][number], { kind: 'indicator' }>;

const grids = new Map<DepartmentForm, Grid>();
beforeAll(async () => {
  for (const form of FORMS) grids.set(form, await formGrid(form));
});

function built(form: DepartmentForm) {
  const read = catalogFromTemplate(grids.get(form)!);
  if (!read.ok) throw new Error(read.reason);
  return read;
}

const expectedRows = (form: DepartmentForm): Expected[] =>
  form.rows.filter((r): r is Expected => r.kind === 'indicator');

describe.each(FORMS.map((form) => [form.file, form] as const))('the department form %s', (_, form) => {
  it("becomes one indicator per row, in the form's order", () => {
    const { catalog } = built(form);
    expect(catalog.indicators.map((i) => i.name)).toEqual(expectedRows(form).map((r) => r.expect.name));
    expect(catalog.indicators.map((i) => i.order)).toEqual(expectedRows(form).map((_, n) => n + 1));
  });

  it('gives every indicator the measure and the section the form gives it', () => {
    const { catalog } = built(form);
    const ids = catalog.indicators.map((i) => i.id);
    const hand = handIds(form);
    const got = catalog.indicators.map((i) => ({ name: i.name, measure: i.unit, group: i.group, parent: i.parent }));
    const want = expectedRows(form).map((r) => ({
      name: r.expect.name,
      measure: r.expect.measure,
      group: r.expect.group,
      parent: r.expect.parent ? ids[hand.indexOf(r.expect.parent)] : undefined,
    }));
    expect(got).toEqual(want);
  });

  it('writes a catalog the catalog reader accepts, with stable ids', () => {
    const first = built(form).catalog;
    const again = built(form).catalog;
    expect(again.indicators.map((i) => i.id)).toEqual(first.indicators.map((i) => i.id));
    const checked = validateCatalog(JSON.parse(JSON.stringify(first)));
    expect(checked.ok ? [] : checked.errors).toEqual([]);
  });

  it('prints how many decisions it left to a person', () => {
    const { catalog } = built(form);
    // The measured figure of the issue: printed with the test run.
    console.log(
      `${form.file}: ${catalog.indicators.length} chỉ tiêu, ${(catalog.needs ?? []).reduce((n, need) => n + need.indicators.length, 0)} cần quyết định`,
    );
    for (const need of catalog.needs ?? []) expect(need.indicators.length).toBeGreaterThan(0);
  });
});

describe('reading a form', () => {
  it('sums counts and money, and keeps the built-in rule of an indicator it links to', () => {
    const { catalog } = built(formA);
    const byName = new Map(catalog.indicators.map((i) => [i.name, i]));
    expect(byName.get('Số điểm phục vụ bưu chính')?.aggregate).toBeUndefined();
    expect(byName.get('Tổng số DVCTT đang cung cấp')?.aggregate).toBe('max');
    expect(byName.get('Mật độ thuê bao di động')?.aggregate).toEqual({
      ratio: [byName.get('Tổng số thuê bao điện thoại di động')?.id, byName.get('Dân số')?.id],
      scale: 100,
    });
    expect(byName.get('Tỷ lệ hộ gia đình có kết nối Internet cáp quang')?.aggregate).toEqual({
      weightedBy: byName.get('Số hộ gia đình')?.id,
    });
  });

  it('recomputes a rate from its parts when the form has both, even where the built-in catalog weights it', () => {
    const { catalog } = built(formB);
    const byName = new Map(catalog.indicators.map((i) => [i.name, i]));
    expect(byName.get('Tỷ lệ hộ có kết nối cáp quang')?.aggregate).toEqual({
      ratio: [byName.get('Số hộ có kết nối cáp quang')?.id, byName.get('Tổng số hộ')?.id],
      scale: 100,
    });
    const { catalog: c } = built(formC);
    const byNameC = new Map(c.indicators.map((i) => [i.name, i]));
    expect(byNameC.get('Tỷ lệ thôn có sóng di động 4G')?.aggregate).toEqual({
      ratio: [byNameC.get('Số thôn có sóng di động 4G')?.id, byNameC.get('Tổng số thôn')?.id],
      scale: 100,
    });
  });

  it('asks, never guesses: a rate without its parts and a row without a measure', () => {
    const { catalog } = built(formB);
    const byName = new Map(catalog.indicators.map((i) => [i.name, i]));
    const rate = byName.get('Tỷ lệ người dân có tài khoản định danh điện tử mức 2')!;
    const meetings = byName.get('Số cuộc họp trực tuyến có kết nối tới thôn')!;
    expect(rate.aggregate).toBe('none');
    expect(meetings.unit).toBe('');
    expect(catalog.needs?.map((n) => [n.kind, n.indicators])).toEqual([
      ['aggregate', [rate.id]],
      ['measure', [meetings.id]],
    ]);
    expect(catalog.needs?.[0].question).toContain('Tỷ lệ người dân có tài khoản định danh điện tử mức 2');
  });

  it('links indicators the built-in catalog has and brings their ranges, rules and wordings along', () => {
    const read = built(formA);
    const rate = read.catalog.indicators.find((i) => i.name === 'Tỷ lệ hộ gia đình có kết nối Internet cáp quang')!;
    const builtIn = defaultCatalog.indicators.find((i) => i.id === rate.builtIn)!;
    expect(builtIn.id).toBe('fibre_households_rate');
    expect([rate.min, rate.max]).toEqual([0, 100]);
    expect(rate.aliases).toEqual(expect.arrayContaining(builtIn.aliases ?? []));
    const part = read.catalog.indicators.find((i) => i.name === 'Trạm BTS 4G')!;
    expect(part.rules).toEqual([{ lte: part.parent }]);
    expect(read.linked).toBeGreaterThanOrEqual(14);
  });

  it('links no two rows to the same built-in indicator', () => {
    for (const form of FORMS) {
      const linked = built(form).catalog.indicators.flatMap((i) => (i.builtIn ? [i.builtIn] : []));
      expect(new Set(linked).size).toBe(linked.length);
    }
  });

  it('keeps the report title without its period placeholder', () => {
    expect(built(formA).catalog.title).toBe('Kết quả thực hiện nhiệm vụ thông tin và truyền thông');
    expect(built(formC).catalog.title).toBe('Số liệu thông tin và truyền thông');
  });

  it('reads a form typed in decomposed Unicode (NFD) into the same names', async () => {
    const grid = await formGrid(formB);
    const nfd: Grid = {
      ...grid,
      values: grid.values.map((row) => row.map((v) => (typeof v === 'string' ? v.normalize('NFD') : v))),
    };
    const read = catalogFromTemplate(nfd);
    expect(read.ok && read.catalog.indicators.map((i) => i.name)).toEqual(
      built(formB).catalog.indicators.map((i) => i.name),
    );
  });

  it('reads a row that states a measure as an indicator, whatever its case or punctuation', () => {
    const file = 'mau.xlsx';
    const grid: Grid = {
      name: 'Biểu',
      source: { file, sheet: 'Biểu' },
      values: [
        ['UBND XÃ ........'],
        [],
        ['BÁO CÁO SỐ LIỆU CHUYỂN ĐỔI SỐ NĂM 2025'],
        [],
        ['STT', 'CHỈ TIÊU', 'ĐVT', 'THỰC HIỆN', 'GHI CHÚ'],
        ['I', 'HẠ TẦNG SỐ'],
        ['1', 'SỐ TRẠM BTS TRÊN ĐỊA BÀN', 'TRẠM'],
        ['2', 'Số thuê bao di động (*):', 'Thuê bao'],
        [null, 'Tr.đó: thuê bao 5G', 'Thuê bao'],
        ['3', 'Tổng số DVC trực tuyến đang cung cấp (2)', 'Dịch vụ'],
        [null, 'Trong đó: - Toàn trình', 'Dịch vụ'],
        [null, '- Một phần', 'Dịch vụ'],
        [],
        ['(*) Số liệu do doanh nghiệp viễn thông cung cấp.'],
      ],
    };
    const read = catalogFromTemplate(grid);
    if (!read.ok) throw new Error(read.reason);
    const rows = read.catalog.indicators.map((i) => [
      i.name,
      i.unit,
      i.group,
      i.parent ? read.catalog.indicators.find((p) => p.id === i.parent)?.name : null,
    ]);
    expect(rows).toEqual([
      ['SỐ TRẠM BTS TRÊN ĐỊA BÀN', 'TRẠM', 'HẠ TẦNG SỐ', null],
      ['Số thuê bao di động', 'Thuê bao', 'HẠ TẦNG SỐ', null],
      ['Thuê bao 5G', 'Thuê bao', 'HẠ TẦNG SỐ', 'Số thuê bao di động'],
      ['Tổng số DVC trực tuyến đang cung cấp', 'Dịch vụ', 'HẠ TẦNG SỐ', null],
      ['Toàn trình', 'Dịch vụ', 'HẠ TẦNG SỐ', 'Tổng số DVC trực tuyến đang cung cấp'],
      ['Một phần', 'Dịch vụ', 'HẠ TẦNG SỐ', 'Tổng số DVC trực tuyến đang cung cấp'],
    ]);
    // A short part is linked to the built-in catalog read together with its whole, as consolidate reads it.
    expect(read.catalog.indicators.map((i) => i.builtIn ?? null)).toEqual([
      'bts_stations',
      'mobile_subscribers',
      null,
      'online_services_total',
      'online_services_full',
      'online_services_partial',
    ]);
  });

  it('says why a sheet is not a form, in Vietnamese and English', () => {
    const prose: Grid = {
      name: 'Hướng dẫn',
      source: { file: 'mau.xlsx', sheet: 'Hướng dẫn' },
      values: [['Hướng dẫn điền biểu'], ['Các đơn vị điền số liệu vào cột Thực hiện.']],
    };
    const read = catalogFromTemplate(prose);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.reason).toMatch(/^Không đọc được mẫu «Hướng dẫn»: /);
      expect(read.reasonEn).toMatch(/^The form "Hướng dẫn" could not be read/);
    }
  });
});
