import type { Catalog } from '../model';
import { foldKey, normalizeText } from '../text';

/**
 * Remembers a person's mapping decision: returns a new catalog where `label` is an alias of the indicator.
 * A label already known by its folded key (as the name or an alias) is not added twice; if another indicator
 * held it as an alias, it moves, since the person's latest decision wins. Throws on an unknown indicator id.
 * @example addAlias(defaultCatalog, 'bts_stations', 'Số trạm phát sóng BTS').indicators
 * //   .find((i) => i.id === 'bts_stations')?.aliases?.includes('Số trạm phát sóng BTS') // true
 */
export function addAlias(catalog: Catalog, indicatorId: string, label: string): Catalog {
  const target = catalog.indicators.find((indicator) => indicator.id === indicatorId);
  if (!target) throw new Error(`Không có chỉ tiêu «${indicatorId}» trong danh mục`);
  const alias = normalizeText(label);
  const key = foldKey(alias);
  if (key === '') return catalog;

  const knownByTarget = [target.name, ...(target.aliases ?? [])].some((form) => foldKey(form) === key);
  const indicators = catalog.indicators.map((indicator) => {
    if (indicator.id === indicatorId) {
      return knownByTarget ? indicator : { ...indicator, aliases: [...(indicator.aliases ?? []), alias] };
    }
    const aliases = indicator.aliases?.filter((form) => foldKey(form) !== key);
    return aliases && aliases.length !== indicator.aliases?.length ? { ...indicator, aliases } : indicator;
  });
  return { ...catalog, indicators };
}
