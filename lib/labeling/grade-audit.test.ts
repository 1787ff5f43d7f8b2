import { describe, expect, it } from "vitest";
import type { TItem } from "./exercise-schema";
import { goldAnswersOf } from "./gold-answers";
import { gradeItem } from "./grade-item";
import { validateItemAnswers } from "./validate-answers";

const why = (rule: string) => ({ rationale: `依据 ${rule}。`, rule });
const item: TItem = {
  id: "audit-census",
  prompt: "最近一次人口普查是哪一年？",
  responses: [{ id: "a", text: "2010 年。" }],
  sources: [],
  dialogue: [],
  tasks: [
    {
      type: "audit",
      id: "audit",
      labeler: "B07",
      labels: [
        { id: "correctness", field: "正确性", fieldEn: "Correctness", value: "4" },
        { id: "comprehensiveness", field: "全面性", fieldEn: "Comprehensiveness", value: "5" },
        { id: "flags", field: "问题标记", fieldEn: "Flags", value: "幻觉/编造" },
      ],
      rules: ["1.3", "2.1", "2.3", "2.4"],
      gold: {
        correctness: { wrong: true, fix: "1–2", ...why("2.4") },
        comprehensiveness: { wrong: false, ...why("1.3") },
        flags: { wrong: true, fix: "时效性问题", ...why("2.4") },
      },
    },
  ],
};
const grade = (answer: unknown) => gradeItem(item, { audit: answer as never });

