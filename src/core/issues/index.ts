export { ISSUE_TEXTS, SEVERITY_TEXTS, SEVERITY_ORDER } from './issue-texts';
export { MEASURE_SOURCE_TEXTS } from './measure-sources';
