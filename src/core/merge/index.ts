export { mergeReports, type MatchedReport, type MergeResult, type MeasureConflict } from './merge-reports';
export { computeTotals } from './aggregate';
export { readFigure, measureKind } from './read-figure';
