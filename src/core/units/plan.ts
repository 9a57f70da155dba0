import { directoryOfList, directoryOfUnits, type UnitDirectory } from './directory';
import { eraOfPeriodKey, reportedAcrossReform, type PeriodEra } from './era';
import {
  findProvince,
  provinceKey,
  provinceNames,
  successorOf,
  type Era,
  type OfficialUnit,
  type Province,
} from './gazetteer';
import { editDistance } from '../text/edit-distance';

/**
 * What the user said about the units: the province (as typed), an era chosen for a period across 1 July 2025,
 * a units list (which overrides the gazetteer's names).
 */
export type UnitsRequest = { province?: string; era?: Era; expectedUnits?: string[] };

/** The province as the gazetteer knows it in each era; `merged` when the name typed is a former province. */
export type ProvinceChoice = { name: string; before: Province | null; since: Province | null; merged: boolean };

/** The units a consolidation expects, before any report is read. */
export type UnitPlan = {
  province: ProvinceChoice | null;
  /** Recognition runs against this: the list, or the province's units of every era still in play. */
  directory: UnitDirectory | null;
  /**
   * The era when the choice or the period fixes it; 'both' for a period across 1 July 2025 or reported around it
   * (6 tháng đầu năm 2025); null when unknown.
   */
  era: PeriodEra | null;
  /** With both lists in play, the era a tie of the reports goes to: the period's own when it has one. */
  lean: Era;
  source: 'gazetteer' | 'list' | 'none';
  /** The province's units of each era, in official order (for codes and for who has not sent). */
  official: Record<Era, OfficialUnit[]>;
};

export type PlanResult =
  { ok: true; plan: UnitPlan } | { ok: false; problem: { kind: 'province_unknown'; text: string; nearest: string[] } };

/**
 * Resolves the province in both eras: "Bình Phước" is itself before the reform and part of Đồng Nai since.
 * @example resolveProvince('Bình Phước')?.since?.name // "Đồng Nai"
 */
export function resolveProvince(text: string): ProvinceChoice | null {
  const before = findProvince(text, 'before');
  const own = findProvince(text, 'since');
  const since = own ?? successorOf(text);
  if (!before && !since) return null;
  return { name: (own ?? before ?? since)?.name ?? text, before, since, merged: !own && since !== null };
}

/** Province names nearest a name the gazetteer does not know (a typo), closest first. */
export function nearestProvinces(text: string, count = 3): string[] {
  const key = provinceKey(text);
  const limit = Math.max(2, Math.floor(key.length / 3));
  return provinceNames()
    .map((name) => ({ name, d: editDistance(key, provinceKey(name), limit) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d)
    .slice(0, count)
    .map((x) => x.name);
}

/**
 * Districts before the reform: the province's own; but for a new province (Đồng Nai since 2025) consolidating a
 * period that may run across the reform, those of every province it was formed from (Bình Phước's and Đồng Nai's).
 */
function districtsOf(choice: ProvinceChoice, periodEra: PeriodEra | null): OfficialUnit[] {
  const own = periodEra === 'before' || choice.merged || !choice.since;
  const formers =
    own || !choice.since
      ? []
      : choice.since.formedFrom.map((f) => findProvince(f, 'before')).filter((p): p is Province => p !== null);
  const provinces = formers.length > 0 ? formers : choice.before ? [choice.before] : [];
  return provinces.flatMap((p) => p.units).sort((a, b) => a.code.localeCompare(b.code));
}

/**
 * Plans the units of a consolidation from the province and the period being consolidated (key as parsePeriod
 * gives it, or null while unknown): before 1 July 2025 its districts, since then its communes and wards, both
 * lists for a period across the date unless an era is chosen. A units list overrides the gazetteer's names and
 * takes its codes.
 * @example planUnits({ province: 'Bình Phước' }, '2022-H1') // districts of Bình Phước, era 'before'
 */
export function planUnits(request: UnitsRequest, periodKey: string | null): PlanResult {
  const text = request.province?.trim() ?? '';
  const province = text ? resolveProvince(text) : null;
  if (text && !province)
    return { ok: false, problem: { kind: 'province_unknown', text, nearest: nearestProvinces(text) } };
  const periodEra = periodKey ? eraOfPeriodKey(periodKey) : null;
  const across = periodKey !== null && reportedAcrossReform(periodKey);
  // An era chosen answers the question a period across the reform asks; it never overrides a period that has answered it.
  const era: PeriodEra | null =
    (periodEra === 'before' || periodEra === 'since') && !across
      ? periodEra
      : (request.era ?? (across ? 'both' : periodEra));
  const lean: Era = periodEra === 'before' ? 'before' : 'since';
  const official: Record<Era, OfficialUnit[]> = {
    before: province ? districtsOf(province, periodEra) : [],
    since: province?.since?.units ?? [],
  };
  const inPlay =
    era === 'before' ? official.before : era === 'since' ? official.since : [...official.before, ...official.since];
  if (request.expectedUnits && request.expectedUnits.length > 0) {
    return {
      ok: true,
      plan: {
        province,
        directory: directoryOfList(request.expectedUnits, inPlay),
        era,
        lean,
        source: 'list',
        official,
      },
    };
  }
  if (!province) return { ok: true, plan: { province: null, directory: null, era, lean, source: 'none', official } };
  return {
    ok: true,
    plan: { province, directory: directoryOfUnits(inPlay), era, lean, source: 'gazetteer', official },
  };
}
