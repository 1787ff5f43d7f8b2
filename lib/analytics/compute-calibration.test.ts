import { describe, expect, it } from "vitest";
import { loadExerciseSets } from "../labeling/load-exercise-sets";
import { goldAnswersOf } from "../labeling/gold-answers";
import { computeCalibration, weekOf } from "./compute-calibration";

describe("computeCalibration", () => {
  it("weeks start on Monday in Shanghai", () => {
    expect(weekOf(new Date("2026-11-29T15:59:00Z"))).toBe("2026-11-23"); // Sunday 23:59 in Shanghai
    expect(weekOf(new Date("2026-11-29T16:00:00Z"))).toBe("2026-11-30"); // Monday 00:00 in Shanghai
  });

  it("gold answers are accurate, unbiased and agree perfectly; a lenient learner shows a positive bias and items to revisit", async () => {
    const sets = await loadExerciseSets("ai-trainer");
    const set = sets.find((candidate) => candidate.id === "general-qa-scoring")!;
    const at = new Date("2026-11-20T02:00:00Z");
    const perfect = set.items.map((item) => ({ setId: set.id, itemId: item.id, answers: goldAnswersOf(item), score: 1, createdAt: at }));
    const good = computeCalibration(sets, perfect);
    expect(good.kappaWithGold).toBe(1);
    expect(good.revisit).toEqual([]);
    expect(good.dimensions.length).toBeGreaterThan(0);
    for (const dimension of good.dimensions) {
      expect(dimension.bias).toBe(0);
      expect(dimension.weekly).toEqual([{ week: "2026-11-16", accuracy: 1, count: dimension.count }]);
    }
    const lenient = perfect.map((answer) => {
      const answers = structuredClone(answer.answers) as Record<string, { scores?: Record<string, number> }>;
      for (const task of Object.values(answers)) if (task?.scores) for (const key of Object.keys(task.scores)) task.scores[key] = 7;
      return { ...answer, answers: answers as never, score: 0.4, createdAt: new Date("2026-11-27T02:00:00Z") };
    });
    const later = computeCalibration(sets, [...perfect, ...lenient]);
    expect(later.dimensions.every((dimension) => dimension.bias > 0)).toBe(true);
    expect(later.dimensions[0]!.weekly.map((week) => week.week)).toEqual(["2026-11-16", "2026-11-23"]);
    expect(later.revisit).toHaveLength(set.items.length);
    expect(later.kappaWithGold).toBeLessThan(1);
  });
});
