import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { fleissKappa } from "./fleiss-kappa";
import { fleissTableFromMatrix } from "./fleiss-table-from-matrix";
import { krippendorffAlpha } from "./krippendorff-alpha";

/** Wikipedia, "Fleiss' kappa", worked example: 10 subjects, 14 raters, 5 categories; κ = 0.210 (P̄ = 0.378, P̄_e = 0.213). */
const wikipedia = [
  [0, 0, 0, 0, 14],
  [0, 2, 6, 4, 2],
  [0, 0, 3, 5, 6],
  [0, 3, 9, 2, 0],
  [2, 2, 8, 1, 1],
  [7, 7, 0, 0, 0],
  [3, 2, 6, 3, 0],
  [2, 5, 3, 2, 2],
  [6, 5, 2, 1, 0],
  [0, 2, 2, 3, 7],
];

describe("fleissKappa", () => {
  it("reproduces the standard worked example: κ = 0.210", () => {
    const result = fleissKappa(wikipedia);
    expect(result.kappa).toBeCloseTo(0.21, 3);
    expect(result.kappa).toBeCloseTo(0.20993070442195522, 12);
    expect(result.observedAgreement).toBeCloseTo(0.378, 3);
    expect(result.expectedAgreement).toBeCloseTo(0.213, 3);
    expect(result.categoryShares).toEqual([0.143, 0.2, 0.279, 0.15, 0.229].map((share) => expect.closeTo(share, 3)));
    expect(result).toMatchObject({ units: 10, raters: 14 });
  });

  it("is null, never NaN, without units or when every rating is in one category", () => {
    expect(fleissKappa([]).kappa).toBeNull();
    expect(
      fleissKappa([
        [3, 0],
        [3, 0],
      ]).kappa,
    ).toBeNull();
  });

  it("rejects unequal rater counts, ragged rows, bad counts and single raters", () => {
    expect(() =>
      fleissKappa([
        [2, 1],
        [1, 1],
      ]),
    ).toThrow(RangeError);
    expect(() => fleissKappa([[2, 1], [3]])).toThrow(RangeError);
    expect(() => fleissKappa([[1.5, 1.5]])).toThrow(RangeError);
    expect(() =>
      fleissKappa([
        [1, 0],
        [0, 1],
      ]),
    ).toThrow(RangeError);
  });
});

describe("fleissTableFromMatrix", () => {
  const matrix = [
    ["a", "a", "b"],
    ["b", null, "b"],
    ["c", "c", "c"],
    ["a", "b", undefined],
  ];

  it("keeps complete units and drops the others, counting them", () => {
    const result = fleissTableFromMatrix(matrix, { categories: ["a", "b", "c"] });
    expect(result).toEqual({
      table: [
        [2, 1, 0],
        [0, 0, 3],
      ],
      categories: ["a", "b", "c"],
      raters: 3,
      keptUnits: [0, 2],
      dropped: 2,
    });
  });

  it("can keep units with a given number of raters, or throw on unequal units", () => {
    expect(fleissTableFromMatrix(matrix, { raters: 2 }).keptUnits).toEqual([1, 3]);
    expect(() => fleissTableFromMatrix(matrix, { onUnequal: "throw" })).toThrow(RangeError);
  });
});

const arbitraryTable = fc
  .record({ raters: fc.integer({ min: 2, max: 6 }), categories: fc.integer({ min: 2, max: 5 }), units: fc.integer({ min: 1, max: 12 }) })
  .chain(({ raters, categories, units }) =>
    fc.array(
      fc.array(fc.integer({ min: 0, max: categories - 1 }), { minLength: raters, maxLength: raters }).map((ratings) => {
        const row = Array.from({ length: categories }, () => 0);
        for (const category of ratings) row[category]! += 1;
        return row;
      }),
      { minLength: units, maxLength: units },
    ),
  );
const permutationOf = (length: number) => fc.shuffledSubarray([...Array(length).keys()], { minLength: length, maxLength: length });

describe("fleissKappa properties", () => {
  it("is 1 for perfect agreement whenever more than one category is used", () => {
    const agreeing = fc
      .record({ raters: fc.integer({ min: 2, max: 9 }), truth: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 2, maxLength: 10 }) })
      .filter(({ truth }) => new Set(truth).size > 1)
      .map(({ raters, truth }) => truth.map((category) => [0, 1, 2, 3].map((c) => (c === category ? raters : 0))));
    fc.assert(
      fc.property(agreeing, (table) => {
        expect(fleissKappa(table).kappa).toBeCloseTo(1, 12);
      }),
    );
  });

  it("does not change when units or categories are permuted, is ≤ 1 and never NaN", () => {
    const withPermutations = arbitraryTable.chain((table) => fc.tuple(fc.constant(table), permutationOf(table.length), permutationOf(table[0]!.length)));
    fc.assert(
      fc.property(withPermutations, ([table, unitOrder, categoryOrder]) => {
        const kappa = fleissKappa(table).kappa;
        const permuted = fleissKappa(unitOrder.map((u) => categoryOrder.map((c) => table[u]![c]!))).kappa;
        if (kappa === null) expect(permuted).toBeNull();
        else {
          expect(Number.isFinite(kappa)).toBe(true);
          expect(kappa).toBeLessThanOrEqual(1 + 1e-12);
          expect(permuted).toBeCloseTo(kappa, 10);
        }
      }),
    );
  });

  it("shares its observed disagreement with nominal α on complete data (1 − P̄ = D_o)", () => {
    fc.assert(
      fc.property(arbitraryTable, (table) => {
        // Expand counts back into a units × raters matrix of category indices.
        const matrix = table.map((row) => row.flatMap((count, category) => Array.from({ length: count }, () => category)));
        const fleiss = fleissKappa(table);
        const alpha = krippendorffAlpha(matrix, { metric: "nominal" });
        expect(alpha.observedDisagreement).toBeCloseTo(1 - fleiss.observedAgreement!, 10);
      }),
    );
  });
});
