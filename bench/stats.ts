/** Timing helpers: median, min and max of several runs. */
export type Sample = { median: number; min: number; max: number; runs: number; all: number[] };

export function summarize(values: number[]): Sample {
  const all = [...values];
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? sorted[mid] : (sorted[mid - 1] + sorted[mid]) / 2;
  return { median, min: sorted[0], max: sorted[sorted.length - 1], runs: sorted.length, all };
}

export const round = (n: number, digits = 1): number => Math.round(n * 10 ** digits) / 10 ** digits;

/** Times `fn` `runs` times (after `warmup` untimed runs); `before` runs untimed before each run. Returns ms. */
export function timeSync(
  runs: number,
  fn: () => void,
  warmup = 1,
  before: () => void = () => undefined,
): Sample & { firstMs?: number } {
  // The first, untimed run is kept apart: it shows what a single cold run (a fresh `tonghop` process) costs.
  let firstMs: number | undefined;
  for (let i = 0; i < warmup; i++) {
    before();
    const t0 = performance.now();
    fn();
    if (i === 0) firstMs = performance.now() - t0;
  }
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    before();
    const t0 = performance.now();
    fn();
    times.push(performance.now() - t0);
  }
  return firstMs === undefined ? summarize(times) : { ...summarize(times), firstMs };
}

export async function timeAsync(runs: number, fn: () => Promise<void>, warmup = 1): Promise<Sample> {
  for (let i = 0; i < warmup; i++) await fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const t0 = performance.now();
    await fn();
    times.push(performance.now() - t0);
  }
  return summarize(times);
}

export const fmtSample = (s: Sample, unit = 'ms'): string =>
  `${round(s.median)} ${unit} (min ${round(s.min)}, max ${round(s.max)}, ${s.runs} runs)`;
