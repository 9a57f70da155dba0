export { mergeReports, type MatchedReport, type MergeResult, type MeasureConflict } from './merge-reports';
export { computeTotals } from './aggregate';
export { unitValues } from './unit-values';
export { readFigure, type MeasureTrouble } from './read-figure';
