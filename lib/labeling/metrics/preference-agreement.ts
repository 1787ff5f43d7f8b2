/** One learner preference (−3…3) next to the gold one. */
export type TPreferencePair = { given: number | null | undefined; gold: number | null | undefined };

/** Preference agreement figures; null, never NaN, when no pair counts. */
export type TPreferenceAgreement = {
  /** Pairs with both values present (the others are skipped). */
  pairs: number;
  /** Pairs with the same direction: both prefer A, both prefer B, or both say "about the same" (0). */
  sameDirection: number;
  /** sameDirection / pairs; null when there are no pairs. */
  directionAgreementRate: number | null;
  /** Mean |given − gold| on the −3…3 scale; null when there are no pairs. */
  meanAbsoluteStrengthError: number | null;
};

const present = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * Agreement of learner preferences with gold: the rate of same direction (sign, 0 being a direction of
 * its own) and the mean absolute difference in strength. Pairs with a missing value are skipped; with
 * none left the figures are null, never NaN. Independent of the order of the pairs.
 */
export function measurePreferenceAgreement(pairs: readonly TPreferencePair[]): TPreferenceAgreement {
  let count = 0;
  let sameDirection = 0;
  let absolute = 0;
  for (const { given, gold } of pairs) {
    if (!present(given) || !present(gold)) continue;
    count += 1;
    if (Math.sign(given) === Math.sign(gold)) sameDirection += 1;
    absolute += Math.abs(given - gold);
  }
  return {
    pairs: count,
    sameDirection,
    directionAgreementRate: count === 0 ? null : sameDirection / count,
    meanAbsoluteStrengthError: count === 0 ? null : absolute / count,
  };
}
