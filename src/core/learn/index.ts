export { learnFromMappingSheet, type LearnResult, type MappingDecision } from './learn-decisions';
export { pendingDecisions, type PendingDecision } from './pending-decisions';
