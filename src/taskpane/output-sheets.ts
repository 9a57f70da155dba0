import type { RENDER_TEXTS } from '../core/render';

/** Names of the sheets the add-in writes, in every language: never read as sources. */
export const outputSheetNames = (texts: typeof RENDER_TEXTS): string[] =>
  [...new Set(Object.values(texts).flatMap((t) => [t.summarySheet, t.unitsSheet, t.chartsSheet, t.issuesSheet, t.mappingSheet, t.sourcesSheet]))];
