import fc from "fast-check";
import { describe, expect, it } from "vitest";
import type { TItemAnswers } from "./answer-schema";
import { arbitraryAnsweredItem, arbitraryItem, exampleItem } from "../../test/support/labeling-arbitraries";
import { goldAnswersOf } from "./gold-answers";
import { gradeItem, type TFieldGrade } from "./grade-item";

const item = exampleItem();
const gold = goldAnswersOf(item);
const grade = (changes: TItemAnswers) => gradeItem(item, { ...gold, ...changes });
const fieldsOf = (changes: TItemAnswers, taskId: string) => grade(changes).fields.filter((field) => field.taskId === taskId);
const fieldOf = (changes: TItemAnswers, taskId: string, field?: string): TFieldGrade => {
  const found = fieldsOf(changes, taskId).find((candidate) => field === undefined || candidate.field === field);
  if (!found) throw new Error(`no field ${taskId}.${field}`);
  return found;
};
const verdictAndPoints = (field: TFieldGrade) => [field.verdict, field.points];

describe("gradeItem", () => {
  it("grades the gold answers 1, every field right except the pending rewrite, each with gold, rationale and rule", () => {
    const result = gradeItem(item, gold);
    expect(result.itemId).toBe("peanut-dinner");
    expect(result.score).toBe(1);
    expect(result.fields.map((field) => `${field.taskId}.${field.field}:${field.verdict}`)).toEqual([
      "rubric1.correctness:right",
      "rubric1.helpfulness:right",
      "flags1.context_loss:right",
      "flags1.math_error:right",
      "pref1.value:right",
      "rank1.order:right",
      "rewrite1.text:pending",
      "verdict1.value:right",
    ]);
    expect(result.fields[0]).toEqual({
      taskId: "rubric1",
      taskType: "rubric",
      field: "correctness",
      label: "正确性",
      verdict: "right",
      given: 2,
      gold: 2,
      rationale: "依据规则 2.1。",
      rule: "2.1",
      points: 1,
    });
    expect(result.fields[2]).toMatchObject({ label: "上下文丢失", given: { raised: true, refersTo: 1 }, gold: { raised: true, refersTo: 1 }, rule: "1.1" });
  });

  it("rubric: exact is right, within the tolerance close, beyond it wrong", () => {
    expect(verdictAndPoints(fieldOf({ rubric1: { scores: { correctness: 3, helpfulness: 3 } } }, "rubric1", "correctness"))).toEqual(["close", 0.5]);
    expect(verdictAndPoints(fieldOf({ rubric1: { scores: { correctness: 4, helpfulness: 3 } } }, "rubric1", "correctness"))).toEqual(["wrong", 0]);
    // helpfulness has tolerance 0: off by one is already wrong.
    expect(verdictAndPoints(fieldOf({ rubric1: { scores: { correctness: 2, helpfulness: 4 } } }, "rubric1", "helpfulness"))).toEqual(["wrong", 0]);
  });

  it("rubric with a cap: scores under the cap within the tolerance are close, any score above the cap is wrong", () => {
    const capped = {
      ...item,
      tasks: item.tasks.map((task) =>
        task.type === "rubric" ? { ...task, gold: { ...task.gold, correctness: { ...task.gold.correctness!, score: 2, tolerance: 1, cap: 2 } } } : task,
      ),
    };
    const verdictOf = (score: number) =>
      gradeItem(capped, { ...goldAnswersOf(capped), rubric1: { scores: { correctness: score, helpfulness: 3 } } }).fields.find(
        (field) => field.field === "correctness",
      )?.verdict;
    expect([1, 2, 3].map(verdictOf)).toEqual(["close", "right", "wrong"]);
  });

  it("flags: one field per flag in gold or given; missed and extra flags are wrong, a wrong referenced turn is close", () => {
    const fields = fieldsOf({ flags1: { flags: ["context_loss", "hallucination"], refersTo: { context_loss: 3 } } }, "flags1");
    expect(fields.map((field) => [field.field, field.verdict, field.points])).toEqual([
      ["hallucination", "wrong", 0],
      ["context_loss", "close", 0.5],
      ["math_error", "wrong", 0],
    ]);
    expect(fields[1]).toMatchObject({ given: { raised: true, refersTo: 3 }, gold: { raised: true, refersTo: 1 } });
    expect(fields[2]).toMatchObject({ given: { raised: false }, gold: { raised: true } });
    expect(verdictAndPoints(fieldOf({ flags1: { flags: ["context_loss", "math_error"] } }, "flags1", "context_loss"))).toEqual(["close", 0.5]);
  });

  it("flags: when neither gold nor the learner raises any, one 'none' field teaches that", () => {
    const clean = { ...item, tasks: item.tasks.map((task) => (task.type === "flags" ? { ...task, gold: { ...task.gold, flags: [], refersTo: {} } } : task)) };
    const [none] = gradeItem(clean, { ...gold, flags1: { flags: [] } }).fields.filter((field) => field.taskId === "flags1");
    expect(none).toMatchObject({ field: "none", verdict: "right", points: 1, given: [], gold: [], rationale: "依据规则 1.1。" });
  });

  it("preference: exact right, same direction and off by one close, otherwise wrong", () => {
    const verdictFor = (value: number) => fieldOf({ pref1: { value } }, "pref1").verdict;
    expect([-3, -2, -1, 0, 1, 2, 3].map(verdictFor)).toEqual(["wrong", "wrong", "wrong", "wrong", "close", "right", "close"]);
    const neutral = { ...item, tasks: item.tasks.map((task) => (task.type === "preference" ? { ...task, gold: { ...task.gold, value: 0 } } : task)) };
    const neutralVerdict = (value: number) => gradeItem(neutral, { ...gold, pref1: { value } }).fields.find((field) => field.taskId === "pref1")!.verdict;
    expect([-1, 0, 1].map(neutralVerdict)).toEqual(["wrong", "right", "wrong"]);
  });

  it("ranking: Kendall τ decides, τ = 1 right, τ ≥ 0.5 close, points max(0, τ)", () => {
    expect(verdictAndPoints(fieldOf({ rank1: { order: ["b", "a", "c"] } }, "rank1"))).toEqual(["right", 1]);
    // Three responses: one adjacent swap is τ = 1/3, wrong but worth 1/3 of a point.
    const swapped = fieldOf({ rank1: { order: ["b", "c", "a"] } }, "rank1");
    expect(swapped.verdict).toBe("wrong");
    expect(swapped.points).toBeCloseTo(1 / 3, 10);
    expect(verdictAndPoints(fieldOf({ rank1: { order: ["c", "a", "b"] } }, "rank1"))).toEqual(["wrong", 0]);
    // Four responses: one adjacent swap is τ = 4/6, close.
    const four = {
      ...item,
      responses: [...item.responses, { id: "d", text: "D" }],
      tasks: item.tasks.map((task) =>
        task.type === "ranking" ? { ...task, responses: ["a", "b", "c", "d"], gold: { ...task.gold, order: ["b", "a", "c", "d"] } } : task,
      ),
    };
    const rankingOf = (order: string[]) => gradeItem(four, { ...gold, rank1: { order } }).fields.find((field) => field.taskId === "rank1")!;
    expect(rankingOf(["b", "a", "d", "c"]).verdict).toBe("close");
    expect(rankingOf(["b", "a", "d", "c"]).points).toBeCloseTo(2 / 3, 10);
    expect(rankingOf(["b", "d", "a", "c"]).verdict).toBe("wrong");
    expect(rankingOf(["b", "d", "a", "c"]).points).toBeCloseTo(1 / 3, 10);
    expect(rankingOf(["d", "c", "a", "b"]).points).toBe(0);
  });

  it("verdict: exact only", () => {
    expect(verdictAndPoints(fieldOf({ verdict1: { value: "minor" } }, "verdict1"))).toEqual(["wrong", 0]);
  });

  it("rewrite: pending, not counted, with the automatic checks in given", () => {
    const field = fieldOf({ rewrite1: { text: "合计 $\\frac{1}{$ 元" }, verdict1: { value: "pass" } }, "rewrite1");
    expect(field).toMatchObject({ verdict: "pending", points: 0, gold: "您花生过敏，推荐青椒肉丝，合计 $20 + 35 = 55$ 元。" });
    expect(field.given).toMatchObject({ text: "合计 $\\frac{1}{$ 元", checks: { changed: true, empty: false, mathErrors: [{ formula: "\\frac{1}{" }] } });
    const unchanged = fieldOf({ rewrite1: { text: " 宫保鸡丁，先把花生米炸香，合计  $20 + 35 = 65$ 元。\n" } }, "rewrite1");
    expect(unchanged.given).toMatchObject({ checks: { changed: false, empty: false, mathErrors: [] } });
    // 6 graded fields, one wrong: the rewrite does not dilute the score.
    expect(grade({ verdict1: { value: "pass" } }).score).toBeCloseTo(6 / 7, 10);
  });

  it("scores the mean of the graded fields, 1 when nothing is graded", () => {
    expect(grade({ rubric1: { scores: { correctness: 3, helpfulness: 3 } }, verdict1: { value: "pass" } }).score).toBeCloseTo(5.5 / 7, 10);
    const rewriteOnly = { ...item, tasks: item.tasks.filter((task) => task.type === "rewrite") };
    expect(gradeItem(rewriteOnly, {}).score).toBe(1);
  });

  it("grades missing or misshapen answers wrong instead of throwing", () => {
    const result = gradeItem(item, { rubric1: "nonsense", flags1: { flags: "context_loss" } as never, pref1: { value: "2" } as never });
    expect(result.fields.filter((field) => field.verdict !== "pending").every((field) => field.verdict === "wrong" && field.points === 0)).toBe(true);
    expect(result.fields.find((field) => field.taskId === "rewrite1")?.given).toBeNull();
    expect(result.score).toBe(0);
  });
});

