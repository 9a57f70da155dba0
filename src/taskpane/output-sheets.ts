import type { RENDER_TEXTS } from '../core/render';

/** Text keys that end in "Sheet" but name a column, not a sheet the add-in writes. */
const NOT_SHEETS = new Set(['sourceSheet']);

/**
 * Names of the sheets the add-in writes, in every language: never read as sources. Every "…Sheet" text of the
 * render counts, so a new output sheet is covered as soon as render names it (the write also records the names
 * it wrote in the workbook, and the read skips those too).
 */
export const outputSheetNames = (texts: typeof RENDER_TEXTS): string[] =>
  [...new Set(Object.values(texts).flatMap((t) => Object.entries(t).filter(([key, value]) => key.endsWith('Sheet') && !NOT_SHEETS.has(key) && typeof value === 'string').map(([, value]) => value as string)))];
