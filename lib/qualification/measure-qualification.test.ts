import { readFileSync } from "node:fs";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { parse } from "yaml";
import type { TItemAnswers } from "../labeling/answer-schema";
import { ZExerciseSet } from "../labeling/exercise-schema";
import { goldAnswersOf } from "../labeling/gold-answers";
import { checkQualificationSet } from "../labeling/check-qualification-set";
import { attemptLength, drawAttemptItems } from "../labeling/draw-attempt-items";
import { evaluateThresholds, gradeQualification, measureQualification } from "./measure-qualification";

const file = path.join(process.cwd(), "content/courses/ai-trainer/exercises/qualification-test.yaml");
const set = ZExerciseSet.parse(parse(readFileSync(file, "utf8")));
const gold = new Map(set.items.map((item) => [item.id, goldAnswersOf(item)]));

describe("evaluateThresholds", () => {
  it("passes only when every named metric reaches its threshold", () => {
    const metrics = {
      overallScore: 0.7,
      rubricWithinToleranceRate: 0.9,
      flagPrecision: null,
      flagRecall: 0.5,
      flagF1: 0.69,
      preferenceDirectionRate: 1,
      verdictAccuracy: null,
    };
    expect(evaluateThresholds(metrics, { overallScore: 0.7, rubricWithinToleranceRate: 0.8 }).passed).toBe(true);
    const failing = evaluateThresholds(metrics, { overallScore: 0.7, flagF1: 0.7 });
    expect(failing.passed).toBe(false);
    expect(failing.checks).toEqual([
      { metric: "overallScore", value: 0.7, threshold: 0.7, passed: true },
      { metric: "flagF1", value: 0.69, threshold: 0.7, passed: false },
    ]);
  });

  it("never passes on a missing value or with no thresholds at all", () => {
    const metrics = {
      overallScore: 1,
      rubricWithinToleranceRate: null,
      flagPrecision: null,
      flagRecall: null,
      flagF1: null,
      preferenceDirectionRate: null,
      verdictAccuracy: null,
    };
    expect(evaluateThresholds(metrics, { verdictAccuracy: 0 }).passed).toBe(false);
    expect(evaluateThresholds(metrics, {}).passed).toBe(false);
  });
});

describe("measureQualification on the real qualification test", () => {
  it("the set is a valid item bank: ≥ 60 items, 40 drawn per attempt in 90–120 minutes, a bar per category", () => {
    expect(set.items.length).toBeGreaterThanOrEqual(60);
    expect(attemptLength(set)).toBe(40);
    expect(set.qualification?.timeLimitMinutes).toBeGreaterThanOrEqual(90);
    expect(set.qualification?.timeLimitMinutes).toBeLessThanOrEqual(120);
    expect(Object.keys(set.qualification?.categoryThresholds ?? {}).sort()).toEqual([
      "math",
      "multi-turn",
      "preference",
      "rag",
      "rewrite",
      "safety",
      "single-turn",
    ]);
    expect(checkQualificationSet(set)).toEqual([]);
  });

  it("gold answers everywhere pass with every metric at 1", () => {
    const result = gradeQualification(set, gold);
    expect(result.passed).toBe(true);
    expect(result.answered).toBe(set.items.length);
    expect(result.metrics).toMatchObject({ overallScore: 1, rubricWithinToleranceRate: 1, flagRecall: 1, flagF1: 1, preferenceDirectionRate: 1 });
  });

  it("counts unanswered items as wrong: nothing answered scores 0 and fails", () => {
    const result = gradeQualification(set, new Map());
    expect(result.answered).toBe(0);
    expect(result.metrics.overallScore).toBe(0);
    expect(result.metrics.rubricWithinToleranceRate).toBe(0);
    expect(result.metrics.flagRecall).toBe(0);
    expect(result.metrics.preferenceDirectionRate).toBe(0);
    expect(result.passed).toBe(false);
  });

  it("half the items answered with gold fails the overall threshold", () => {
    const half = new Map([...gold].slice(0, 3));
    const metrics = measureQualification(set, half);
    expect(metrics.overallScore).toBeCloseTo(3 / set.items.length);
    expect(gradeQualification(set, half).passed).toBe(false);
  });

  it("a wrong preference direction lowers only the preference rate", () => {
    const answers = new Map<string, TItemAnswers>(gold);
    const preferences = set.items.filter((candidate) => candidate.tasks.some((task) => task.type === "preference"));
    const item = preferences.find((candidate) => candidate.id === "insomnia-tips")!;
    answers.set(item.id, { ...gold.get(item.id)!, pref: { value: 3 } });
    const metrics = measureQualification(set, answers);
    expect(metrics.preferenceDirectionRate).toBeCloseTo((preferences.length - 1) / preferences.length);
    expect(metrics.rubricWithinToleranceRate).toBe(1);
  });
});

