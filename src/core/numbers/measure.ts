import { removeDiacritics } from '../text';
import { memoizeText } from '../text/memo';
import { MAGNITUDE_WORDS, MEASURE_GROUPS, NEAR_GROUPS, PER_GROUPS, type MeasureGroup } from './measure-lexicon';

/** What a measure measures, enough to tell a count from a rate or an amount of money. */
export type MeasureKind = 'percent' | 'money' | 'density' | 'count';

/**
 * A measure (ĐVT) read: its magnitude (10^exponent), what it counts (folded words and their group, when the lexicon
 * knows them) and the denominator of a rate ("/100 dân" → 100 persons). `bare`: only a magnitude was written
 * ("Triệu", "nghìn"), so it counts whatever the figure's indicator counts.
 */
export type MeasureReading = {
  text: string;
  exponent: number;
  base: string;
  group: MeasureGroup | null;
  per: { n: number; base: string; group: string | null } | null;
  bare: boolean;
  kind: MeasureKind;
};

/** How two measures relate: the same, the same thing in another magnitude, different things, or not known. */
export type MeasureComparison = 'same' | 'convertible' | 'different' | 'unknown';

const groupOf = new Map<string, MeasureGroup>();
for (const g of MEASURE_GROUPS) for (const form of g.forms) groupOf.set(form, g);
const perGroupOf = new Map<string, string>();
for (const g of PER_GROUPS) for (const form of g.forms) perGroupOf.set(form, g.id);
const near = new Set(NEAR_GROUPS.flatMap(([a, b]) => [`${a}|${b}`, `${b}|${a}`]));
const magnitudeOf = new Map(MAGNITUDE_WORDS);

/** Folded for reading: "Tr.đ" → "tr d", "1.000đ" → "1000 d", "TB / 100 dân" → "tb/100 dan". */
function foldForReading(text: string): string {
  return removeDiacritics(text.toLowerCase())
    .replace(/(\d)[.\s\u00a0](?=\d{3}\b)/g, '$1')
    .replace(/(\d)([a-z])/g, '$1 $2')
    .replace(/\b(tr|ng)(d|dong)\b/g, '$1 $2')
    .replace(/[^a-z0-9%/]+/g, ' ')
    .replace(/\s*\/\s*/g, '/')
    .trim();
}

/** The group named by the longest leading form of `words` (up to four words). */
function leadingGroup<T>(words: string[], table: Map<string, T>): T | null {
  for (let n = Math.min(4, words.length); n > 0; n--) {
    const hit = table.get(words.slice(0, n).join(' '));
    if (hit !== undefined) return hit;
  }
  return null;
}

/**
 * Reads a measure: magnitude, what it counts, denominator. Cached: every figure row asks, with a few distinct texts.
 * @example readMeasure('Tr.đ') // { exponent: 6, base: 'd', group: money, bare: false, kind: 'money', ... }
 */
export const readMeasure: (text: string) => MeasureReading = memoizeText(readMeasureOf);

