/**
 * The key indicator of each section: the one the brief quotes and the charts draw. Read from the catalog's own
 * structure, never from a list of ids, so a department's own catalog gets key indicators too.
 */
import type { Catalog } from '../model';
import type { IndicatorStats } from './indicator-stats';

/**
 * Per section, in catalog order: the first indicator every unit is asked for whose province figure adds up or
 * weighs the units' figures, and that is not a size other indicators are divided by (population, households).
 * An indicator totalled as the largest or smallest unit's figure ("số dịch vụ công": one list for the whole
 * province) ranks nobody, so it is passed over while another indicator of the section qualifies.
 * Sections where no unit has a figure give none.
 * @example keyIndicators(stats, catalog).map((s) => s.row.indicator.id) // ["postal_service_points", "bts_stations", ...]
 */
export function keyIndicators(stats: IndicatorStats[], catalog: Catalog): IndicatorStats[] {
  const sizes = sizeIndicators(catalog);
  const bySection = new Map<number, IndicatorStats[]>();
  for (const s of stats) {
    const list = bySection.get(s.section);
    if (list) list.push(s);
    else bySection.set(s.section, [s]);
  }
  const keys: IndicatorStats[] = [];
  for (const list of bySection.values()) {
    const candidates = list.filter((s) => s.reported > 0 && s.row.total !== null && !sizes.has(s.row.indicator.id));
    const key =
      candidates.find((s) => !s.row.indicator.optional && addsUp(s)) ?? candidates.find(addsUp) ?? candidates[0];
    if (key) keys.push(key);
  }
  return keys;
}

/** Indicators others are measured against: sizes of outlier checks, weights of rates, denominators of ratios. */
function sizeIndicators(catalog: Catalog): Set<string> {
  const sizes = new Set<string>();
  for (const i of catalog.indicators) {
    if (i.sizeBy) sizes.add(i.sizeBy);
    const a = i.aggregate;
    if (a && typeof a === 'object') {
      if ('weightedBy' in a) sizes.add(a.weightedBy);
      else sizes.add(a.ratio[1]);
    }
  }
  return sizes;
}

function addsUp(s: IndicatorStats): boolean {
  const a = s.row.indicator.aggregate ?? 'sum';
  return a === 'sum' || a === 'mean' || typeof a === 'object';
}
