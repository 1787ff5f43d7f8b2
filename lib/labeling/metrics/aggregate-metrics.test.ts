import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryAnsweredItem, exampleItem } from "../../../test/support/labeling-arbitraries";
import type { TItemAnswers } from "../answer-schema";
import { goldAnswersOf } from "../gold-answers";
import { aggregateMetrics, type TAnsweredItem } from "./aggregate-metrics";

const item = exampleItem();
const gold = goldAnswersOf(item);
const sloppy: TItemAnswers = {
  ...gold,
  rubric1: { scores: { correctness: 3, helpfulness: 6 } },
  flags1: { flags: ["context_loss", "hallucination"] },
  pref1: { value: 1 },
  rank1: { order: ["a", "b", "c"] },
  verdict1: { value: "pass" },
};

/** Every number in a value, however deep. */
const numbersIn = (value: unknown): number[] =>
  typeof value === "number" ? [value] : value && typeof value === "object" ? Object.values(value).flatMap(numbersIn) : [];

describe("aggregateMetrics", () => {
  it("computes every metric for one learner over several items", () => {
    const metrics = aggregateMetrics([
      { item, answers: gold },
      { item, answers: sloppy },
      { item, answers: null },
    ]);
    expect(metrics.items).toBe(3);
    expect(metrics.answered).toBe(2);
    expect(metrics.summary.items).toBe(2);
    expect(metrics.rubric).toMatchObject({ pairs: 4, exact: 2, withinTolerance: 3, exactRate: 0.5, withinToleranceRate: 0.75 });
    expect(metrics.rubric.byDimension.helpfulness).toMatchObject({ pairs: 2, exact: 1, meanSignedError: 1.5 });
    expect(metrics.rubric.tau).not.toBeNull();
    expect(metrics.flags.perFlag.context_loss).toMatchObject({ tp: 2, fp: 0, fn: 0 });
    expect(metrics.flags.perFlag.math_error).toMatchObject({ tp: 1, fp: 0, fn: 1, recall: 0.5 });
    expect(metrics.flags.perFlag.hallucination).toMatchObject({ tp: 0, fp: 1, precision: 0, recall: null });
    expect(metrics.preference).toEqual({ pairs: 2, sameDirection: 2, directionAgreementRate: 1, meanAbsoluteStrengthError: 0.5 });
    expect(metrics.ranking.pairs).toBe(2);
    expect(metrics.ranking.exactRate).toBe(0.5);
    expect(metrics.ranking.meanTau).toBeCloseTo((1 + 1 / 3) / 2, 12);
    expect(metrics.verdict).toEqual({ pairs: 2, correct: 1, accuracy: 0.5 });
  });

  it("is null, never NaN, with no answers at all", () => {
    for (const entries of [[], [{ item, answers: undefined }]] as TAnsweredItem[][]) {
      const metrics = aggregateMetrics(entries);
      expect(metrics.summary.score).toBeNull();
      expect(metrics.rubric.exactRate).toBeNull();
      expect(metrics.rubric.tau).toBeNull();
      expect(metrics.rubric.byDimension).toEqual({});
      expect(metrics.flags.overall.f1).toBeNull();
      expect(metrics.preference.directionAgreementRate).toBeNull();
      expect(metrics.ranking.meanTau).toBeNull();
      expect(metrics.verdict.accuracy).toBeNull();
    }
  });

  it("gives a null rubric τ when all scores are equal, and skips missing scores", () => {
    const flat = { ...gold, rubric1: { scores: { correctness: 3 } } };
    const metrics = aggregateMetrics([
      { item, answers: flat },
      { item, answers: flat },
    ]);
    expect(metrics.rubric.pairs).toBe(2);
    expect(metrics.rubric.tau).toBeNull();
    expect(metrics.rubric.byDimension.helpfulness).toMatchObject({ pairs: 0, exactRate: null });
  });
});

describe("aggregateMetrics properties", () => {
  const cohort = fc.array(arbitraryAnsweredItem(), { minLength: 0, maxLength: 8 });

  it("does not depend on the order of the items", () => {
    fc.assert(
      fc.property(
        cohort.chain((entries) => fc.tuple(fc.constant(entries), fc.shuffledSubarray(entries, { minLength: entries.length, maxLength: entries.length }))),
        ([entries, shuffled]) => {
          expect(aggregateMetrics(shuffled)).toEqual(aggregateMetrics(entries));
        },
      ),
      { numRuns: 150 },
    );
  });

  it("never returns NaN, and every rate lies in [0, 1]", () => {
    fc.assert(
      fc.property(cohort, (entries) => {
        const metrics = aggregateMetrics(entries);
        for (const value of numbersIn(metrics)) expect(Number.isNaN(value)).toBe(false);
        for (const rate of [
          metrics.rubric.exactRate,
          metrics.rubric.withinToleranceRate,
          metrics.flags.overall.f1,
          metrics.preference.directionAgreementRate,
          metrics.verdict.accuracy,
          metrics.summary.score,
        ]) {
          if (rate !== null) expect(rate >= 0 && rate <= 1).toBe(true);
        }
      }),
      { numRuns: 150 },
    );
  });

  it("scores a cohort of perfect learners 1 everywhere", () => {
    fc.assert(
      fc.property(cohort, (entries) => {
        const metrics = aggregateMetrics(entries.map(({ item: generated }) => ({ item: generated, answers: goldAnswersOf(generated) })));
        if (metrics.summary.score !== null) expect(metrics.summary.score).toBe(1);
        if (metrics.rubric.exactRate !== null) expect(metrics.rubric.exactRate).toBe(1);
        if (metrics.flags.overall.f1 !== null) expect(metrics.flags.overall.f1).toBe(1);
        if (metrics.ranking.meanTau !== null) expect(metrics.ranking.meanTau).toBe(1);
      }),
      { numRuns: 100 },
    );
  });
});
