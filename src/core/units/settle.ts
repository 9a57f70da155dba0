import type { UnitCandidate } from '../model';
import type { DirectoryUnit } from './directory';
import { splitOfficialName } from './kinds';
import { findProvince, provinceKey, type Era } from './gazetteer';
import { nearestUnits } from './nearest';
import type { UnitPlan } from './plan';

type Problem = { kind: 'ambiguous' | 'unknown'; candidates: UnitCandidate[]; province?: string };

/** A report's unit as detection recognised it, and the province its title block names. */
export type RecognisedUnit = { unit: string | null; unitCode?: string; unitProblem?: Problem; province?: string };

/** A report's unit once the era is known: its official name and code, its place in the official order, or the problem left. */
export type SettledUnit = { name: string | null; code?: string; problem?: Problem; order: number | null };

export type SettledUnits = {
  /** The era whose list says who must report (null without a gazetteer province, or with nothing to decide it). */
  era: Era | null;
  /** How the era was decided. */
  eraFrom: 'choice' | 'period' | 'reports' | 'none';
  /** Every unit expected to report, in official order. */
  expected: { name: string; code?: string }[];
  units: SettledUnit[];
};

function nearestTo(name: string, dir: NonNullable<UnitPlan['directory']>): UnitCandidate[] {
  const split = splitOfficialName(name);
  return nearestUnits(split?.proper ?? name, split?.kind ?? null, dir).map((u) => ({
    name: u.name,
    ...(u.code ? { code: u.code } : {}),
    ...(u.era ? { era: u.era } : {}),
  }));
}

/**
 * The provinces whose name may head a report of this consolidation: the province, what it was before or became
 * after the reform, and the former provinces it was formed from (reports of the transition).
 */
function acceptedProvinces(plan: UnitPlan): Set<string> | null {
  const p = plan.province;
  if (!p) return null;
  const names = [p.name, p.before?.name, p.since?.name, ...(p.since?.formedFrom ?? [])].filter((n): n is string =>
    Boolean(n),
  );
  return new Set(names.map(provinceKey));
}

/** The gazetteer's name of a province written in a heading ("LONG AN" → "Long An"), or null for no province. */
const officialProvince = (name: string) => (findProvince(name, 'since') ?? findProvince(name, 'before'))?.name ?? null;

/** More reports named units of one era than of the other: the era of a period that runs across the reform. */
function votedEra(byName: Map<string, DirectoryUnit>, reports: RecognisedUnit[], lean: Era): Era | null {
  const votes: Record<Era, number> = { before: 0, since: 0 };
  for (const r of reports) {
    const era = r.unit !== null && !r.unitProblem ? byName.get(r.unit)?.era : undefined;
    if (era) votes[era] += 1;
  }
  if (votes.before === 0 && votes.since === 0) return null;
  // A year across 1 July 2025 is reported by the units that exist when it ends (communes win a tie); a half-year
  // that ended just before it, by the districts.
  if (votes.before === votes.since) return lean;
  return votes.before > votes.since ? 'before' : 'since';
}

function eraOf(
  plan: UnitPlan,
  byName: Map<string, DirectoryUnit>,
  reports: RecognisedUnit[],
  chosen: boolean,
): Pick<SettledUnits, 'era' | 'eraFrom'> {
  if (plan.era === 'before' || plan.era === 'since') return { era: plan.era, eraFrom: chosen ? 'choice' : 'period' };
  const voted = votedEra(byName, reports, plan.lean);
  return voted ? { era: voted, eraFrom: 'reports' } : { era: null, eraFrom: 'none' };
}

/**
 * Names every report's unit once the era is known, and lists who must report. A name left ambiguous between a
 * district and a commune (the same proper name in both lists) is decided by the era; what is still ambiguous or
 * unknown keeps its problem for the checks. Units of the other list are accepted for a period across the reform.
 * @example settleUnits(plan, reports).expected.length // 95 for Đồng Nai since the reform
 */
export function settleUnits(plan: UnitPlan, reports: RecognisedUnit[], eraChosen = false): SettledUnits {
  const dir = plan.directory;
  if (!dir)
    return { era: null, eraFrom: 'none', expected: [], units: reports.map((r) => ({ name: r.unit, order: null })) };
  const byName = new Map(dir.units.map((u) => [u.name, u]));
  const { era, eraFrom } =
    plan.source === 'gazetteer' ? eraOf(plan, byName, reports, eraChosen) : { era: null, eraFrom: 'none' as const };
  const inEra = (u: { era?: Era }) => era === null || u.era === undefined || u.era === era;
  const expectedUnits = plan.source === 'list' ? dir.units : era === null ? [] : dir.units.filter(inEra);
  const expectedSet = new Set(expectedUnits);
  const order = new Map(dir.units.map((u, i) => [u.name, expectedSet.has(u) ? i : dir.units.length + i]));
  const accepted = acceptedProvinces(plan);
  const units = reports.map((r): SettledUnit => {
    let name = r.unit;
    let problem = r.unitProblem;
    // "UBND TỈNH LONG AN / UBND XÃ TÂN TIẾN" in a consolidation of Đồng Nai is Long An's Tân Tiến, never Đồng Nai's.
    const other =
      r.province && accepted && !accepted.has(provinceKey(r.province)) ? officialProvince(r.province) : null;
    if (other)
      return {
        name: `${name ?? ''} (${other})`.trim(),
        problem: { kind: 'unknown', candidates: [], province: other },
        order: null,
      };
    if (problem?.kind === 'ambiguous') {
      const left = problem.candidates.filter(inEra);
      if (left.length === 1) {
        name = left[0].name;
        problem = undefined;
      } else if (left.length > 1) problem = { ...problem, candidates: left };
    }
    const official = name !== null && !problem ? byName.get(name) : undefined;
    // Recognised in a list that is no longer in play (a district in a 2026 report): a name in no list of the era.
    if (name !== null && !problem && !official && plan.source === 'gazetteer')
      problem = { kind: 'unknown', candidates: nearestTo(name, dir) };
    const settled: SettledUnit = { name, order: official ? (order.get(official.name) ?? null) : null };
    const code = official?.code ?? (problem ? undefined : r.unitCode);
    if (code) settled.code = code;
    if (problem) settled.problem = problem;
    return settled;
  });
  return {
    era,
    eraFrom,
    expected: expectedUnits.map((u) => (u.code ? { name: u.name, code: u.code } : { name: u.name })),
    units,
  };
}
