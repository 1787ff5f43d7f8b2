import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { confusionMatrix } from "./confusion-matrix";
import { flagConfusion } from "./flag-confusion";

describe("confusionMatrix", () => {
  it("counts gold × learner with per-category precision and recall", () => {
    const gold = ["pass", "pass", "fail", "fail", "fail", "pass", null];
    const given = ["pass", "fail", "fail", "fail", "pass", "pass", "pass"];
    const result = confusionMatrix(gold, given, ["pass", "fail", "unsure"]);
    expect(result.counts).toEqual([
      [2, 1, 0],
      [1, 2, 0],
      [0, 0, 0],
    ]);
    expect(result).toMatchObject({ total: 6, skipped: 1, accuracy: 4 / 6 });
    expect(result.perCategory[0]).toEqual({ category: "pass", support: 3, predicted: 3, correct: 2, precision: 2 / 3, recall: 2 / 3 });
    expect(result.perCategory[2]).toEqual({ category: "unsure", support: 0, predicted: 0, correct: 0, precision: null, recall: null });
  });

  it("works on a score dimension's scale and is null without pairs", () => {
    expect(confusionMatrix([1, 2, 3], [1, 3, 3], [1, 2, 3]).counts).toEqual([
      [1, 0, 0],
      [0, 0, 1],
      [0, 0, 1],
    ]);
    expect(confusionMatrix([null], [1], [1]).accuracy).toBeNull();
  });

  it("rejects unpaired input and unknown categories", () => {
    expect(() => confusionMatrix([1], [], [1])).toThrow(RangeError);
    expect(() => confusionMatrix([1], [4], [1, 2])).toThrow(RangeError);
  });

  it("sums to the pairs counted and does not depend on their order", () => {
    const pairs = fc.array(fc.tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 })), { maxLength: 30 });
    fc.assert(
      fc.property(pairs, (list) => {
        const forward = confusionMatrix(
          list.map(([g]) => g),
          list.map(([, l]) => l),
          [1, 2, 3, 4],
        );
        const reversed = [...list].reverse();
        expect(
          confusionMatrix(
            reversed.map(([g]) => g),
            reversed.map(([, l]) => l),
            [1, 2, 3, 4],
          ).counts,
        ).toEqual(forward.counts);
        expect(forward.counts.flat().reduce((sum, count) => sum + count, 0)).toBe(list.length);
      }),
    );
  });
});

describe("flagConfusion", () => {
  it("fills each flag's 2×2 table, tn included, skipping unanswered targets", () => {
    const result = flagConfusion(
      [
        { given: ["hallucination", "unsafe"], gold: ["hallucination"] },
        { given: ["hallucination", "hallucination"], gold: ["hallucination", "math_error"] },
        { given: [], gold: ["math_error"] },
        { given: [], gold: [] },
        { given: null, gold: ["unsafe"] },
      ],
      ["hallucination", "unsafe", "math_error", "off_topic"],
    );
    expect(result.pairs).toBe(4);
    expect(result.perFlag.hallucination).toEqual({ tp: 2, fp: 0, fn: 0, tn: 2, precision: 1, recall: 1, f1: 1 });
    expect(result.perFlag.unsafe).toEqual({ tp: 0, fp: 1, fn: 0, tn: 3, precision: 0, recall: null, f1: 0 });
    expect(result.perFlag.math_error).toEqual({ tp: 0, fp: 0, fn: 2, tn: 2, precision: null, recall: 0, f1: 0 });
    expect(result.perFlag.off_topic).toEqual({ tp: 0, fp: 0, fn: 0, tn: 4, precision: null, recall: null, f1: null });
  });

  it("each flag's cells add up to the answered targets", () => {
    const flags = ["a", "b", "c"] as const;
    const subset = fc.subarray([...flags]);
    fc.assert(
      fc.property(fc.array(fc.record({ given: fc.option(subset, { nil: null }), gold: subset })), (pairs) => {
        const result = flagConfusion(pairs, flags);
        for (const flag of flags) {
          const { tp, fp, fn, tn } = result.perFlag[flag];
          expect(tp + fp + fn + tn).toBe(result.pairs);
        }
      }),
    );
  });
});
