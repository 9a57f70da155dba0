import { foldMeasure } from '../text';
import { memoizeText } from '../text/memo';

/** A measure split into its magnitude (10^exponent), what it counts, and an optional per-N denominator. */
export type MeasureKey = { exponent: number; base: string; per: string };

/** Written forms of the same thing (folded): "TB" is "thuê bao", "tỷ lệ %" is "%". */
const SYNONYMS: [RegExp, string][] = [
  [/^(?:ty le %|ty le phan tram|ty le|phan tram|%)(?= |$)/, '%'],
  [/^tb(?= |$)/, 'thue bao'],
  [/^(?:vnd|vn dong|d)(?= |$)/, 'dong'],
  [/^hgd(?= |$)/, 'ho gia dinh'],
];

/** Magnitude prefixes, folded; bare "triệu", "tỷ", "tr.đ" are money (đồng). */
const MAGNITUDE_PREFIXES: [RegExp, number, string | null][] = [
  [/^(?:trd|tr d|tr dong|trieu d|trieu dong)(?= |$)/, 6, 'dong'],
  [/^(?:ngd|ng d|ng dong|nghin d|ngan d|nghin dong|ngan dong)(?= |$)/, 3, 'dong'],
  [/^(?:ty d|ti d|ty dong|ti dong)(?= |$)/, 9, 'dong'],
  [/^(?:trieu|tr)(?= |$)/, 6, null],
  [/^(?:nghin|ngan)(?= |$)/, 3, null],
  [/^(?:ty|ti)(?= |$)(?! le)/, 9, null],
];


function canonicalWords(text: string): string {
  let rest = text.trim();
  for (const [re, canonical] of SYNONYMS) {
    if (re.test(rest)) {
      rest = rest.replace(re, canonical);
      break;
    }
  }
  return rest;
}

/**
 * Splits a measure into magnitude, base and denominator; "" base = no measure written.
 * @example measureKey('Triệu đồng') // { exponent: 6, base: "dong", per: "" }
 */
export function measureKey(measure: string | null | undefined): MeasureKey {
  return cachedMeasureKey(measure ?? '');
}

// Every figure is converted between a few distinct measures; the returned keys are shared, never mutated.
const cachedMeasureKey = memoizeText(measureKeyOf);

function measureKeyOf(measure: string): MeasureKey {
  const folded = foldMeasure(measure);
  const slash = folded.indexOf('/');
  let head = slash >= 0 ? folded.slice(0, slash).trim() : folded;
  const per = slash >= 0 ? canonicalWords(folded.slice(slash + 1).replace(/\//g, ' ')) : '';
  let exponent = 0;
  for (const [re, exp, impliedBase] of MAGNITUDE_PREFIXES) {
    if (!re.test(head)) continue;
    exponent = exp;
    const after = head.replace(re, '').trim();
    head = after === '' ? (impliedBase ?? 'dong') : impliedBase ? `${impliedBase} ${after}`.trim() : after;
    break;
  }
  return { exponent, base: canonicalWords(head), per };
}

/** Same counted thing: equal, or one names the other with qualifiers ("trạm" ≡ "trạm BTS"). */
function sameBase(a: string, b: string): boolean {
  if (a === b) return true;
  const [short, long] = a.length <= b.length ? [a, b] : [b, a];
  return short !== '' && long.startsWith(`${short} `);
}

/**
 * Converts a value between measures that differ only by magnitude ("đồng" → "triệu đồng" divides by 10⁶)
 * or by spelling ("TB" ≡ "thuê bao"). No `from` means the figure is already in `to`. Null when not comparable.
 * @example convertMeasure(1.7e9, 'đồng', 'triệu đồng') // 1700
 */
export function convertMeasure(value: number, from: string | undefined, to: string): number | null {
  if (from === undefined || from.trim() === '') return value;
  const a = measureKey(from);
  const b = measureKey(to);
  if (b.base === '' && b.per === '' && b.exponent === 0) return value;
  if (!sameBase(a.base, b.base) || a.per !== b.per) return null;
  if (a.exponent === b.exponent) return value;
  return Number((value * 10 ** (a.exponent - b.exponent)).toPrecision(15));
}

/**
 * True when two measures are the same, spelling aside: "TB/100 dân" ≡ "thuê bao/100 dân", "tỷ lệ %" ≡ "%".
 * @example sameMeasure('Trạm', 'trạm BTS') // true
 */
export function sameMeasure(a: string, b: string): boolean {
  const ka = measureKey(a);
  const kb = measureKey(b);
  return ka.exponent === kb.exponent && ka.per === kb.per && sameBase(ka.base, kb.base);
}
