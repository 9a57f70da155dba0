import { defaultCatalog } from '../../src/core/catalog';
import { createMatcher } from '../../src/core/match';
import { learnFromMappingSheet } from '../../src/core/learn';
import type { Grid } from '../../src/core/model';

const mapping = (rows: (string | number | null)[][]): Grid => ({
  name: 'Đối chiếu',
  source: { file: 'tong-hop.xlsx', sheet: 'Đối chiếu' },
  values: [
    ['ĐỐI CHIẾU CHỈ TIÊU VÀ NGUỒN SỐ LIỆU'],
    [],
    ['STT', 'Đơn vị', 'Nhãn trong báo cáo', 'Ô nguồn', 'Chỉ tiêu', 'Mã chỉ tiêu', 'ĐVT'],
    ...rows,
  ],
});

describe('learning from the mapping sheet a person corrected', () => {
  const label = 'Số lượt truy cập Cổng thông tin điện tử huyện';

  it('turns an unmatched row filled in with an indicator id into an alias, so the next run matches it', () => {
    expect(createMatcher(defaultCatalog).match(label).kind).toBe('unmatched');
    const r = learnFromMappingSheet(
      mapping([[1, 'Huyện Bù Đốp', label, 'bu_dop.xlsx#Sheet1!B40', '(chưa đối chiếu được)', 'news_articles', '']]),
      defaultCatalog,
    );
    if (!r.ok) throw new Error(r.reason);
    expect(r.learned).toEqual([{ label, indicatorId: 'news_articles', row: 3 }]);
    const again = createMatcher(r.catalog).match(label);
    expect(again.kind === 'matched' && again.id).toBe('news_articles');
  });

  it('learns nothing from rows the engine already matched that way', () => {
    const r = learnFromMappingSheet(
      mapping([[1, 'Huyện Bù Đốp', 'Số trạm BTS', 'x', 'Số trạm', 'bts_stations', 'trạm']]),
      defaultCatalog,
    );
    expect(r.ok && r.learned).toEqual([]);
  });

  it('names ids that are not in the catalog instead of guessing', () => {
    const r = learnFromMappingSheet(mapping([[1, 'Huyện Bù Đốp', label, 'x', '', 'bts', '']]), defaultCatalog);
    expect(r.ok && r.unknownIds).toEqual([{ id: 'bts', row: 3 }]);
  });

  it('refuses a sheet that is not a mapping sheet, saying why', () => {
    const r = learnFromMappingSheet(
      { name: 'Sheet1', source: { file: 'a.xlsx', sheet: 'Sheet1' }, values: [['a', 'b']] },
      defaultCatalog,
    );
    expect(r).toEqual({ ok: false, reason: 'trang «Sheet1» không có cột «Nhãn trong báo cáo» và «Mã chỉ tiêu»' });
  });
});