function readMeasureOf(text: string): MeasureReading {
  const folded = foldForReading(text);
  let head = folded;
  let per: MeasureReading['per'] = null;
  const slash = folded.indexOf('/');
  if (slash >= 0) {
    const after = folded
      .slice(slash + 1)
      .replace(/\//g, ' ')
      .trim();
    const m = /^(\d+)?\s*(.*)$/.exec(after);
    const n = m?.[1] ? Number(m[1]) : 1;
    const perWords = (m?.[2] ?? '').split(' ').filter((w) => w !== '');
    const perGroup = leadingGroup(perWords, perGroupOf);
    // "tin/bài": a slash between two things counted is "or", not a rate.
    if (m?.[1] || perGroup !== null) {
      head = folded.slice(0, slash).trim();
      per = { n, base: perWords.join(' '), group: perGroup };
    } else head = folded.replace(/\//g, ' ');
  }
  let words = head.split(' ').filter((w) => w !== '');
  let exponent = 0;
  // "1000 đồng", "1.000.000 đ": a power of ten before the thing counted.
  if (words.length > 0 && /^10+$/.test(words[0])) {
    exponent = words[0].length - 1;
    words = words.slice(1);
  } else if (
    words.length > 0 &&
    magnitudeOf.has(words[0]) &&
    !(words[1] === 'le' && (words[0] === 'ty' || words[0] === 'ti'))
  ) {
    exponent = magnitudeOf.get(words[0]) ?? 0;
    words = words.slice(1);
  }
  const base = words.join(' ');
  const group = leadingGroup(words, groupOf);
  const bare = base === '' && exponent !== 0;
  return { text, exponent, base, group, per, bare, kind: kindOf(group, per, bare, folded) };
}

function kindOf(group: MeasureGroup | null, per: MeasureReading['per'], bare: boolean, folded: string): MeasureKind {
  if (group?.kind === 'percent' || folded.includes('%')) return 'percent';
  if (group?.kind === 'money') return 'money';
  if (per !== null && per.n > 1) return 'density';
  // A bare "triệu", "tỷ" in a report is money nearly always; as a count's magnitude it is read by compareMeasures.
  if (bare && per === null) return 'money';
  return 'count';
}

/**
 * What a measure measures: percent, money, a density (per 100 inhabitants) or a count.
 * @example measureKind('TB/100 dân') // "density"
 */
export function measureKind(measure: string): MeasureKind {
  return readMeasure(measure).kind;
}

function sameThing(a: MeasureReading, b: MeasureReading): MeasureComparison {
  if (a.bare || b.bare) return 'same';
  if (a.base === b.base) return 'same';
  if (a.group && b.group) {
    if (a.group === b.group) return 'same';
    if (near.has(`${a.group.id}|${b.group.id}`)) return 'unknown';
    if (a.group.kind !== b.group.kind) return 'different';
    return a.group.decisive && b.group.decisive ? 'different' : 'unknown';
  }
  // One names the other with qualifiers ("trạm" and "trạm BTS"), else nothing is known.
  const [short, long] = a.base.length <= b.base.length ? [a.base, b.base] : [b.base, a.base];
  return short !== '' && long.startsWith(`${short} `) ? 'same' : 'unknown';
}

/** A rate's parts: the thing per N of what. Densities of phones and of subscribers are one rate ("máy/100 dân"). */
function sameRate(a: MeasureReading, b: MeasureReading): MeasureComparison {
  const pa = a.per;
  const pb = b.per;
  if (!pa || !pb) return 'different';
  if (pa.group !== pb.group && !(pa.base === pb.base && pa.base !== '')) return 'different';
  const numerator = sameThing(a, b);
  const loose = (g: MeasureGroup | null) => g === null || g.id === 'subscribers' || g.id === 'devices';
  if (numerator === 'different' && !(loose(a.group) && loose(b.group))) return 'different';
  return pa.n === pb.n && a.exponent === b.exponent ? 'same' : 'convertible';
}

/**
 * How two measures relate, for a figure read in `a` under an indicator measured in `b` and for the matcher's
 * evidence: "same" (another spelling or word for it: "TB/100 người dân" and "thuê bao/100 dân", "Cái" and
 * "chiếc"), "convertible" (the same thing in another magnitude: "nghìn đồng" and "tỷ đồng"), "different" (a real
 * mismatch: "hộ" and "người", "%" and "trạm") or "unknown" (a word the lexicon does not know, or an empty measure).
 * @example compareMeasures('Hộ', 'người') // "different"
 * @example compareMeasures('Tr.đ', 'tỷ đồng') // "convertible"
 */
export function compareMeasures(a: string | null | undefined, b: string | null | undefined): MeasureComparison {
  if (!a || !b || a.trim() === '' || b.trim() === '') return 'unknown';
  const x = readMeasure(a);
  const y = readMeasure(b);
  if (x.base === '' && !x.bare && x.per === null) return 'unknown';
  if (y.base === '' && !y.bare && y.per === null) return 'unknown';
  if (x.per || y.per) {
    // "/tháng", "/thuê bao" on money: an amount per something; both sides must say the same per.
    if (x.kind === 'density' || y.kind === 'density') return x.kind === y.kind ? sameRate(x, y) : 'different';
    if (!x.per || !y.per || x.per.group !== y.per.group) return 'different';
  }
  if (x.bare || y.bare) {
    const other = x.bare ? y : x;
    if (other.kind === 'percent' || other.kind === 'density') return 'different';
    return x.exponent === y.exponent ? 'same' : 'convertible';
  }
  if (x.kind !== y.kind && (x.kind === 'percent' || y.kind === 'percent' || x.kind === 'money' || y.kind === 'money'))
    return 'different';
  const thing = sameThing(x, y);
  if (thing !== 'same') return thing;
  return x.exponent === y.exponent ? 'same' : 'convertible';
}

/**
 * The factor that turns a figure written in `from` into `to`, when they are the same measure or convertible
 * ("triệu đồng" → "tỷ đồng" is 0.001, "TB/1000 dân" → "TB/100 dân" is 0.1); null otherwise.
 * @example measureFactor('nghìn đồng', 'triệu đồng') // 0.001
 */
export function measureFactor(from: string, to: string): number | null {
  const c = compareMeasures(from, to);
  if (c !== 'same' && c !== 'convertible') return null;
  const a = readMeasure(from);
  const b = readMeasure(to);
  const perFactor = a.per && b.per ? b.per.n / a.per.n : 1;
  return Number((10 ** (a.exponent - b.exponent) * perFactor).toPrecision(15));
}

/**
 * Converts a value between measures that differ only by magnitude ("đồng" → "triệu đồng" divides by 10⁶) or by
 * spelling ("TB" ≡ "thuê bao"). No `from` means the figure is already in `to`. Null when not comparable.
 * @example convertMeasure(1.7e9, 'đồng', 'triệu đồng') // 1700
 */
export function convertMeasure(value: number, from: string | undefined, to: string): number | null {
  if (from === undefined || from.trim() === '') return value;
  if (to.trim() === '') return value;
  const factor = measureFactor(from, to);
  return factor === null ? null : Number((value * factor).toPrecision(15));
}

/**
 * True when two measures are the same, spelling aside: "TB/100 dân" ≡ "thuê bao/100 dân", "tỷ lệ %" ≡ "%".
 * @example sameMeasure('Trạm', 'trạm BTS') // true
 */
export function sameMeasure(a: string, b: string): boolean {
  return compareMeasures(a, b) === 'same';
}
