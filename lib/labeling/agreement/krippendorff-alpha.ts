import { countValuesPerUnit, valueDomainOf, type TReliabilityMatrix } from "./reliability-data";

/** Level of measurement, which chooses the difference function δ². */
export type TAlphaMetric = "nominal" | "ordinal" | "interval" | "ratio";

export type TKrippendorffAlpha = {
  /** α = 1 − D_o / D_e; null when undefined (no pairable values, or all pairable values equal). */
  alpha: number | null;
  /** Units with at least 2 values (the others are dropped: they cannot be compared). */
  pairableUnits: number;
  /** n: the number of pairable values (the total of the coincidence matrix). */
  pairableValues: number;
  /** Observed disagreement D_o = (1/n) Σ o_ck δ²_ck; null when n = 0. */
  observedDisagreement: number | null;
  /** Expected disagreement D_e = 1/(n(n−1)) Σ n_c n_k δ²_ck; null when n = 0. */
  expectedDisagreement: number | null;
  /** The values, in the order of the coincidence matrix (the scale's order for ordinal and up). */
  values: (number | string)[];
  /** Coincidence matrix o_ck (values × values), symmetric; row sums are n_c. */
  coincidences: number[][];
};

/**
 * Krippendorff's α for any number of coders, with missing answers, via the coincidence matrix
 * (Krippendorff 2011, "Computing Krippendorff's Alpha-Reliability", Annenberg School for
 * Communication, repository.upenn.edu/asc_papers/43, §C–F):
 *
 *   o_ck = Σ_u n_uc (n_uk − [c = k]) / (m_u − 1)      over units with m_u ≥ 2 values
 *   n_c = Σ_k o_ck,   n = Σ_c n_c
 *   α = 1 − (n − 1) Σ o_ck δ²_ck / Σ n_c n_k δ²_ck
 *
 * with δ²: nominal [c ≠ k]; ordinal (Σ_{g=c..k} n_g − (n_c + n_k)/2)² over the ordered values
 * (n_g the marginals of the coincidence matrix); interval (c − k)²; ratio ((c − k)/(c + k))²
 * (0 when c + k = 0).
 *
 * `matrix` is units × coders (see `reliability-data.ts`). Strings are categories: fine for
 * nominal; ordinal needs `domain` (the values in scale order); interval and ratio need numbers.
 * A `domain` may list values nobody used: they do not change α. Pure; builds the coincidences
 * from value counts per unit, O(cells + units × V²), never pairwise over coders. Throws a
 * RangeError for a value outside `domain` or a metric the values cannot carry.
 */
export function krippendorffAlpha(matrix: TReliabilityMatrix, options: { metric: TAlphaMetric; domain?: readonly (number | string)[] }): TKrippendorffAlpha {
  const { metric } = options;
  const values = valueDomainOf(matrix, options.domain);
  if (metric !== "nominal" && !options.domain && values.some((value) => typeof value === "string")) {
    throw new RangeError(`${metric} α on categories needs an ordered domain`);
  }
  if ((metric === "interval" || metric === "ratio") && values.some((value) => typeof value !== "number")) {
    throw new RangeError(`${metric} α needs numeric values`);
  }
  const V = values.length;
  const { counts, totals } = countValuesPerUnit(matrix, values);

  // Coincidences, from each unit's value counts.
  const o = new Float64Array(V * V);
  let pairableUnits = 0;
  for (let unit = 0; unit < totals.length; unit += 1) {
    const m = totals[unit]!;
    if (m < 2) continue;
    pairableUnits += 1;
    const offset = unit * V;
    const weight = 1 / (m - 1);
    for (let c = 0; c < V; c += 1) {
      const nc = counts[offset + c]!;
      if (nc === 0) continue;
      for (let k = 0; k < V; k += 1) {
        const nk = counts[offset + k]!;
        if (nk === 0) continue;
        o[c * V + k] = o[c * V + k]! + nc * (c === k ? nk - 1 : nk) * weight;
      }
    }
  }
  const marginals = new Float64Array(V);
  let n = 0;
  for (let c = 0; c < V; c += 1) {
    for (let k = 0; k < V; k += 1) marginals[c] = marginals[c]! + o[c * V + k]!;
    n += marginals[c]!;
  }

  const delta = differenceFunction(metric, values, marginals);
  let observed = 0;
  let expected = 0;
  for (let c = 0; c < V; c += 1) {
    for (let k = 0; k < V; k += 1) {
      if (c === k) continue;
      const d = delta(c, k);
      observed += o[c * V + k]! * d;
      expected += marginals[c]! * marginals[k]! * d;
    }
  }
  const coincidences = Array.from({ length: V }, (_, c) => Array.from(o.subarray(c * V, (c + 1) * V)));
  const defined = n > 1;
  return {
    alpha: defined && expected > 0 ? 1 - ((n - 1) * observed) / expected : null,
    pairableUnits,
    pairableValues: n,
    observedDisagreement: defined ? observed / n : null,
    expectedDisagreement: defined ? expected / (n * (n - 1)) : null,
    values,
    coincidences,
  };
}

/** δ²(c, k) by value index, for c ≠ k (δ²(c, c) = 0 for every metric). */
function differenceFunction(metric: TAlphaMetric, values: readonly (number | string)[], marginals: Float64Array): (c: number, k: number) => number {
  switch (metric) {
    case "nominal":
      return () => 1;
    case "ordinal": {
      // cumulative[i] = n_0 + … + n_{i−1}, so Σ_{g=c..k} n_g = cumulative[k+1] − cumulative[c] for c ≤ k.
      const cumulative = new Float64Array(values.length + 1);
      for (let i = 0; i < values.length; i += 1) cumulative[i + 1] = cumulative[i]! + marginals[i]!;
      return (c, k) => {
        const low = Math.min(c, k);
        const high = Math.max(c, k);
        const between = cumulative[high + 1]! - cumulative[low]! - (marginals[c]! + marginals[k]!) / 2;
        return between * between;
      };
    }
    case "interval": {
      const numbers = values as readonly number[];
      return (c, k) => (numbers[c]! - numbers[k]!) ** 2;
    }
    case "ratio": {
      const numbers = values as readonly number[];
      return (c, k) => {
        const sum = numbers[c]! + numbers[k]!;
        return sum === 0 ? 0 : ((numbers[c]! - numbers[k]!) / sum) ** 2;
      };
    }
  }
}
