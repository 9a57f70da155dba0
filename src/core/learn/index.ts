export { learnFromMappingSheet, type LearnResult, type MappingDecision } from './learn-decisions';
