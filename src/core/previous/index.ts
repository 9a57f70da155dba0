export {
  previousFromReportJson,
  previousFromSummaryGrid,
  previousFromWorkbook,
  type PreviousFigures,
  type PreviousResult,
} from './previous';
