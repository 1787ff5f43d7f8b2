import { isPresentValue, type TReliabilityValue } from "./reliability-data";

/** Disagreement weights for ordinal scales; omitted = unweighted (nominal). */
export type TKappaWeights = "linear" | "quadratic";

export type TCohenKappa = {
  /** κ (weighted when asked); null when undefined (no pairs, or chance disagreement 0: both raters used one and the same category throughout). */
  kappa: number | null;
  /** Pairs counted: both raters answered. */
  pairs: number;
  /** 1 − (weighted) observed disagreement; with no weights, the share of identical answers p_o. Null without pairs. */
  observedAgreement: number | null;
  /** 1 − (weighted) disagreement expected by chance from the two raters' own marginals; p_e unweighted. Null without pairs. */
  expectedAgreement: number | null;
  /** Rows rater A, columns rater B, in `categories` order. */
  matrix: number[][];
};

/**
 * Cohen's κ between two raters (e.g. a learner and the gold answers) over paired answers
 * `a[i]`, `b[i]`; pairs where either is missing are skipped.
 *
 * Unweighted: κ = (p_o − p_e) / (1 − p_e) (Cohen 1960, "A coefficient of agreement for nominal
 * scales", Educational and Psychological Measurement 20: 37–46). Weighted (Cohen 1968, "Weighted
 * kappa", Psychological Bulletin 70(4): 213–220): κ_w = 1 − Σ w_ij o_ij / Σ w_ij e_ij, with
 * disagreement weights over the category indices i, j of a k-point scale: linear |i − j| / (k − 1),
 * quadratic (i − j)² / (k − 1)²; e_ij = row_i · column_j / N. Unweighted is the same formula with
 * w_ij = [i ≠ j]. This matches scikit-learn's `cohen_kappa_score`.
 *
 * `categories` lists every category, in scale order for weights; it fixes the matrix and the
 * weights even when some categories are never used. Pure. Throws a RangeError when `a` and `b`
 * differ in length or a value is not one of `categories`.
 */
export function cohenKappa(
  a: readonly TReliabilityValue[],
  b: readonly TReliabilityValue[],
  options: { categories: readonly (number | string)[]; weights?: TKappaWeights },
): TCohenKappa {
  if (a.length !== b.length) throw new RangeError(`cohenKappa needs paired answers, got ${a.length} and ${b.length}`);
  const { categories, weights } = options;
  const k = categories.length;
  const index = new Map<number | string, number>(categories.map((category, i) => [category, i]));
  const cells = new Float64Array(k * k);
  let pairs = 0;
  for (let i = 0; i < a.length; i += 1) {
    const x = a[i];
    const y = b[i];
    if (!isPresentValue(x) || !isPresentValue(y)) continue;
    const row = index.get(x);
    const column = index.get(y);
    if (row === undefined || column === undefined) throw new RangeError(`value ${JSON.stringify(row === undefined ? x : y)} is not one of the categories`);
    cells[row * k + column] = cells[row * k + column]! + 1;
    pairs += 1;
  }
  const matrix = Array.from({ length: k }, (_, row) => Array.from(cells.subarray(row * k, (row + 1) * k)));
  if (pairs === 0) return { kappa: null, pairs, observedAgreement: null, expectedAgreement: null, matrix };

  const rowTotals = new Float64Array(k);
  const columnTotals = new Float64Array(k);
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      rowTotals[i] = rowTotals[i]! + cells[i * k + j]!;
      columnTotals[j] = columnTotals[j]! + cells[i * k + j]!;
    }
  }
  const span = Math.max(1, k - 1);
  const weight = (i: number, j: number) => (weights === "linear" ? Math.abs(i - j) / span : weights === "quadratic" ? ((i - j) / span) ** 2 : i === j ? 0 : 1);
  let observed = 0;
  let expected = 0;
  for (let i = 0; i < k; i += 1) {
    for (let j = 0; j < k; j += 1) {
      if (i === j) continue;
      const w = weight(i, j);
      observed += (w * cells[i * k + j]!) / pairs;
      expected += (w * rowTotals[i]! * columnTotals[j]!) / (pairs * pairs);
    }
  }
  return {
    kappa: expected === 0 ? null : 1 - observed / expected,
    pairs,
    observedAgreement: 1 - observed,
    expectedAgreement: 1 - expected,
    matrix,
  };
}
