import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { arbitraryItem, exampleItem } from "../../test/support/labeling-arbitraries";
import { checkExerciseSet } from "./check-exercise-set";
import { ZExerciseSet, type TExerciseSet, type TItem } from "./exercise-schema";
import { goldAnswersOf } from "./gold-answers";
import { validateItemAnswers } from "./validate-answers";

const setOf = (items: TItem[]): TExerciseSet => ({
  id: "demo",
  title: "演示",
  titleEn: "Demo",
  kind: "single-turn",
  guideline: "general",
  guidelineVersion: "1.0",
  instructions: "标注",
  instructionsEn: "Label",
  items,
  competencies: [],
});

describe("goldAnswersOf", () => {
  it("lists every task's gold answer", () => {
    expect(goldAnswersOf(exampleItem())).toEqual({
      rubric1: { scores: { correctness: 2, helpfulness: 3 } },
      flags1: { flags: ["context_loss", "math_error"], refersTo: { context_loss: 1 } },
      pref1: { value: 2 },
      rank1: { order: ["b", "a", "c"] },
      rewrite1: { text: "您花生过敏，推荐青椒肉丝，合计 $20 + 35 = 55$ 元。" },
      verdict1: { value: "major" },
    });
  });

  it("ignores gold references on flags that take none, and returns copies", () => {
    const item = exampleItem();
    const flags = item.tasks.find((task) => task.type === "flags")!;
    if (flags.type === "flags") flags.gold.refersTo = { math_error: 2 };
    const gold = goldAnswersOf(item);
    expect(gold.flags1).toEqual({ flags: ["context_loss", "math_error"] });
    (gold.rank1 as { order: string[] }).order.reverse();
    expect(goldAnswersOf(item).rank1).toEqual({ order: ["b", "a", "c"] });
  });

  it("generated items are consistent exercise items, and their gold answers validate", () => {
    fc.assert(
      fc.property(fc.array(arbitraryItem(), { minLength: 1, maxLength: 3 }), (items) => {
        const set = setOf(items.map((item, i) => ({ ...item, id: `item-${i}` })));
        expect(ZExerciseSet.parse(set)).toEqual(set);
        expect(checkExerciseSet({ ...set, kind: "multi-turn" }).filter((problem) => !problem.includes("needs a dialogue"))).toEqual([]);
        for (const item of set.items) expect(validateItemAnswers(item, goldAnswersOf(item)).ok).toBe(true);
      }),
      { numRuns: 200 },
    );
  });
});
