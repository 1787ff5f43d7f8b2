/** One learner score next to its gold score; `tolerance` (default 1) is how far off still counts as "within". */
export type TScorePair = { given: number | null | undefined; gold: number | null | undefined; tolerance?: number };

/** Agreement figures; every rate and mean is null, never NaN, when no pair counts. */
export type TScoreAgreement = {
  /** Pairs with both values present (the others are skipped). */
  pairs: number;
  exact: number;
  withinTolerance: number;
  /** exact / pairs; null when there are no pairs. */
  exactRate: number | null;
  /** Pairs off by at most their tolerance (exact ones included) / pairs; null when there are no pairs. */
  withinToleranceRate: number | null;
  /** Mean |given − gold|; null when there are no pairs. */
  meanAbsoluteError: number | null;
  /** Mean (given − gold): above 0 the learner is lenient, below 0 harsh; null when there are no pairs. */
  meanSignedError: number | null;
};

const present = (value: number | null | undefined): value is number => typeof value === "number" && Number.isFinite(value);

/**
 * Agreement of learner scores with gold scores: exact and within-tolerance rates and the mean errors.
 * Pairs with a missing value (null, undefined, NaN) are skipped; with no pairs left every rate is null,
 * never NaN. The result does not depend on the order of the pairs.
 */
export function measureScoreAgreement(pairs: readonly TScorePair[], defaultTolerance = 1): TScoreAgreement {
  let count = 0;
  let exact = 0;
  let withinTolerance = 0;
  let absolute = 0;
  let signed = 0;
  for (const { given, gold, tolerance = defaultTolerance } of pairs) {
    if (!present(given) || !present(gold)) continue;
    const difference = given - gold;
    count += 1;
    if (difference === 0) exact += 1;
    if (Math.abs(difference) <= tolerance) withinTolerance += 1;
    absolute += Math.abs(difference);
    signed += difference;
  }
  const rate = (value: number) => (count === 0 ? null : value / count);
  return {
    pairs: count,
    exact,
    withinTolerance,
    exactRate: rate(exact),
    withinToleranceRate: rate(withinTolerance),
    meanAbsoluteError: rate(absolute),
    meanSignedError: rate(signed),
  };
}
