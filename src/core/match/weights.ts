/*
 * The weights evidence is summed in, and the tiers a sum falls into. A weight is log₂ of a likelihood ratio
 * (Fellegi–Sunter): +2 says the row is four times likelier this indicator than not. Set on the labelled sets of
 * test/matching (never on the hold-outs); a label alone reproduces the earlier similarity thresholds
 * (0,80 → likely, 0,88 → sure).
 */
export const WEIGHTS = {
  /** The label is written as one of the indicator's wordings (after the lexicon): as good as a name. */
  exact: 12,
  /** Label similarity s (0..1) weighs slope × (s − zero): 0,80 → +2, 0,90 → +4,5, 0,72 → 0. */
  similarityZero: 0.72,
  similaritySlope: 25,
  /** Every word of the label belongs to this indicator and no other ("- Mức độ 3"). */
  fullCoverage: 1.25,
  /** A whole catalog wording is written out in the label, plus qualifiers the catalog never uses. */
  containedFloor: 2,
  /** The ĐVT cell or the label's suffix names the indicator's measure. */
  measureSame: 1.5,
  /** The ĐVT is another kind of figure (a "%" row for a count). */
  measureOtherKind: -6,
  /** Another count noun that is never the same thing ("hộ" for "người"). */
  measureOtherNoun: -3,
  /** The section heading above the row is the indicator's group. */
  sectionSame: 1,
  /** The section heading is clearly another group of the catalog. */
  sectionOther: -1.5,
  /** Between the rows matched surely above and below it, in the template's order. */
  orderBetween: 1,
  /** The only indicator of the template left between them, and the only row there. */
  orderSlot: 2.5,
  /** Outside the place the surely matched neighbours leave for it. */
  orderOutside: -1,
  /** The same wording was matched surely to this indicator in other units' reports. */
  peersAgree: 1.5,
  /** About 100 times off the other units' figures. */
  sizeFar: -2,
  /** About 1,000 times off or more. */
  sizeVeryFar: -4,
} as const;

export const TIERS = {
  /** At or above: applied without asking. */
  sure: 4,
  /** At or above: applied, and listed for a person to confirm. */
  likely: 2,
  /** A sure decision leads every other free indicator by this much (four times likelier). */
  sureMargin: 2,
  /** Below this lead over the next indicator, the row is ambiguous: a person decides. */
  likelyMargin: 1.5,
} as const;

/** The confidence shown to people: the probability a weight gives, 1 / (1 + 2^−w), to two decimals. */
export function confidenceOf(weight: number): number {
  if (weight >= WEIGHTS.exact) return 1;
  return Math.round(1000 / (1 + 2 ** -weight)) / 1000;
}

/** A label's similarity as a weight. */
export function similarityWeight(score: number): number {
  return WEIGHTS.similaritySlope * (score - WEIGHTS.similarityZero);
}
