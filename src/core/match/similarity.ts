// The edit distance lives with the text tools: the matcher and the units' nearest names both use it.
export { editDistance } from '../text/edit-distance';

/** How many edits a typo in a token of this length may have: short syllables none, long words two. */
export function typoAllowance(length: number): number {
  if (length < 4) return 0;
  return length >= 8 ? 2 : 1;
}
