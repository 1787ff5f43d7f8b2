import { describe, expect, it } from "vitest";
import { countsOf, measureFlagPrecisionRecall } from "./flag-precision-recall";

describe("measureFlagPrecisionRecall", () => {
  it("counts tp, fp and fn per flag, in catalogue order, with pooled figures", () => {
    const result = measureFlagPrecisionRecall([
      { given: ["hallucination", "unsafe"], gold: ["hallucination"] },
      { given: ["hallucination"], gold: ["hallucination", "math_error"] },
      { given: [], gold: ["math_error"] },
    ]);
    expect(Object.keys(result.perFlag)).toEqual(["hallucination", "unsafe", "math_error"]);
    expect(result.perFlag.hallucination).toEqual({ tp: 2, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
    expect(result.perFlag.unsafe).toEqual({ tp: 0, fp: 1, fn: 0, precision: 0, recall: null, f1: 0 });
    expect(result.perFlag.math_error).toEqual({ tp: 0, fp: 0, fn: 2, precision: null, recall: 0, f1: 0 });
    expect(result.overall).toEqual({ tp: 2, fp: 1, fn: 2, precision: 2 / 3, recall: 0.5, f1: 4 / 7 });
    expect(result.pairs).toBe(3);
  });

  it("skips unanswered targets and counts a repeated flag once", () => {
    const result = measureFlagPrecisionRecall([
      { given: null, gold: ["unsafe"] },
      { given: undefined, gold: ["unsafe"] },
      { given: ["unsafe", "unsafe"], gold: ["unsafe"] },
    ]);
    expect(result.pairs).toBe(1);
    expect(result.perFlag.unsafe).toEqual({ tp: 1, fp: 0, fn: 0, precision: 1, recall: 1, f1: 1 });
  });

  it("is null, never NaN, when there is nothing to measure", () => {
    const nothing = { tp: 0, fp: 0, fn: 0, precision: null, recall: null, f1: null };
    expect(measureFlagPrecisionRecall([])).toEqual({ pairs: 0, perFlag: {}, overall: nothing });
    expect(measureFlagPrecisionRecall([{ given: [], gold: [] }])).toEqual({ pairs: 1, perFlag: {}, overall: nothing });
    expect(countsOf(0, 0, 0)).toEqual(nothing);
  });

  it("F1 is the harmonic mean of precision and recall", () => {
    const counts = countsOf(3, 1, 2);
    expect(counts.f1).toBeCloseTo((2 * counts.precision! * counts.recall!) / (counts.precision! + counts.recall!), 12);
  });
});
