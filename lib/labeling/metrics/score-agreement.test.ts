import { describe, expect, it } from "vitest";
import { measureScoreAgreement } from "./score-agreement";

describe("measureScoreAgreement", () => {
  it("counts exact and within-tolerance agreement and the mean errors", () => {
    const result = measureScoreAgreement([
      { given: 3, gold: 3 },
      { given: 4, gold: 3 },
      { given: 1, gold: 3 },
      { given: 5, gold: 3, tolerance: 2 },
    ]);
    expect(result).toEqual({
      pairs: 4,
      exact: 1,
      withinTolerance: 3,
      exactRate: 0.25,
      withinToleranceRate: 0.75,
      meanAbsoluteError: 5 / 4,
      meanSignedError: 1 / 4,
    });
  });

  it("uses the default tolerance, and tolerance 0 means exact only", () => {
    expect(measureScoreAgreement([{ given: 4, gold: 3 }], 0).withinToleranceRate).toBe(0);
    expect(measureScoreAgreement([{ given: 5, gold: 3 }], 2).withinToleranceRate).toBe(1);
    expect(measureScoreAgreement([{ given: 4, gold: 3, tolerance: 0 }], 2).withinToleranceRate).toBe(0);
  });

  it("skips pairs with a missing value", () => {
    const result = measureScoreAgreement([
      { given: null, gold: 3 },
      { given: 3, gold: undefined },
      { given: Number.NaN, gold: 3 },
      { given: 2, gold: 2 },
    ]);
    expect(result).toMatchObject({ pairs: 1, exactRate: 1 });
  });

  it("is all null, never NaN, for empty input or only missing values", () => {
    const empty = { pairs: 0, exact: 0, withinTolerance: 0, exactRate: null, withinToleranceRate: null, meanAbsoluteError: null, meanSignedError: null };
    expect(measureScoreAgreement([])).toEqual(empty);
    expect(measureScoreAgreement([{ given: undefined, gold: 2 }])).toEqual(empty);
  });

  it("handles all-equal scores", () => {
    expect(measureScoreAgreement([3, 3, 3].map((score) => ({ given: score, gold: score })))).toMatchObject({ exactRate: 1, meanSignedError: 0 });
    expect(measureScoreAgreement([3, 3, 3].map((score) => ({ given: score, gold: 5 })))).toMatchObject({
      exactRate: 0,
      withinToleranceRate: 0,
      meanSignedError: -2,
    });
  });
});
