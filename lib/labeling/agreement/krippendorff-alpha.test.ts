import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { krippendorffAlpha, type TAlphaMetric } from "./krippendorff-alpha";
import { transposeReliabilityMatrix, type TReliabilityValue } from "./reliability-data";

const _ = null;
/**
 * Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", §C–F: 4 observers × 12 units
 * with missing data, printed observers × units. Published: nominal .743, ordinal .815,
 * interval .849, ratio .797 (the same figures are asserted by the `krippendorff` Python package's
 * tests for nominal, ordinal and ratio).
 */
const krippendorff2011 = transposeReliabilityMatrix([
  [1, 2, 3, 3, 2, 1, 4, 1, 2, _, _, _],
  [1, 2, 3, 3, 2, 2, 4, 1, 2, 5, _, 3],
  [_, 3, 3, 3, 2, 3, 4, 2, 2, 5, 1, _],
  [1, 2, 3, 3, 2, 4, 4, 1, 2, 5, 1, _],
]);

/** Wikipedia, "Krippendorff's alpha", computational example: 3 coders × 15 units; nominal 0.691, interval 0.811. */
const wikipedia = transposeReliabilityMatrix([
  [_, _, _, _, _, 3, 4, 1, 2, 1, 1, 3, 3, _, 3],
  [1, _, 2, 1, 3, 3, 4, 3, _, _, _, _, _, _, _],
  [_, _, 2, 1, 3, 4, 4, _, 2, 1, 1, 3, 3, _, 4],
]);

const metrics: TAlphaMetric[] = ["nominal", "ordinal", "interval", "ratio"];
const alphaOf = (matrix: readonly (readonly TReliabilityValue[])[], metric: TAlphaMetric) => krippendorffAlpha(matrix, { metric }).alpha;

/** Textbook reference, written differently on purpose: coincidences pairwise over coders, δ² straight from the definitions. */
function naiveAlpha(matrix: readonly (readonly (number | null)[])[], metric: TAlphaMetric): number | null {
  const values = [...new Set(matrix.flat().filter((v): v is number => v !== null))].sort((a, b) => a - b);
  const o = values.map(() => values.map(() => 0));
  for (const row of matrix) {
    const present = row.filter((v): v is number => v !== null);
    if (present.length < 2) continue;
    present.forEach((x, i) =>
      present.forEach((y, j) => {
        if (i !== j) o[values.indexOf(x)]![values.indexOf(y)]! += 1 / (present.length - 1);
      }),
    );
  }
  const nc = o.map((row) => row.reduce((s, v) => s + v, 0));
  const n = nc.reduce((s, v) => s + v, 0);
  const delta = (c: number, k: number) => {
    if (metric === "nominal") return c === k ? 0 : 1;
    if (metric === "interval") return (values[c]! - values[k]!) ** 2;
    if (metric === "ratio") return values[c]! + values[k]! === 0 ? 0 : ((values[c]! - values[k]!) / (values[c]! + values[k]!)) ** 2;
    let sum = 0;
    for (let g = Math.min(c, k); g <= Math.max(c, k); g += 1) sum += nc[g]!;
    return (sum - (nc[c]! + nc[k]!) / 2) ** 2;
  };
  let doSum = 0;
  let deSum = 0;
  values.forEach((_, c) =>
    values.forEach((__, k) => {
      doSum += o[c]![k]! * delta(c, k);
      deSum += nc[c]! * nc[k]! * delta(c, k);
    }),
  );
  return n < 2 || deSum === 0 ? null : 1 - ((n - 1) * doSum) / deSum;
}

describe("krippendorffAlpha: published worked examples", () => {
  it("reproduces Krippendorff (2011): nominal .743, ordinal .815, interval .849, ratio .797", () => {
    expect(alphaOf(krippendorff2011, "nominal")).toBeCloseTo(0.743, 3);
    expect(alphaOf(krippendorff2011, "ordinal")).toBeCloseTo(0.815, 3);
    expect(alphaOf(krippendorff2011, "interval")).toBeCloseTo(0.849, 3);
    expect(alphaOf(krippendorff2011, "ratio")).toBeCloseTo(0.797, 3);
  });

  it("builds the paper's coincidence matrix, dropping the unit with a single value", () => {
    const result = krippendorffAlpha(krippendorff2011, { metric: "nominal" });
    expect(result.pairableUnits).toBe(11);
    expect(result.pairableValues).toBe(40);
    expect(result.values).toEqual([1, 2, 3, 4, 5]);
    // Marginals n_c printed in the paper: 9, 13, 10, 5, 3.
    expect(result.coincidences.map((row) => row.reduce((s, v) => s + v, 0))).toEqual([9, 13, 10, 5, 3].map((v) => expect.closeTo(v, 12)));
    expect(result.coincidences[0]![0]).toBeCloseTo(7, 12);
    expect(result.coincidences[0]![1]).toBeCloseTo(4 / 3, 12);
  });

  it("reproduces Wikipedia's example: nominal 0.691, interval 0.811", () => {
    expect(alphaOf(wikipedia, "nominal")).toBeCloseTo(0.691358, 6);
    expect(alphaOf(wikipedia, "interval")).toBeCloseTo(0.810845, 6);
  });

  it("gives the same α for categories coded as strings with an ordered domain", () => {
    const labels = ["very low", "low", "mid", "high", "very high"];
    const coded = krippendorff2011.map((row) => row.map((v) => (v === null || v === undefined ? null : labels[Number(v) - 1]!)));
    expect(krippendorffAlpha(coded, { metric: "nominal" }).alpha).toBeCloseTo(0.743, 3);
    expect(krippendorffAlpha(coded, { metric: "ordinal", domain: labels }).alpha).toBeCloseTo(0.815, 3);
    expect(() => krippendorffAlpha(coded, { metric: "ordinal" })).toThrow(RangeError);
    expect(() => krippendorffAlpha(coded, { metric: "interval", domain: labels })).toThrow(RangeError);
  });
});

