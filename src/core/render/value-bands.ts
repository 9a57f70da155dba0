/** Bands of values for a distribution chart: round edges a reader can say aloud ("50–99", "60–<70"). */
import { formatVietnamese } from '../numbers/format';

export type Band = { from: number; to: number; label: string };

const STEPS = [1, 2, 2.5, 5, 10];

/**
 * About `target` bands of one round width covering every value; each band holds its lower edge, the last one its
 * upper edge too. Whole-number figures get whole-number bands labelled by their first and last number.
 * @example valueBands([3, 18, 41], 5, true, 'vi').map((b) => b.label) // ["0–9", "10–19", "20–29", "30–39", "40–49"]
 */
export function valueBands(values: number[], target: number, integers: boolean, lang: 'vi' | 'en'): Band[] {
  if (values.length === 0) return [];
  const min = Math.min(...values);
  const max = Math.max(...values);
  const step = roundStep((max - min) / target, integers);
  const low = Math.floor(min / step) * step;
  let count = Math.max(1, Math.ceil((max - low) / step));
  // A top value on an edge opens a band of its own unless it is the last band's upper edge.
  if (low + count * step === max && max > low && integers) count += 1;
  const write = (n: number): string => (lang === 'vi' ? formatVietnamese(round(n)) : round(n).toLocaleString('en-US'));
  return Array.from({ length: count }, (_, i) => {
    const from = round(low + i * step);
    const to = round(low + (i + 1) * step);
    const last = i === count - 1;
    const label = integers
      ? step === 1
        ? write(from)
        : `${write(from)}–${write(to - 1)}`
      : `${write(from)}–${last ? '' : '<'}${write(to)}`;
    return { from, to, label };
  });
}

/** How many values fall in each band. */
export function bandCounts(bands: Band[], values: number[]): number[] {
  const counts = bands.map(() => 0);
  for (const v of values) {
    const i = bands.findIndex((b, k) => v >= b.from && (v < b.to || (k === bands.length - 1 && v <= b.to)));
    if (i >= 0) counts[i] += 1;
  }
  return counts;
}

function roundStep(raw: number, integers: boolean): number {
  if (!(raw > 0)) return 1;
  const magnitude = 10 ** Math.floor(Math.log10(raw));
  const step = (STEPS.find((s) => s * magnitude >= raw) ?? 10) * magnitude;
  return integers ? Math.max(1, Math.ceil(step)) : step;
}

/** Float noise off band edges (0.1 × 3 = 0.30000000000000004). */
const round = (n: number): number => Math.round(n * 1e6) / 1e6;