describe("audit tasks", () => {
  it("the gold answers validate and grade to 1, one field per label", () => {
    const answers = goldAnswersOf(item);
    expect(answers.audit).toEqual({
      wrong: ["correctness", "flags"],
      rules: { correctness: "2.4", flags: "2.4" },
      fixes: { correctness: "1–2", flags: "时效性问题" },
    });
    expect(validateItemAnswers(item, answers)).toEqual({ ok: true, answers });
    const graded = gradeItem(item, answers);
    expect(graded.score).toBe(1);
    expect(graded.fields.map((field) => [field.field, field.verdict, field.rule])).toEqual([
      ["correctness", "right", "2.4"],
      ["comprehensiveness", "right", "1.3"],
      ["flags", "right", "2.4"],
    ]);
    expect(graded.fields[0]!.gold).toEqual({ wrong: true, rule: "2.4", fix: "1–2" });
  });

  it("a wrong label found with the right rule and the right value (typed any fair way) is right; a wrong or blank value counts partly", () => {
    const withValues = (fixes: Record<string, string>) =>
      grade({ wrong: ["correctness", "flags"], rules: { correctness: "2.4", flags: "2.4" }, fixes }).fields.map((field) => [field.verdict, field.points]);
    expect(withValues({ correctness: "２", flags: " 时效性问题 " })).toEqual([
      ["right", 1],
      ["right", 1],
      ["right", 1],
    ]);
    expect(withValues({ correctness: "3", flags: "幻觉/编造" })).toEqual([
      ["close", 0.75],
      ["right", 1],
      ["close", 0.75],
    ]);
    expect(withValues({})).toEqual([
      ["close", 0.75],
      ["right", 1],
      ["close", 0.75],
    ]);
    // Another rule and the right value: half for finding it, a quarter for the value.
    const otherRule = grade({ wrong: ["correctness"], rules: { correctness: "2.3" }, fixes: { correctness: "1" } });
    expect([otherRule.fields[0]!.verdict, otherRule.fields[0]!.points]).toEqual(["close", 0.75]);
    expect(otherRule.fields[0]!.given).toEqual({ wrong: true, rule: "2.3", value: "1" });
    expect(otherRule.fields[0]!.gold).toEqual({ wrong: true, rule: "2.4", fix: "1–2" });
  });

  it("where gold has no right value, the rule alone makes a found label right (as before values existed)", () => {
    const task = item.tasks[0]!;
    if (task.type !== "audit") throw new Error("the fixture is an audit task");
    const noFix: TItem = { ...item, tasks: [{ ...task, gold: { ...task.gold, flags: { wrong: true, ...why("2.4") } } }] };
    const graded = gradeItem(noFix, { audit: { wrong: ["flags"], rules: { flags: "2.4" }, fixes: { flags: "随便" } } });
    expect(graded.fields[2]!.verdict).toBe("right");
    expect(gradeItem(noFix, { audit: { wrong: ["flags"] } }).fields[2]!.points).toBe(0.5);
  });

  it("a wrong label found with another rule or none is close; missed or falsely flagged is wrong", () => {
    const graded = grade({ wrong: ["correctness", "comprehensiveness", "flags"], rules: { correctness: "2.3" } });
    expect(graded.fields.map((field) => field.verdict)).toEqual(["close", "wrong", "close"]);
    expect(graded.score).toBeCloseTo(1 / 3);
    expect(grade({ wrong: [] }).fields.map((field) => field.verdict)).toEqual(["wrong", "right", "wrong"]);
  });

  it("a missing or misshapen answer grades wrong on every label without throwing", () => {
    for (const answer of [undefined, null, "x", { wrong: "correctness" }]) {
      expect(grade(answer).fields.every((field) => field.verdict === "wrong")).toBe(true);
    }
  });

  it("refuses unknown labels, duplicate labels, rules for labels not marked wrong and rules not offered", () => {
    const check = (audit: unknown) => validateItemAnswers(item, { audit });
    expect(check({ wrong: ["style"] })).toEqual({ ok: false, fieldErrors: { "audit.wrong": "invalidLabel" } });
    expect(check({ wrong: ["flags", "flags"] })).toEqual({ ok: false, fieldErrors: { "audit.wrong": "invalidLabel" } });
    expect(check({ wrong: ["flags"], rules: { correctness: "2.4" } })).toEqual({ ok: false, fieldErrors: { "audit.rules.correctness": "invalidLabel" } });
    expect(check({ wrong: ["flags"], rules: { flags: "9.9" } })).toEqual({ ok: false, fieldErrors: { "audit.rules.flags": "invalidRule" } });
    expect(check({ wrong: ["flags"], rules: { flags: 2.4 } })).toEqual({ ok: false, fieldErrors: { "audit.rules.flags": "invalidType" } });
    expect(check({ wrong: ["flags"], fix: "x" })).toEqual({ ok: false, fieldErrors: { "audit.fix": "invalidType" } });
    expect(check({})).toEqual({ ok: false, fieldErrors: { "audit.wrong": "missingAnswer" } });
    expect(check({ wrong: [], rules: {} })).toEqual({ ok: true, answers: { audit: { wrong: [] } } });
  });

  it("takes a typed right value per wrong label, trimmed, and refuses it cleanly when it is not one", () => {
    const check = (audit: unknown) => validateItemAnswers(item, { audit });
    expect(check({ wrong: ["flags"], fixes: { flags: "  时效性问题 " } })).toEqual({
      ok: true,
      answers: { audit: { wrong: ["flags"], fixes: { flags: "时效性问题" } } },
    });
    // A blank value is no value (the text field sends "" when left empty).
    expect(check({ wrong: ["flags"], fixes: { flags: " ", correctness: "" } })).toEqual({ ok: true, answers: { audit: { wrong: ["flags"] } } });
    expect(check({ wrong: ["flags"], fixes: { correctness: "1" } })).toEqual({ ok: false, fieldErrors: { "audit.fixes.correctness": "invalidLabel" } });
    expect(check({ wrong: ["flags"], fixes: { flags: 3 } })).toEqual({ ok: false, fieldErrors: { "audit.fixes.flags": "invalidType" } });
    expect(check({ wrong: ["flags"], fixes: ["x"] })).toEqual({ ok: false, fieldErrors: { "audit.fixes": "invalidType" } });
    expect(check({ wrong: ["flags"], fixes: { flags: "长".repeat(101) } })).toEqual({ ok: false, fieldErrors: { "audit.fixes.flags": "textTooLong" } });
    expect(check({ wrong: ["flags"], fixes: { flags: "😀".repeat(100) } }).ok).toBe(true);
    expect(check({ wrong: ["flags"], fixes: JSON.parse('{"__proto__": "x"}') })).toEqual({
      ok: false,
      fieldErrors: { "audit.fixes.__proto__": "invalidLabel" },
    });
  });
});
