import type { Aggregate, Indicator } from '../model';
import { looseKey } from '../detect/fold';
import { measureKind } from '../catalog/measure-kind';
import { readMeasure } from '../numbers';

/** A form's indicator on its way into the catalog. */
export type Draft = { id: string; name: string; measure: string; parent?: number; link: Indicator | null };

/** `from`: why; 'undecided' leaves "none" for a person to settle (a `needs` item). */
export type AggregateChoice = { aggregate: Aggregate; from: 'measure' | 'builtIn' | 'parts' | 'undecided' };

/**
 * How an indicator's unit figures add up to the province's: the built-in catalog's rule when the indicator is
 * linked and the rule's parts are on the form; else from the measure — counts and money are summed; a rate or a
 * density is recomputed from its parts on the form (ratio of numerator and denominator), or weighted by its
 * denominator; with neither on the form it is left undecided ("none": no total rather than a wrong one).
 * @example chooseAggregate(2, [hộ, hộ có cáp quang, tỷ lệ hộ có cáp quang], ids) // { aggregate: { ratio: [...], scale: 100 }, from: 'parts' }
 */
export function chooseAggregate(
  index: number,
  drafts: Draft[],
  idOfBuiltIn: (id: string) => string | undefined,
): AggregateChoice {
  const draft = drafts[index];
  const kind = draft.measure === '' ? 'count' : measureKind(draft.measure);
  const fromBuiltIn = draft.link ? translate(draft.link.aggregate, idOfBuiltIn) : undefined;
  if (kind === 'count' || kind === 'money')
    return fromBuiltIn !== undefined
      ? { aggregate: fromBuiltIn, from: 'builtIn' }
      : { aggregate: 'sum', from: 'measure' };

  const counts = drafts
    .map((d, i) => ({ d, i }))
    .filter(({ d, i }) => i !== index && d.measure !== '' && isAdditive(d.measure));
  const rate = core(draft.name);
  const numerator = counts.find(({ d }) => cores(d, drafts).includes(rate));
  const denominator =
    kind === 'density' ? perDenominator(draft.measure, counts) : prefixDenominator(rate, counts, numerator?.i);
  // Both parts on the form: the province's rate is recomputed from their totals, exactly.
  if (numerator && denominator) {
    const scale = kind === 'percent' ? 100 : perScale(draft.measure);
    return { aggregate: { ratio: [numerator.d.id, denominator.d.id], scale }, from: 'parts' };
  }
  if (fromBuiltIn !== undefined) return { aggregate: fromBuiltIn, from: 'builtIn' };
  if (denominator) return { aggregate: { weightedBy: denominator.d.id }, from: 'parts' };
  return { aggregate: 'none', from: 'undecided' };
}

/** The built-in rule with its ids turned into the form's; undefined when a part it needs is not on the form. */
function translate(aggregate: Aggregate | undefined, idOf: (id: string) => string | undefined): Aggregate | undefined {
  if (aggregate === undefined || typeof aggregate === 'string') return aggregate;
  if ('weightedBy' in aggregate) {
    const by = idOf(aggregate.weightedBy);
    return by === undefined ? undefined : { weightedBy: by };
  }
  const [a, b] = aggregate.ratio.map(idOf);
  if (a === undefined || b === undefined) return undefined;
  return aggregate.scale === undefined ? { ratio: [a, b] } : { ratio: [a, b], scale: aggregate.scale };
}

function isAdditive(measure: string): boolean {
  const kind = measureKind(measure);
  return kind === 'count' || kind === 'money';
}

const LEAD = /^(?:ty le|ti le|mat do|tong so|so luong|so|tong)\s+/;
const PER_HUNDRED = /\s*\b(?:tren\s+)?(?:100|1000)\s+(?:dan|nguoi|ho)\b.*$/;

/** What a name counts, without "Tỷ lệ", "Số", "Tổng số" or "trên 100 dân": "Tỷ lệ hộ có cáp quang" → "ho co cap quang". */
function core(name: string): string {
  let key = looseKey(name).replace(PER_HUNDRED, '');
  for (let round = 0; round < 2; round++) key = key.replace(LEAD, '');
  return key.trim();
}

/** A count's own core, and for a part ("- Trực tuyến" under "Tổng số hồ sơ") the core of both read together. */
function cores(draft: Draft, drafts: Draft[]): string[] {
  const own = core(draft.name);
  const parent = draft.parent !== undefined ? drafts[draft.parent] : undefined;
  return parent ? [own, `${core(parent.name)} ${own}`.trim()] : [own];
}

/** The count of the whole a rate is a share of: the longest count whose core begins the rate's ("hộ gia đình" of "hộ gia đình có cáp quang"). */
function prefixDenominator(rate: string, counts: { d: Draft; i: number }[], numerator: number | undefined) {
  let best: { d: Draft; i: number } | undefined;
  for (const c of counts) {
    const key = core(c.d.name);
    if (c.i === numerator || key === '' || !rate.startsWith(`${key} `)) continue;
    if (!best || key.length > core(best.d.name).length) best = c;
  }
  return best;
}

/** The count a density is per ("thuê bao/100 dân" → the population row): the shortest count whose core starts with that word. */
function perDenominator(measure: string, counts: { d: Draft; i: number }[]) {
  const per = readMeasure(measure).per?.base ?? '';
  if (per === '') return undefined;
  const head = looseKey(per).split(' ')[0];
  let best: { d: Draft; i: number } | undefined;
  for (const c of counts) {
    const key = core(c.d.name);
    if (key.split(' ')[0] !== head) continue;
    if (!best || key.length < core(best.d.name).length) best = c;
  }
  return best;
}

function perScale(measure: string): number {
  // "/100 dân" gives its 100; a rate written "/dân" is taken per 100, as these reports mean it.
  const n = readMeasure(measure).per?.n ?? 1;
  return n > 1 ? n : 100;
}
