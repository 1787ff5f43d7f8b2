import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { kendallTau, kendallTauOfOrders } from "./kendall-tau";

describe("kendallTau", () => {
  it("is 1 for the same order, −1 for the reverse, τ-a without ties", () => {
    expect(kendallTau([1, 2, 3, 4], [10, 20, 30, 40])).toBe(1);
    expect(kendallTau([1, 2, 3, 4], [4, 3, 2, 1])).toBe(-1);
    expect(kendallTau([1, 2, 3, 4], [1, 2, 4, 3])).toBeCloseTo(4 / 6, 12);
  });

  it("handles ties as τ-b", () => {
    // x: 1,2,2,3; y: 1,3,2,3. n0 = 6, tiesX = 1, tiesY = 1; concordant 4, discordant 0 → 4 / √(5·5).
    expect(kendallTau([1, 2, 2, 3], [1, 3, 2, 3])).toBeCloseTo(4 / 5, 12);
    // Known value: scipy.stats.kendalltau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0]) = -0.47140452079103173.
    expect(kendallTau([12, 2, 1, 12, 2], [1, 4, 7, 1, 0])).toBeCloseTo(-0.47140452079103173, 12);
  });

  it("is null when either side is all ties or fewer than 2 pairs remain", () => {
    expect(kendallTau([3, 3, 3], [1, 2, 3])).toBeNull();
    expect(kendallTau([1, 2, 3], [5, 5, 5])).toBeNull();
    expect(kendallTau([1], [1])).toBeNull();
    expect(kendallTau([], [])).toBeNull();
  });

  it("skips pairs with a missing value", () => {
    expect(kendallTau([1, null, 2, Number.NaN, 3], [1, 9, 2, 0, 3])).toBe(1);
    expect(kendallTau([1, undefined], [1, 2])).toBeNull();
  });

  it("refuses unpaired input", () => {
    expect(() => kendallTau([1, 2], [1])).toThrow(RangeError);
  });
});

describe("kendallTauOfOrders", () => {
  it("compares orderings over the ids both list", () => {
    expect(kendallTauOfOrders(["a", "b", "c"], ["a", "b", "c"])).toBe(1);
    expect(kendallTauOfOrders(["a", "b", "c"], ["c", "b", "a"])).toBe(-1);
    expect(kendallTauOfOrders(["a", "x", "b"], ["a", "b", "y"])).toBe(1);
    expect(kendallTauOfOrders(["a"], ["a"])).toBeNull();
  });
});

describe("kendallTau properties", () => {
  const values = fc.array(fc.integer({ min: 1, max: 7 }), { minLength: 2, maxLength: 40 });
  const pairs = values.chain((x) => fc.tuple(fc.constant(x), fc.array(fc.integer({ min: 1, max: 7 }), { minLength: x.length, maxLength: x.length })));
  const distinctIds = fc.uniqueArray(fc.string({ minLength: 1, maxLength: 3 }), { minLength: 2, maxLength: 12 });

  it("is 1 against itself and −1 against its reverse, unless all ties", () => {
    fc.assert(
      fc.property(values, (x) => {
        const reversed = x.map((value) => -value);
        if (new Set(x).size === 1) expect(kendallTau(x, x)).toBeNull();
        else {
          expect(kendallTau(x, x)).toBe(1);
          expect(kendallTau(x, reversed)).toBe(-1);
        }
      }),
    );
    fc.assert(
      fc.property(distinctIds, (ids) => {
        expect(kendallTauOfOrders(ids, ids)).toBe(1);
        expect(kendallTauOfOrders(ids, [...ids].reverse())).toBe(-1);
      }),
    );
  });

  it("is symmetric, in [−1, 1] and never NaN", () => {
    fc.assert(
      fc.property(pairs, ([x, y]) => {
        const tau = kendallTau(x, y);
        expect(tau).toBe(kendallTau(y, x));
        if (tau !== null) {
          expect(Number.isNaN(tau)).toBe(false);
          expect(Math.abs(tau)).toBeLessThanOrEqual(1);
        }
      }),
    );
  });

  it("does not depend on the order of the pairs", () => {
    fc.assert(
      fc.property(
        pairs.chain(([x, y]) =>
          fc.tuple(
            fc.constant(x),
            fc.constant(y),
            fc.shuffledSubarray(
              x.map((_, i) => i),
              { minLength: x.length, maxLength: x.length },
            ),
          ),
        ),
        ([x, y, order]) => {
          expect(
            kendallTau(
              order.map((i) => x[i]!),
              order.map((i) => y[i]!),
            ),
          ).toBe(kendallTau(x, y));
        },
      ),
    );
  });
});
