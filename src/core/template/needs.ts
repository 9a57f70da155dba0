import type { Catalog, CatalogNeed, Indicator } from '../model';

/** How many names a grouped question lists before "...". */
const LISTED = 6;

/**
 * The question for a rate whose parts are not on the form: mean, weighted by which count, a ratio of which two, or
 * no total.
 */
export function aggregateNeed(indicator: Indicator): CatalogNeed {
  return {
    kind: 'aggregate',
    indicators: [indicator.id],
    question:
      `«${indicator.name}» (${indicator.unit}): mẫu không có chỉ tiêu tử số, mẫu số để tính lại tỷ lệ toàn tỉnh. ` +
      'Chọn cách tổng hợp: "mean" (trung bình các đơn vị), {"weightedBy": "<mã>"} (bình quân theo quy mô), ' +
      '{"ratio": ["<mã tử số>", "<mã mẫu số>"], "scale": 100}; tạm thời để "none" (không tính tổng).',
    questionEn:
      `"${indicator.name}" (${indicator.unit}): the form has no numerator and denominator to recompute the province's rate. ` +
      'Choose "mean", {"weightedBy": "<id>"} or {"ratio": ["<numerator id>", "<denominator id>"], "scale": 100}; "none" (no total) until then.',
  };
}

/** One question for every indicator the form gives no measure for. */
export function measureNeed(indicators: Indicator[]): CatalogNeed {
  const names =
    indicators
      .slice(0, LISTED)
      .map((i) => `«${i.name}»`)
      .join(', ') + (indicators.length > LISTED ? ', ...' : '');
  const namesEn =
    indicators
      .slice(0, LISTED)
      .map((i) => `"${i.name}"`)
      .join(', ') + (indicators.length > LISTED ? ', ...' : '');
  return {
    kind: 'measure',
    indicators: indicators.map((i) => i.id),
    question: `Mẫu không ghi đơn vị tính của ${indicators.length} chỉ tiêu: ${names}. Điền "unit" (ĐVT) cho từng chỉ tiêu; để trống nếu chỉ tiêu không có ĐVT.`,
    questionEn: `The form gives no measure for ${indicators.length} indicator(s): ${namesEn}. Fill in "unit" for each; leave it empty where there is none.`,
  };
}

/**
 * The needs still open: an aggregate need is settled once its indicator's rule is no longer "none", a measure need
 * for the indicators whose measure is still empty.
 * @example openNeeds(catalog).length // 2
 */
export function openNeeds(catalog: Catalog): CatalogNeed[] {
  const byId = new Map(catalog.indicators.map((i) => [i.id, i]));
  return (catalog.needs ?? []).flatMap((need) => {
    const open = need.indicators.filter((id) => {
      const indicator = byId.get(id);
      if (!indicator) return false;
      return need.kind === 'aggregate' ? indicator.aggregate === 'none' : indicator.unit.trim() === '';
    });
    if (open.length === 0) return [];
    return [open.length === need.indicators.length ? need : { ...need, indicators: open }];
  });
}

/**
 * Settles one indicator of a need: its aggregate rule or its measure is set (an empty measure: it has none), and the
 * need closes when none of its indicators is left. The catalog is never changed in place.
 * @example decideNeed(catalog, 'ty_le_ho_co_cap_quang', { aggregate: 'mean' })
 */
export function decideNeed(
  catalog: Catalog,
  id: string,
  decision: { aggregate: NonNullable<Indicator['aggregate']> } | { unit: string },
): Catalog {
  const kind: CatalogNeed['kind'] = 'unit' in decision ? 'measure' : 'aggregate';
  const indicators = catalog.indicators.map((i) =>
    i.id !== id
      ? i
      : 'unit' in decision
        ? { ...i, unit: decision.unit.trim() }
        : { ...i, aggregate: decision.aggregate },
  );
  const needs = (catalog.needs ?? [])
    .map((need) => (need.kind === kind ? { ...need, indicators: need.indicators.filter((n) => n !== id) } : need))
    .filter((need) => need.indicators.length > 0);
  const next: Catalog = { ...catalog, indicators };
  if (needs.length > 0) next.needs = needs;
  else delete next.needs;
  return next;
}
