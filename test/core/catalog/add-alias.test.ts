import { addAlias, defaultCatalog } from '../../../src/core/catalog';
import type { Catalog } from '../../../src/core/model';

const catalog: Catalog = {
  indicators: [
    { id: 'bts_stations', name: 'Số trạm thu phát sóng thông tin di động (BTS)', unit: 'trạm', aliases: ['Trạm BTS'] },
    {
      id: 'mobile_subscribers',
      name: 'Số thuê bao điện thoại di động',
      unit: 'thuê bao',
      aliases: ['Số trạm phát sóng'],
    },
  ],
};
const aliasesOf = (c: Catalog, id: string) => c.indicators.find((i) => i.id === id)?.aliases;

describe('addAlias', () => {
  it('remembers a new label as an alias of the indicator, leaving the given catalog untouched', () => {
    const next = addAlias(catalog, 'bts_stations', 'Số trạm phát sóng BTS');
    expect(aliasesOf(next, 'bts_stations')).toEqual(['Trạm BTS', 'Số trạm phát sóng BTS']);
    expect(aliasesOf(catalog, 'bts_stations')).toEqual(['Trạm BTS']);
  });

  it.each([
    ['the same alias in capitals', 'TRẠM BTS'],
    ['the same alias without diacritics', 'Tram BTS'],
    ['the same alias in decomposed Unicode', 'Trạm BTS'.normalize('NFD')],
    ['the name itself', 'Số trạm thu phát sóng thông tin di động (BTS)'],
  ])('does not add %s twice', (_case, label) => {
    expect(aliasesOf(addAlias(catalog, 'bts_stations', label), 'bts_stations')).toEqual(['Trạm BTS']);
  });

  it('moves an alias another indicator held, since the latest decision wins', () => {
    const next = addAlias(catalog, 'bts_stations', 'Số trạm phát sóng');
    expect(aliasesOf(next, 'bts_stations')).toEqual(['Trạm BTS', 'Số trạm phát sóng']);
    expect(aliasesOf(next, 'mobile_subscribers')).toEqual([]);
  });

  it('keeps the label as written, in NFC with spaces collapsed', () => {
    const next = addAlias(catalog, 'bts_stations', '  Trạm   phát sóng  '.normalize('NFD'));
    expect(aliasesOf(next, 'bts_stations')).toEqual(['Trạm BTS', 'Trạm phát sóng']);
  });

  it('refuses an indicator the catalog does not have', () => {
    expect(() => addAlias(defaultCatalog, 'tram_bts', 'Trạm BTS')).toThrow(
      'Không có chỉ tiêu «tram_bts» trong danh mục',
    );
  });
});
