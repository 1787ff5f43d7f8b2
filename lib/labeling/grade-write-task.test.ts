import { describe, expect, it } from "vitest";
import { checkExerciseSet } from "./check-exercise-set";
import { writeGold as gold, writeSet } from "../../test/support/write-task-set";
import { ZExerciseSet, type TItem } from "./exercise-schema";
import { gradeItem } from "./grade-item";
import { toPublicItem } from "./public-item";
import { validateItemAnswers } from "./validate-answers";

describe("a write-from-scratch task", () => {
  const set = writeSet();
  const item = set.items[0]!;

  it("is a consistent item without responses, and the workspace sees no original and no checks", () => {
    expect(checkExerciseSet(set)).toEqual([]);
    const task = toPublicItem(item).tasks[0]!;
    expect(task).toEqual({ type: "rewrite", id: "write", response: undefined, turn: undefined, mode: "write", original: "" });
  });

  it("grades each check at once with its why and rule, and leaves the text to an instructor", () => {
    const answers = validateItemAnswers(item, { write: { text: "我们支持七天无理由退货，随时退都行。" } });
    expect(answers.ok).toBe(true);
    const grade = gradeItem(item, answers.ok ? answers.answers : {});
    expect(grade.fields.map((field) => `${field.field}:${field.verdict}`)).toEqual([
      "text:pending",
      "check.1:right",
      "check.2:wrong",
      "check.3:right",
      "check.4:wrong",
    ]);
    expect(grade.fields[1]).toMatchObject({
      label: "说明 7 天时限",
      labelEn: "States the 7-day window",
      given: { kind: "include", passed: true, matched: ["七天"] },
      gold: { kind: "include", anyOf: ["7 天", "七天"] },
      rationale: "时限是用户最关心的。",
      rule: "2.1",
      points: 1,
    });
    expect(grade.fields[2]).toMatchObject({ given: { kind: "exclude", passed: false, matched: ["随时退"] }, rule: "3.1", points: 0 });
    expect(grade.fields[4]).toMatchObject({ given: { kind: "format", passed: false, found: 0 }, gold: { kind: "format", format: "numbered-list", min: 3 } });
    expect(grade.fields[4]!.gold).not.toHaveProperty("why");
    expect(grade.score).toBe(0.5);
  });

  it("scores the gold text 1 and a missing answer 0 on its checks", () => {
    expect(gradeItem(item, { write: { text: gold } }).score).toBe(1);
    const missing = gradeItem(item, {});
    expect(missing.score).toBe(0);
    expect(missing.fields.slice(1).every((field) => field.given === null && field.verdict === "wrong")).toBe(true);
  });

  it("content checks refuse a gold text that fails its own checks, a write task with a response, and a writing item without a prompt", () => {
    expect(checkExerciseSet(writeSet({}, "七天内可以退货。"))).toEqual(["item return-policy task write: the gold text fails its own check 4 (format)"]);
    const withResponse = writeSet({ responses: [{ id: "a", text: "原回答" }] });
    withResponse.items[0]!.tasks[0] = { ...withResponse.items[0]!.tasks[0]!, response: "a" } as TItem["tasks"][number];
    expect(checkExerciseSet(withResponse)).toContain("item return-policy task write: a write task starts from nothing: no response or turn");
    const noPrompt = writeSet({ prompt: undefined });
    expect(checkExerciseSet(noPrompt)).toEqual(
      expect.arrayContaining([
        "item return-policy: a single-turn item needs a prompt and responses",
        "item return-policy task write: a write task needs the item's prompt",
      ]),
    );
  });

  it("the schema refuses an empty check list and unknown check kinds", () => {
    const raw = (checks: unknown) => ({ ...writeSet(), items: [{ ...item, tasks: [{ ...item.tasks[0], checks }] }] });
    expect(ZExerciseSet.safeParse(raw([])).success).toBe(false);
    expect(ZExerciseSet.safeParse(raw([{ kind: "tone", why: "x", rule: "1.1" }])).success).toBe(false);
  });
});
