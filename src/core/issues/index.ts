export { ISSUE_TEXTS, SEVERITY_TEXTS, SEVERITY_ORDER } from './issue-texts';
