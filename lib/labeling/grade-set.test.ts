import { describe, expect, it } from "vitest";
import { exampleItem } from "../../test/support/labeling-arbitraries";
import { goldAnswersOf } from "./gold-answers";
import { gradeItem } from "./grade-item";
import { meanOf, summarizeSet } from "./grade-set";

const item = exampleItem();
const perfect = gradeItem(item, goldAnswersOf(item));
const sloppy = gradeItem(item, { ...goldAnswersOf(item), verdict1: { value: "pass" }, rubric1: { scores: { correctness: 3, helpfulness: 3 } } });

describe("summarizeSet", () => {
  it("averages item scores and counts verdicts per task type", () => {
    const summary = summarizeSet([perfect, sloppy]);
    expect(summary.items).toBe(2);
    expect(summary.score).toBeCloseTo((1 + 5.5 / 7) / 2, 12);
    expect(summary.byType.rubric).toEqual({ tasks: 2, fields: 4, right: 3, close: 1, wrong: 0, pending: 0, score: 3.5 / 4 });
    expect(summary.byType.verdict).toEqual({ tasks: 2, fields: 2, right: 1, close: 0, wrong: 1, pending: 0, score: 0.5 });
    expect(summary.byType.flags).toMatchObject({ tasks: 2, fields: 4, right: 4 });
    expect(summary.byType.rewrite).toEqual({ tasks: 2, fields: 2, right: 0, close: 0, wrong: 0, pending: 2, score: null });
  });

  it("returns nulls, not NaN, for no items", () => {
    const summary = summarizeSet([]);
    expect(summary.score).toBeNull();
    expect(summary.byType.ranking).toEqual({ tasks: 0, fields: 0, right: 0, close: 0, wrong: 0, pending: 0, score: null });
  });

  it("does not depend on the order of the grades", () => {
    expect(summarizeSet([sloppy, perfect, sloppy])).toEqual(summarizeSet([sloppy, sloppy, perfect]));
  });
});

describe("meanOf", () => {
  it("is null for nothing and exact regardless of order", () => {
    expect(meanOf([])).toBeNull();
    expect(meanOf([0.1, 0.2, 0.3, 1e16, -1e16])).toBe(meanOf([-1e16, 0.3, 1e16, 0.2, 0.1]));
  });
});
