import type { DirectoryUnit, UnitDirectory } from './directory';
import type { UnitKind } from './kinds';
import { nameKey } from './keys';
import { editDistance } from '../text/edit-distance';

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
    .map((u) => ({ u, d: editDistance(key, u.key, limit) + (kind && u.kind && u.kind !== kind ? 0.5 : 0) }))
    .filter((x) => x.d <= limit)
    .sort((a, b) => a.d - b.d || a.u.order - b.u.order)
    .slice(0, count)
    .map((x) => x.u);
}
