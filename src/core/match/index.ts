export { matchReports } from './match-reports';
export { prepareMatching, type Matching } from './prepare';
export { createMatcher, type Matcher } from './create-matcher';
export { analyseLabel, foldForMatching, stripLeadingNumbering, type LabelKey, type LabelKind } from './label-key';
export { notIndicatorReason } from './not-indicator';
export { editDistance } from './similarity';
export { TIERS, WEIGHTS, confidenceOf } from './weights';
