/*
 * The domain lexicon: what any ICT report means by its words, whatever the department's catalog. Data, each entry
 * with an example its test holds true (test/core/match/lexicon.test.ts).
 */
export { ABBREVIATIONS } from './abbreviations';
export { SYNONYMS } from './synonyms';
export { FILLERS, FILLER_PATTERNS, type FillerEntry } from './fillers';
export { COMPOUNDS } from './compounds';
export { phraseTable, rewritePhrases, type PhraseEntry, type PhraseTable } from './phrases';
export { guardFacts, vetoReason, OPPOSITES, QUALIFIERS, type GuardFacts, type FormFacts, type Veto } from './guards';
