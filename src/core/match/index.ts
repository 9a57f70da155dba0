export { createMatcher, MATCH_THRESHOLD, FULL_COVERAGE_THRESHOLD, AMBIGUITY_MARGIN, type Matcher } from './create-matcher';
export { analyseLabel, foldForMatching, stripLeadingNumbering, type LabelKey, type LabelKind } from './label-key';
export { expandAbbreviations } from './abbreviations';
export { notIndicatorReason } from './not-indicator';
export { editDistance } from './similarity';
export { templateIdMatcher, type MatchById } from './template-id';