describe("krippendorffAlpha: edge cases", () => {
  it("is null, never NaN, when undefined", () => {
    expect(alphaOf([], "nominal")).toBeNull();
    expect(
      alphaOf(
        [
          [1, _],
          [_, 2],
        ],
        "interval",
      ),
    ).toBeNull(); // no unit has 2 values
    expect(
      alphaOf(
        [
          [3, 3],
          [3, 3, 3],
        ],
        "ordinal",
      ),
    ).toBeNull(); // no variation: D_e = 0
  });

  it("treats NaN and undefined as missing, and ratio 0 + 0 as no difference", () => {
    expect(
      alphaOf(
        [
          [1, Number.NaN, 1],
          [2, undefined, 2],
        ],
        "interval",
      ),
    ).toBe(1);
    expect(
      alphaOf(
        [
          [0, 0],
          [1, 1],
          [2, 2],
        ],
        "ratio",
      ),
    ).toBe(1);
  });

  it("ignores domain values nobody used, and rejects values outside the domain", () => {
    const domain = [0, 1, 2, 3, 4, 5, 6];
    for (const metric of metrics) {
      expect(krippendorffAlpha(krippendorff2011, { metric, domain }).alpha).toBeCloseTo(alphaOf(krippendorff2011, metric)!, 12);
    }
    expect(() => krippendorffAlpha(krippendorff2011, { metric: "nominal", domain: [1, 2, 3] })).toThrow(RangeError);
  });

  it("can be negative for systematic disagreement", () => {
    expect(
      alphaOf(
        [
          [1, 2],
          [2, 1],
          [1, 2],
          [2, 1],
        ],
        "nominal",
      ),
    ).toBeLessThan(0);
  });
});

/** Units × coders, values 1..5, ~30 % missing. */
const arbitraryMatrix = fc.record({ units: fc.integer({ min: 1, max: 12 }), coders: fc.integer({ min: 2, max: 6 }) }).chain(({ units, coders }) =>
  fc.array(fc.array(fc.option(fc.integer({ min: 1, max: 5 }), { freq: 3, nil: null }), { minLength: coders, maxLength: coders }), {
    minLength: units,
    maxLength: units,
  }),
);

const permutationOf = (length: number) => fc.shuffledSubarray([...Array(length).keys()], { minLength: length, maxLength: length });

describe("krippendorffAlpha properties", () => {
  it("equals a pairwise textbook computation, is ≤ 1 and never NaN", () => {
    fc.assert(
      fc.property(arbitraryMatrix, fc.constantFrom(...metrics), (matrix, metric) => {
        const alpha = alphaOf(matrix, metric);
        const reference = naiveAlpha(matrix, metric);
        if (reference === null) expect(alpha).toBeNull();
        else expect(alpha).toBeCloseTo(reference, 9);
        if (alpha !== null) {
          expect(Number.isFinite(alpha)).toBe(true);
          expect(alpha).toBeLessThanOrEqual(1 + 1e-12);
        }
      }),
    );
  });

  it("is 1 for perfect agreement whenever there is variation", () => {
    const agreeing = fc
      .record({
        truth: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2, maxLength: 12 }).filter((values) => new Set(values).size > 1),
        coders: fc.integer({ min: 2, max: 6 }),
      })
      .map(({ truth, coders }) => truth.map((value) => Array.from({ length: coders }, () => value)));
    fc.assert(
      fc.property(agreeing, fc.constantFrom(...metrics), (matrix, metric) => {
        expect(alphaOf(matrix, metric)).toBeCloseTo(1, 12);
      }),
    );
  });

  it("does not change when coders or units are permuted", () => {
    const withPermutations = arbitraryMatrix.chain((matrix) => fc.tuple(fc.constant(matrix), permutationOf(matrix.length), permutationOf(matrix[0]!.length)));
    fc.assert(
      fc.property(withPermutations, fc.constantFrom(...metrics), ([matrix, unitOrder, coderOrder], metric) => {
        const permuted = unitOrder.map((u) => coderOrder.map((c) => matrix[u]![c]!));
        const alpha = alphaOf(matrix, metric);
        if (alpha === null) expect(alphaOf(permuted, metric)).toBeNull();
        else expect(alphaOf(permuted, metric)).toBeCloseTo(alpha, 10);
      }),
    );
  });
});
