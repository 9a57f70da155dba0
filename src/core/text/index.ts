// Placeholder kept small on purpose: the text stage (issue 3) replaces these with the full normaliser.
export { normalizeText, foldKey } from './normalize';
