import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cohenKappa } from "./cohen-kappa";

const repeat = <T>(value: T, times: number): T[] => Array.from({ length: times }, () => value);
/** Paired answers from (a, b, count) cells. */
const pairsFrom = <T>(cells: [T, T, number][]) => ({
  a: cells.flatMap(([a, , count]) => repeat(a, count)),
  b: cells.flatMap(([, b, count]) => repeat(b, count)),
});

describe("cohenKappa: published examples", () => {
  it("Wikipedia's 50 grant proposals (20 yes/yes, 5 yes/no, 10 no/yes, 15 no/no): p_o 0.7, p_e 0.5, κ = 0.4", () => {
    const { a, b } = pairsFrom<string>([
      ["yes", "yes", 20],
      ["yes", "no", 5],
      ["no", "yes", 10],
      ["no", "no", 15],
    ]);
    const result = cohenKappa(a, b, { categories: ["yes", "no"] });
    expect(result.kappa).toBeCloseTo(0.4, 12);
    expect(result).toMatchObject({ pairs: 50, observedAgreement: expect.closeTo(0.7, 12), expectedAgreement: expect.closeTo(0.5, 12) });
    expect(result.matrix).toEqual([
      [20, 5],
      [10, 15],
    ]);
  });

  it("Artstein & Poesio (2008), Table 4, three categories: κ = 0.8013 (scikit-learn's test)", () => {
    const a = [...repeat(0, 46), ...repeat(1, 44), ...repeat(2, 10)];
    const b = [...repeat(0, 52), ...repeat(1, 32), ...repeat(2, 16)];
    expect(cohenKappa(a, b, { categories: [0, 1, 2] }).kappa).toBeCloseTo(0.8013, 4);
  });

  it("weighted: unweighted 0.9315, linear 0.9412, quadratic 0.9541 (scikit-learn's cohen_kappa_score test)", () => {
    const a = [...repeat(0, 46), ...repeat(1, 44), ...repeat(2, 10)];
    const b = [...repeat(0, 50), ...repeat(1, 40), ...repeat(2, 10)];
    const categories = [0, 1, 2];
    expect(cohenKappa(a, b, { categories }).kappa).toBeCloseTo(0.9315, 4);
    expect(cohenKappa(a, b, { categories, weights: "linear" }).kappa).toBeCloseTo(0.9412, 4);
    expect(cohenKappa(a, b, { categories, weights: "quadratic" }).kappa).toBeCloseTo(0.9541, 4);
  });
});

describe("cohenKappa: edge cases", () => {
  it("skips pairs with a missing side", () => {
    expect(cohenKappa(["x", null, "y", "x"], ["x", "y", "y", Number.NaN], { categories: ["x", "y"] })).toMatchObject({ pairs: 2, kappa: 1 });
  });

  it("is null, never NaN, without pairs or when both raters used one and the same category", () => {
    expect(cohenKappa([], [], { categories: [1, 2] }).kappa).toBeNull();
    expect(cohenKappa([null], [1], { categories: [1, 2] }).kappa).toBeNull();
    expect(cohenKappa([1, 1, 1], [1, 1, 1], { categories: [1, 2] }).kappa).toBeNull();
    expect(cohenKappa([1, 1, 1], [1, 2, 1], { categories: [1, 2] }).kappa).toBe(0);
  });

  it("rejects unpaired input and unknown categories", () => {
    expect(() => cohenKappa([1], [], { categories: [1] })).toThrow(RangeError);
    expect(() => cohenKappa([1], [3], { categories: [1, 2] })).toThrow(RangeError);
  });

  it("weights only matter on an ordinal scale: a near miss costs less than a far one", () => {
    const gold = [1, 2, 3, 4, 5, 1, 2, 3, 4, 5];
    const near = [2, 2, 3, 4, 5, 1, 2, 3, 4, 4];
    const far = [5, 2, 3, 4, 5, 1, 2, 3, 4, 1];
    const categories = [1, 2, 3, 4, 5];
    expect(cohenKappa(gold, near, { categories }).kappa).toBeCloseTo(cohenKappa(gold, far, { categories }).kappa!, 12);
    for (const weights of ["linear", "quadratic"] as const) {
      expect(cohenKappa(gold, near, { categories, weights }).kappa!).toBeGreaterThan(cohenKappa(gold, far, { categories, weights }).kappa!);
    }
  });
});

const weightsOptions = fc.constantFrom(undefined, "linear" as const, "quadratic" as const);
const arbitraryPairs = fc.array(fc.tuple(fc.integer({ min: 1, max: 5 }), fc.option(fc.integer({ min: 1, max: 5 }), { freq: 5, nil: null })), { maxLength: 40 });
const categories = [1, 2, 3, 4, 5];

describe("cohenKappa properties", () => {
  it("is 1 for perfect agreement whenever more than one category is used", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 2 }).filter((values) => new Set(values).size > 1),
        weightsOptions,
        (values, weights) => {
          expect(cohenKappa(values, values, { categories, weights }).kappa).toBeCloseTo(1, 12);
        },
      ),
    );
  });

  it("does not change when the pairs are reordered or the raters swapped; ≤ 1 and never NaN", () => {
    const withOrder = arbitraryPairs.chain((pairs) =>
      fc.tuple(fc.constant(pairs), fc.shuffledSubarray([...pairs.keys()], { minLength: pairs.length, maxLength: pairs.length })),
    );
    fc.assert(
      fc.property(withOrder, weightsOptions, ([pairs, order], weights) => {
        const a = pairs.map(([x]) => x);
        const b = pairs.map(([, y]) => y);
        const kappa = cohenKappa(a, b, { categories, weights }).kappa;
        const reordered = cohenKappa(
          order.map((i) => a[i]!),
          order.map((i) => b[i]!),
          { categories, weights },
        ).kappa;
        const swapped = cohenKappa(b, a, { categories, weights }).kappa;
        if (kappa === null) {
          expect(reordered).toBeNull();
          expect(swapped).toBeNull();
        } else {
          expect(Number.isFinite(kappa)).toBe(true);
          expect(kappa).toBeLessThanOrEqual(1 + 1e-12);
          expect(reordered).toBeCloseTo(kappa, 10);
          expect(swapped).toBeCloseTo(kappa, 10);
        }
      }),
    );
  });
});
