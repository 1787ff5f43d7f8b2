import { describe, expect, it } from "vitest";
import { countValuesPerUnit, reliabilityMatrixFromRatings, transposeReliabilityMatrix, valueDomainOf } from "./reliability-data";

describe("reliability data helpers", () => {
  it("builds a units × coders matrix from sparse ratings, the last rating winning", () => {
    const { units, coders, matrix } = reliabilityMatrixFromRatings([
      { unit: "i1", coder: "ann", value: 3 },
      { unit: "i2", coder: "bob", value: 4 },
      { unit: "i1", coder: "bob", value: 2 },
      { unit: "i1", coder: "ann", value: 5 },
      { unit: "i3", coder: "ann", value: Number.NaN },
    ]);
    expect(units).toEqual(["i1", "i2", "i3"]);
    expect(coders).toEqual(["ann", "bob"]);
    expect(matrix).toEqual([
      [5, 2],
      [null, 4],
      [null, null],
    ]);
  });

  it("keeps a given order and ignores ratings outside it", () => {
    const { matrix } = reliabilityMatrixFromRatings(
      [
        { unit: "x", coder: "c", value: 1 },
        { unit: "y", coder: "c", value: 2 },
      ],
      { units: ["y"], coders: ["c", "d"] },
    );
    expect(matrix).toEqual([[2, null]]);
  });

  it("transposes, padding short rows", () => {
    expect(transposeReliabilityMatrix([[1, 2, 3], [4]])).toEqual([
      [1, 4],
      [2, null],
      [3, null],
    ]);
  });

  it("finds the value domain (numbers ascending, then strings) and checks a given one", () => {
    expect(
      valueDomainOf([
        [3, "b", null],
        [1, "a", 3],
      ]),
    ).toEqual([1, 3, "a", "b"]);
    expect(valueDomainOf([[3]], [5, 3])).toEqual([5, 3]);
    expect(() => valueDomainOf([[4]], [1, 2])).toThrow(RangeError);
  });

  it("counts values per unit", () => {
    const { counts, totals, width } = countValuesPerUnit(
      [
        [1, 1, 2],
        [null, 2],
      ],
      [1, 2],
    );
    expect(width).toBe(2);
    expect(Array.from(counts)).toEqual([2, 1, 0, 1]);
    expect(Array.from(totals)).toEqual([3, 1]);
  });
});
