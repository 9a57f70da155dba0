import { periodKey } from '../detect';

/**
 * The period most reports give, used when none is set.
 * @example commonPeriod(["6 tháng đầu năm 2022", "6T/2022", "năm 2021"]) // "6 tháng đầu năm 2022"
 */
export function commonPeriod(periods: (string | null)[]): string | null {
  const counts = new Map<string, { label: string; n: number }>();
  for (const p of periods) {
    if (!p) continue;
    const key = periodKey(p);
    const entry = counts.get(key) ?? { label: p, n: 0 };
    entry.n += 1;
    counts.set(key, entry);
  }
  let best: { label: string; n: number } | null = null;
  for (const entry of counts.values()) if (!best || entry.n > best.n) best = entry;
  return best?.label ?? null;
}
