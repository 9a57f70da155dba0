import type { ExpectedUnit, UnitInfo, UnitsSource } from '../model';
import { planUnits, settleUnits, type UnitPlan } from '../units';
import type { DetectOptions } from '../detect';
import type { ConsolidateOptions } from './options';
import { periodKey } from './period';

/** The units plan for a period (a province the gazetteer does not know plans no list: front ends say so first). */
export function unitPlanFor(options: ConsolidateOptions, period: string | null): UnitPlan {
  const planned = planUnits({ province: options.province, era: options.era, expectedUnits: options.expectedUnits }, period ? periodKey(period) : null);
  return planned.ok ? planned.plan : { province: null, directory: null, era: null, source: 'none', official: { before: [], since: [] } };
}

/** What detection recognises units against: the directory of the plan, and its era when fixed. */
export function detectOptionsFor(plan: UnitPlan, options: ConsolidateOptions): DetectOptions {
  if (plan.directory) return { units: plan.directory, era: plan.era };
  return options.expectedUnits ? { expectedUnits: options.expectedUnits } : {};
}

/** `expected`: who must report, once a list or the era says so (undefined: nobody can say). */
export type NamedUnits = { units: UnitInfo[]; order: (number | null)[]; expected?: ExpectedUnit[]; unitsFrom?: UnitsSource };

/**
 * Gives every report's unit its official name and code once the period (so the era) is known, and lists who must
 * report; `order` is each unit's place in the official order (null for a unit on no list).
 */
export function nameUnits(units: UnitInfo[], options: ConsolidateOptions, period: string | null): NamedUnits {
  const plan = unitPlanFor(options, period);
  const settled = settleUnits(plan, units.map((u) => u.report), options.era !== undefined);
  const named = units.map((u, i): UnitInfo => {
    const s = settled.units[i];
    const info: UnitInfo = { ...u, name: s.name ?? u.name };
    if (s.code) info.code = s.code;
    if (s.problem) info.problem = s.problem;
    return info;
  });
  if (plan.source === 'none') return { units: named, order: settled.units.map(() => null) };
  const unitsFrom: UnitsSource = {
    source: plan.source,
    ...(plan.province ? { province: plan.province.merged && settled.era === 'since' ? plan.province.since?.name ?? plan.province.name : plan.province.name } : {}),
    ...(plan.source === 'gazetteer' ? { era: settled.era, eraFrom: settled.eraFrom, straddles: plan.era === 'both' } : {}),
  };
  const known = plan.source === 'list' || settled.era !== null;
  return { units: named, order: settled.units.map((s) => s.order), ...(known ? { expected: settled.expected } : {}), unitsFrom };
}
