export { consolidate } from './consolidate';
export { toReportJson, type ReportJson } from './report-json';
export type { ConsolidateOptions } from './options';
export { unitsOverview, detectOptionsForUnits, type UnitsOverview } from './units';
