/**
 * What the last run read, kept in the workbook's settings: a fingerprint of every sheet it consolidated. The next
 * run reads the workbook again anyway (a fixed cell must give its new figure); comparing fingerprints says which
 * sheets changed, appeared or disappeared since, so the user knows the new summary differs and why.
 */
import type { Grid } from '../core/model';

export const RUN_KEY = 'tonghop.lastRun';

export type RunRecord = { at: string; sheets: Record<string, string> };

export type WorkbookChanges = { changed: string[]; added: string[]; removed: string[] };

/**
 * A short hash (FNV-1a, 32 bits) of a sheet's values and number formats: equal grids, equal fingerprints.
 * @example fingerprint(grid) // "1x9k3qz"
 */
export function fingerprint(grid: Grid): string {
  let h = 0x811c9dc5;
  const add = (s: string): void => {
    for (let i = 0; i < s.length; i++) {
      h ^= s.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
  };
  for (const row of grid.values) {
    for (const v of row) add(v === null ? '\u0000' : `${typeof v}:${String(v)}\u0001`);
    add('\u0002');
  }
  for (const row of grid.numberFormats ?? []) for (const f of row) add(f ?? '\u0000');
  return (h >>> 0).toString(36);
}

export const recordOf = (grids: Grid[], at: string): RunRecord => ({
  at,
  sheets: Object.fromEntries(grids.map((g) => [g.name, fingerprint(g)])),
});

/** Sheets changed, added and removed since `previous`; null when there is no previous run or nothing changed. */
export function changesSince(previous: RunRecord | null, current: RunRecord): WorkbookChanges | null {
  if (!previous) return null;
  const changed: string[] = [];
  const added: string[] = [];
  for (const [name, hash] of Object.entries(current.sheets)) {
    if (!(name in previous.sheets)) added.push(name);
    else if (previous.sheets[name] !== hash) changed.push(name);
  }
  const removed = Object.keys(previous.sheets).filter((name) => !(name in current.sheets));
  return changed.length || added.length || removed.length ? { changed, added, removed } : null;
}

export function parseRunRecord(raw: unknown): RunRecord | null {
  try {
    const v = (typeof raw === 'string' ? JSON.parse(raw) : raw) as Partial<RunRecord> | null;
    if (!v || typeof v.at !== 'string' || !v.sheets || typeof v.sheets !== 'object') return null;
    const sheets = Object.fromEntries(
      Object.entries(v.sheets).filter((e): e is [string, string] => typeof e[1] === 'string'),
    );
    return { at: v.at, sheets };
  } catch {
    return null;
  }
}
