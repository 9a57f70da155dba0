import type { DirectoryUnit, UnitDirectory } from './directory';
import type { UnitKind } from './kinds';
import { nameKey } from './keys';

/** Edit distance (insert, delete, substitute, swap two neighbours) between two keys, stopping past `limit`. */
export function distance(a: string, b: string, limit: number): number {
  if (Math.abs(a.length - b.length) > limit) return limit + 1;
  let prev2: number[] = [];
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    let best = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let d = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + cost);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d = Math.min(d, prev2[j - 2] + 1);
      row.push(d);
      best = Math.min(best, d);
    }
    if (best > limit) return limit + 1;
    prev2 = prev;
    prev = row;
  }
  return prev[b.length];
}

/**
 * The official names nearest to a name that is on no list, closest first (the same kind before another kind):
 * what a person was most likely writing. At most `count`, none further than a third of the name.
 * @example nearestUnits('Bu Dopp', 'huyen', dir).map((u) => u.name) // ["Huyện Bù Đốp"]
 */
export function nearestUnits(proper: string, kind: UnitKind | null, dir: UnitDirectory, count = 3): DirectoryUnit[] {
  const key = nameKey(proper);
  if (key.length < 2) return [];
  const limit = Math.max(1, Math.floor(key.length / 3));
  return dir.units
    .map((u) => ({ u, d: distance(key, u.key, limit) + (kind && u.kind && u.kind !== kind ? 0.5 : 0) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.u.order - b.u.order)
    .slice(0, count)
    .map((x) => x.u);
}
