import { describe, expect, it } from "vitest";
import type { TItemAnswers } from "../labeling/answer-schema";
import { ZExerciseSet } from "../labeling/exercise-schema";
import { computeClassAnalytics, type TLearnerInput } from "./compute-class-analytics";

const dimension = (id: string) => ({ id, label: id, labelEn: id, scale: 5 as const, anchors: ["1", "2", "3", "4", "5"], rule: "1.1" });
const item = (id: string, gold: number) => ({
  id,
  prompt: "p",
  responses: [{ id: "a", text: "x" }],
  sources: [],
  dialogue: [],
  tasks: [
    {
      type: "rubric" as const,
      id: "score",
      response: "a",
      dimensions: [dimension("accuracy")],
      gold: { accuracy: { score: gold, tolerance: 1, rationale: "r", rule: "1.1" } },
    },
    {
      type: "flags" as const,
      id: "flags",
      response: "a",
      options: ["hallucination" as const, "unsafe" as const],
      gold: { flags: gold < 3 ? ["hallucination" as const] : [], refersTo: {}, rationale: "r", rule: "1.1" },
    },
  ],
});
const set = ZExerciseSet.parse({
  id: "s",
  title: "t",
  titleEn: "t",
  kind: "single-turn",
  guideline: "general",
  guidelineVersion: "1.0",
  instructions: "i",
  instructionsEn: "i",
  items: [item("q1", 1), item("q2", 3), item("q3", 5), item("q4", 2)],
});
const answer = (score: number, flags: string[]): TItemAnswers => ({ score: { scores: { accuracy: score } }, flags: { flags: flags as never } });
function learner(key: string, scores: number[], itemScore: number, skip?: string): TLearnerInput {
  const answers = new Map<string, TItemAnswers>(set.items.map((it, i) => [it.id, answer(scores[i]!, scores[i]! < 3 ? ["hallucination"] : [])]));
  if (skip) answers.delete(skip);
  return { key, name: key, answers, itemScores: new Map(set.items.map((it) => [it.id, itemScore])) };
}

describe("computeClassAnalytics", () => {
  it("learners who all answer like gold agree perfectly with each other and with gold", () => {
    const gold = [1, 3, 5, 2];
    const result = computeClassAnalytics(set, [learner("a", gold, 1), learner("b", gold, 1), learner("c", gold, 1)]);
    expect(result.alpha.rubricOrdinal).toBeCloseTo(1, 6);
    expect(result.alpha.flagsNominal).toBeCloseTo(1, 6);
    expect(result.fleissRubric).toEqual({ kappa: 1, units: 4 });
    expect(result.perLearner.every((l) => l.kappaWithGold === 1 && !l.needsHelp)).toBe(true);
    const matrix = result.rubricConfusion[0]!.matrix;
    expect(matrix.accuracy).toBe(1);
    expect(result.flagConfusion.map((f) => f.flag)).toEqual(["hallucination", "unsafe"]);
  });

  it("finds the learner who needs help and the hardest item; missing answers are allowed", () => {
    const weak = learner("weak", [5, 1, 1, 5], 0.2, "q4");
    const result = computeClassAnalytics(set, [learner("a", [1, 3, 5, 2], 0.9), learner("b", [1, 3, 4, 2], 0.8), weak]);
    expect(result.perLearner.find((l) => l.key === "weak")?.needsHelp).toBe(true);
    expect(result.perLearner.find((l) => l.key === "a")?.needsHelp).toBe(false);
    expect(result.fleissRubric.units).toBe(3);
    expect(result.alpha.rubricOrdinal).not.toBeNull();
    expect(result.alpha.rubricOrdinal!).toBeLessThan(1);
    expect(result.hardestItems).toHaveLength(4);
  });

  it("flags by agreement with gold, the measure charted: a low item score with κ = 1 is not a cry for help", () => {
    const result = computeClassAnalytics(set, [learner("exact-but-flags-wrong", [1, 3, 5, 2], 0.3), learner("off", [2, 2, 4, 4], 0.9)]);
    const byKey = (key: string) => result.perLearner.find((l) => l.key === key)!;
    expect(byKey("exact-but-flags-wrong")).toMatchObject({ kappaWithGold: 1, needsHelp: false });
    expect(byKey("off").kappaWithGold!).toBeLessThan(0.6);
    expect(byKey("off").needsHelp).toBe(true);
  });

  it("has nothing to say about a class without answers", () => {
    const result = computeClassAnalytics(set, [{ key: "x", name: "x", answers: new Map(), itemScores: new Map() }]);
    expect(result.alpha.rubricOrdinal).toBeNull();
    expect(result.fleissRubric.kappa).toBeNull();
    expect(result.perLearner[0]).toMatchObject({ answered: 0, meanScore: null, kappaWithGold: null, needsHelp: false });
  });
});