describe("gradeQualification over a drawn attempt", () => {
  const drawn = drawAttemptItems(set, "attempt-1");

  it("grades only the items the attempt showed, and checks each drawn category against its bar", () => {
    const result = gradeQualification(set, gold, drawn);
    expect(result.items).toBe(40);
    expect(result.answered).toBe(40);
    expect(result.passed).toBe(true);
    expect(result.categoryChecks?.map((check) => [check.category, check.items, check.value])).toEqual([
      ["single-turn", 6, 1],
      ["multi-turn", 6, 1],
      ["preference", 6, 1],
      ["math", 5, 1],
      ["rag", 6, 1],
      ["safety", 6, 1],
      ["rewrite", 5, 1],
    ]);
  });

  it("fails on one category under its bar even when the overall score passes", () => {
    const answers = new Map(gold);
    const mathItems = set.items.filter((item) => drawn.includes(item.id) && item.category === "math");
    for (const item of mathItems.slice(0, 3)) answers.delete(item.id);
    const result = gradeQualification(set, answers, drawn);
    expect(result.metrics.overallScore).toBeGreaterThan(0.9);
    expect(result.checks.every((check) => check.passed)).toBe(true);
    expect(result.categoryChecks?.find((check) => check.category === "math")).toMatchObject({ items: 5, value: 0.4, threshold: 0.6, passed: false });
    expect(result.passed).toBe(false);
  });

  it("ignores answers to bank items the attempt did not show", () => {
    const notShown = set.items.filter((item) => !drawn.includes(item.id));
    const onlyOthers = new Map(notShown.map((item) => [item.id, gold.get(item.id)!]));
    const result = gradeQualification(set, onlyOthers, drawn);
    expect(result.answered).toBe(0);
    expect(result.metrics.overallScore).toBe(0);
  });
});

describe("checkQualificationSet", () => {
  it("refuses thresholds on metrics the set cannot measure and rewrite tasks", () => {
    const singleTurn = set.items.filter((item) => item.category === "single-turn" && item.tasks.every((task) => task.type !== "verdict"));
    const broken = { ...set, items: singleTurn, qualification: { timeLimitMinutes: 30, passThresholds: { verdictAccuracy: 0.8 } } };
    expect(checkQualificationSet(broken).join("\n")).toMatch(/no verdict task/);
    const withRewrite = {
      ...set,
      items: [
        {
          ...set.items[0]!,
          tasks: [{ type: "rewrite" as const, id: "rw", response: "a", mode: "rewrite" as const, gold: { text: "x", rationale: "y", rule: "2.1" } }],
        },
      ],
    };
    expect(checkQualificationSet(withRewrite).join("\n")).toMatch(/rewrite/);
  });

  it("the schema refuses unknown metric names and time limits outside 5–180 minutes", () => {
    const raw = parse(readFileSync(file, "utf8")) as Record<string, unknown>;
    expect(ZExerciseSet.safeParse({ ...raw, qualification: { timeLimitMinutes: 30, passThresholds: { accuracy: 0.7 } } }).success).toBe(false);
    expect(ZExerciseSet.safeParse({ ...raw, qualification: { timeLimitMinutes: 4, passThresholds: { overallScore: 0.7 } } }).success).toBe(false);
    expect(ZExerciseSet.safeParse({ ...raw, qualification: { timeLimitMinutes: 30, passThresholds: {} } }).success).toBe(false);
    expect(checkQualificationSet({ ...set, qualification: undefined })).toEqual([]);
  });
});
