import { describe, expect, it } from "vitest";
import { exampleItem } from "../../../test/support/labeling-arbitraries";
import type { TExerciseSet, TRubricTask } from "../../labeling/exercise-schema";
import { checkTolerancePolicy } from "./check-tolerance-policy";

type TGold = TRubricTask["gold"][string];
function setWithGold(gold: Partial<TGold>): TExerciseSet {
  const item = exampleItem();
  const tasks = item.tasks.map((task) => (task.type === "rubric" ? { ...task, gold: { correctness: { ...task.gold.correctness!, ...gold } } } : task));
  return { id: "demo", title: "t", titleEn: "t", kind: "single-turn", guideline: "general", guidelineVersion: "1.0", instructions: "i", instructionsEn: "i", items: [{ ...item, tasks }], competencies: [] };
}

describe("checkTolerancePolicy", () => {
  it("accepts a cap whose tolerance reaches every score from 1 to the cap", () => {
    expect(checkTolerancePolicy(setWithGold({ score: 2, tolerance: 1, cap: 2 }))).toEqual([]);
    expect(checkTolerancePolicy(setWithGold({ score: 1, tolerance: 1, cap: 2 }))).toEqual([]);
  });

  it("refuses a capped score whose tolerance leaves scores under the cap out, or a score above its cap", () => {
    expect(checkTolerancePolicy(setWithGold({ score: 2, tolerance: 0, cap: 2 }))).toEqual([
      "item peanut-dinner task rubric1 gold correctness: rule 2.1 only caps the score at 2, so the tolerance must admit every score from 1 to 2 (tolerance 0 stops at 2)",
    ]);
    expect(checkTolerancePolicy(setWithGold({ score: 3, tolerance: 2, cap: 2 }))[0]).toContain("score 3 is above its cap 2");
  });

  it("asks for a cap where the rationale says the rule caps but tolerance 0 accepts one score", () => {
    const problems = checkTolerancePolicy(setWithGold({ score: 2, tolerance: 0, rationale: "确认编造，正确性不高于 2 分（2.3）。" }));
    expect(problems).toHaveLength(1);
    expect(problems[0]).toContain("declare `cap`");
    expect(checkTolerancePolicy(setWithGold({ score: 1, tolerance: 0, rationale: "答非所问，定为 1 分（2.1）。" }))).toEqual([]);
  });
});
