export type TFleissKappa = {
  /** κ = (P̄ − P̄_e) / (1 − P̄_e); null when undefined (no units, or P̄_e = 1: every rating in one category). */
  kappa: number | null;
  /** N: units (rows) counted. */
  units: number;
  /** n: raters per unit (the same for every unit). */
  raters: number;
  /** P̄: mean share of agreeing rater pairs per unit; null without units. */
  observedAgreement: number | null;
  /** P̄_e = Σ_j p_j²; null without units. */
  expectedAgreement: number | null;
  /** p_j: share of all ratings in category j; empty without units. */
  categoryShares: number[];
};

/**
 * Fleiss' κ for N units each rated by the same number n ≥ 2 of raters into k categories, from the
 * units × categories count table (`table[i][j]` = raters who put unit i in category j), as in
 * Fleiss (1971), "Measuring nominal scale agreement among many raters", Psychological Bulletin
 * 76(5): 378–382, eqs. 2–9:
 *
 *   p_j = Σ_i n_ij / (N n)          P_i = (Σ_j n_ij² − n) / (n (n − 1))
 *   P̄ = (1/N) Σ_i P_i              P̄_e = Σ_j p_j²              κ = (P̄ − P̄_e) / (1 − P̄_e)
 *
 * Nominal categories only (no ordering). The raters of one unit need not be those of another.
 * Pure. Throws a RangeError when rows differ in their total or in length, when a count is not a
 * non-negative integer, or when units have fewer than 2 raters.
 */
export function fleissKappa(table: readonly (readonly number[])[]): TFleissKappa {
  const units = table.length;
  if (units === 0) return { kappa: null, units: 0, raters: 0, observedAgreement: null, expectedAgreement: null, categoryShares: [] };
  const categories = table[0]!.length;
  let raters = -1;
  const totals = new Float64Array(categories);
  let agreementSum = 0;
  for (const [i, row] of table.entries()) {
    if (row.length !== categories) throw new RangeError(`row ${i} has ${row.length} categories, expected ${categories}`);
    let rowTotal = 0;
    let squares = 0;
    for (const [j, count] of row.entries()) {
      if (!Number.isInteger(count) || count < 0) throw new RangeError(`row ${i}: count ${count} is not a non-negative integer`);
      rowTotal += count;
      squares += count * count;
      totals[j] = totals[j]! + count;
    }
    if (raters === -1) raters = rowTotal;
    if (rowTotal !== raters) throw new RangeError(`row ${i} has ${rowTotal} ratings, expected ${raters} like row 0`);
    if (raters < 2) throw new RangeError(`Fleiss' κ needs at least 2 raters per unit, got ${raters}`);
    agreementSum += (squares - raters) / (raters * (raters - 1));
  }
  const categoryShares = Array.from(totals, (total) => total / (units * raters));
  const observedAgreement = agreementSum / units;
  const expectedAgreement = categoryShares.reduce((sum, share) => sum + share * share, 0);
  // 1 − P̄_e is 0 only when every rating falls in one category; rounding can leave a tiny residue.
  const kappa = expectedAgreement >= 1 - 1e-12 ? null : (observedAgreement - expectedAgreement) / (1 - expectedAgreement);
  return { kappa, units, raters, observedAgreement, expectedAgreement, categoryShares };
}
