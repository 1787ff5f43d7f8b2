import { describe, expect, it } from "vitest";
import { measurePreferenceAgreement } from "./preference-agreement";

describe("measurePreferenceAgreement", () => {
  it("compares direction (0 is a direction of its own) and strength", () => {
    const result = measurePreferenceAgreement([
      { given: 2, gold: 3 },
      { given: -1, gold: -3 },
      { given: 0, gold: 0 },
      { given: 0, gold: 1 },
      { given: 1, gold: -1 },
    ]);
    expect(result).toEqual({ pairs: 5, sameDirection: 3, directionAgreementRate: 3 / 5, meanAbsoluteStrengthError: (1 + 2 + 0 + 1 + 2) / 5 });
  });

  it("skips missing values and is null, never NaN, when nothing is left", () => {
    expect(
      measurePreferenceAgreement([
        { given: null, gold: 1 },
        { given: 2, gold: undefined },
      ]),
    ).toEqual({
      pairs: 0,
      sameDirection: 0,
      directionAgreementRate: null,
      meanAbsoluteStrengthError: null,
    });
    expect(measurePreferenceAgreement([])).toMatchObject({ directionAgreementRate: null });
    expect(
      measurePreferenceAgreement([
        { given: 1, gold: 1 },
        { given: undefined, gold: 3 },
      ]),
    ).toMatchObject({ pairs: 1, directionAgreementRate: 1 });
  });

  it("handles all-equal preferences", () => {
    expect(measurePreferenceAgreement([0, 0, 0].map((value) => ({ given: value, gold: value })))).toMatchObject({
      directionAgreementRate: 1,
      meanAbsoluteStrengthError: 0,
    });
  });
});
