export { previousFromReportJson, previousFromSummaryGrid, type PreviousFigures, type PreviousResult } from './previous';