describe("gradeItem properties", () => {
  it("answering exactly the gold always scores 1 with every non-pending field right", () => {
    fc.assert(
      fc.property(arbitraryItem(), (generated) => {
        const result = gradeItem(generated, goldAnswersOf(generated));
        expect(result.score).toBe(1);
        for (const field of result.fields) expect(field.verdict === "right" || (field.verdict === "pending" && field.taskType === "rewrite")).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it("score and points always lie in [0, 1], for valid and for arbitrary answers", () => {
    const answers = fc.oneof(
      arbitraryAnsweredItem(),
      fc
        .tuple(arbitraryItem(), fc.dictionary(fc.constantFrom("rubric1", "flags2", "ranking3", "rationale"), fc.anything()))
        .map(([generated, raw]) => ({ item: generated, answers: raw as TItemAnswers })),
    );
    fc.assert(
      fc.property(answers, ({ item: generated, answers: given }) => {
        const result = gradeItem(generated, given);
        expect(result.score).toBeGreaterThanOrEqual(0);
        expect(result.score).toBeLessThanOrEqual(1);
        for (const field of result.fields) {
          expect(field.points).toBeGreaterThanOrEqual(0);
          expect(field.points).toBeLessThanOrEqual(1);
          expect(field.rationale.length).toBeGreaterThan(0);
          expect(field.rule).toMatch(/^\d+\.\d+$/);
        }
      }),
      { numRuns: 300 },
    );
  });
});
