/** Every cache made by memoizeText, so a benchmark (or a long-lived add-in) can start again from empty. */
const caches = new Set<Map<string, unknown>>();

/**
 * Caches a string → value function. Report cells repeat across units (the same labels, headers and figure words
 * in every sheet), so folding each distinct text once keeps detection linear and cheap. The cache is emptied
 * when it grows past `limit`, which bounds memory on hostile input.
 * @example const fastFold = memoizeText(foldKey); fastFold('Số trạm BTS') // computed once, then cached
 */
export function memoizeText<T>(fn: (text: string) => T, limit = 20000): (text: string) => T {
  const cache = new Map<string, T>();
  caches.add(cache);
  return (text: string): T => {
    const hit = cache.get(text);
    if (hit !== undefined) return hit;
    const value = fn(text);
    if (cache.size >= limit) cache.clear();
    cache.set(text, value);
    return value;
  };
}

/** Registers a cache keyed by text that is not made by memoizeText, so clearTextCaches empties it too. */
export function trackTextCache<T>(cache: Map<string, T>): Map<string, T> {
  caches.add(cache as Map<string, unknown>);
  return cache;
}

/**
 * Empties every text cache. Results never depend on it; `npm run bench` calls it before each timed run, so a run
 * is timed as a fresh process would do it rather than with the answers of the run before.
 */
export function clearTextCaches(): void {
  for (const cache of caches) cache.clear();
}
