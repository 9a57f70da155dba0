import type { ExpectedUnit, UnitInfo, UnitReport, UnitsSource } from '../model';
import { planUnits, settleUnits, type UnitPlan } from '../units';
import type { DetectOptions } from '../detect';
import type { ConsolidateOptions } from './options';
import { commonPeriod, periodKey } from '../detect/period';

/** The units plan for a period (a province the gazetteer does not know plans no list: front ends say so first). */
export function unitPlanFor(options: ConsolidateOptions, period: string | null): UnitPlan {
  const planned = planUnits(
    { province: options.province, era: options.era, expectedUnits: options.expectedUnits },
    period ? periodKey(period) : null,
  );
  return planned.ok
    ? planned.plan
    : {
        province: null,
        directory: null,
        era: null,
        lean: 'since',
        source: 'none',
        official: { before: [], since: [] },
      };
}

/** What detection recognises units against: the directory of the plan, and its era when fixed. */
export function detectOptionsFor(plan: UnitPlan, options: ConsolidateOptions): DetectOptions {
  // The period being consolidated also picks the result column of a report whose title names none.
  const period = options.period ? { period: options.period } : {};
  if (plan.directory) return { units: plan.directory, era: plan.era, ...period };
  return options.expectedUnits ? { expectedUnits: options.expectedUnits, ...period } : period;
}

/** `expected`: who must report, once a list or the era says so (undefined: nobody can say). */
export type NamedUnits = {
  units: UnitInfo[];
  order: (number | null)[];
  expected?: ExpectedUnit[];
  unitsFrom?: UnitsSource;
};

/**
 * Gives every report's unit its official name and code once the period (so the era) is known, and lists who must
 * report; `order` is each unit's place in the official order (null for a unit on no list).
 */
export function nameUnits(units: UnitInfo[], options: ConsolidateOptions, period: string | null): NamedUnits {
  const plan = unitPlanFor(options, period);
  const settled = settleUnits(
    plan,
    units.map((u) => u.report),
    options.era !== undefined,
  );
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
    ...(plan.province
      ? {
          province:
            plan.province.merged && settled.era === 'since'
              ? (plan.province.since?.name ?? plan.province.name)
              : plan.province.name,
        }
      : {}),
    ...(plan.source === 'gazetteer'
      ? { era: settled.era, eraFrom: settled.eraFrom, straddles: plan.era === 'both' }
      : {}),
  };
  const known = plan.source === 'list' || settled.era !== null;
  return {
    units: named,
    order: settled.units.map((s) => s.order),
    ...(known ? { expected: settled.expected } : {}),
    unitsFrom,
  };
}

/** What the units step of a front end shows before any run: the period's era, who must report and who has not. */
export type UnitsOverview = {
  /** The period being consolidated (given, or the one most reports give). */
  period: string | null;
  /** The period runs across 1 July 2025 or ends just before it: which list applies is a question (both are accepted). */
  asksEra: boolean;
  expected?: ExpectedUnit[];
  missing: ExpectedUnit[];
  unitsFrom?: UnitsSource;
};

/**
 * Who must report and who has not, for reports already detected (with detectOptionsForUnits): the same naming as
 * a consolidation, without running one.
 * @example unitsOverview(reports, { province: 'Đồng Nai' }).missing.length // 93
 */
export function unitsOverview(
  reports: UnitReport[],
  options: Pick<ConsolidateOptions, 'province' | 'era' | 'expectedUnits' | 'period'>,
): UnitsOverview {
  const period = options.period || commonPeriod(reports.map((r) => r.period));
  const infos = reports.map((report): UnitInfo => ({
    name: report.unit ?? '',
    source: '',
    period: report.period,
    report,
  }));
  const named = nameUnits(infos, { catalog: { indicators: [] }, ...options }, period);
  const sent = new Set(named.units.map((u) => u.name));
  return {
    period,
    asksEra: unitPlanFor({ catalog: { indicators: [] }, province: options.province }, period).era === 'both',
    ...(named.expected ? { expected: named.expected } : {}),
    missing: (named.expected ?? []).filter((u) => !sent.has(u.name)),
    ...(named.unitsFrom ? { unitsFrom: named.unitsFrom } : {}),
  };
}

/** The detect options for a front end's settings (memoise them: the directory caches the names it has read). */
export function detectOptionsForUnits(
  options: Pick<ConsolidateOptions, 'province' | 'era' | 'expectedUnits' | 'period'>,
): DetectOptions {
  const full: ConsolidateOptions = { catalog: { indicators: [] }, ...options };
  return detectOptionsFor(unitPlanFor(full, options.period || null), full);
}
