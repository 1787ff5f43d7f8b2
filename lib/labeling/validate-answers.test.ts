import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { answerErrorCodes, maxAnswerTextLength, type TRubricAnswer } from "./answer-schema";
import { arbitraryAnsweredItem, arbitraryItem, exampleItem } from "../../test/support/labeling-arbitraries";
import type { TItem } from "./exercise-schema";
import { goldAnswersOf } from "./gold-answers";
import { validateItemAnswers } from "./validate-answers";

const item = exampleItem();
const valid = (): Record<string, unknown> => ({
  rubric1: { scores: { correctness: 2, helpfulness: 5 } },
  flags1: { flags: ["context_loss"], refersTo: { context_loss: 3 } },
  pref1: { value: -1 },
  rank1: { order: ["c", "a", "b"] },
  rewrite1: { text: "改写后的回答。" },
  verdict1: { value: "minor" },
});
const errorsOf = (raw: unknown) => {
  const result = validateItemAnswers(item, raw);
  return result.ok ? {} : result.fieldErrors;
};
const withTask = (taskId: string, answer: unknown) => ({ ...valid(), [taskId]: answer });

describe("validateItemAnswers", () => {
  it("accepts a complete answer and returns a fresh copy of it", () => {
    const raw: Record<string, unknown> = { ...valid(), rationale: "我的理由" };
    const result = validateItemAnswers(item, raw);
    expect(result).toEqual({ ok: true, answers: raw });
    if (result.ok) expect(result.answers.rank1).not.toBe(raw.rank1);
  });

  it("exports every error code it can report", () => {
    expect(answerErrorCodes).toHaveLength(15);
  });

  it("reports unknown tasks and dimensions, and missing answers", () => {
    expect(errorsOf({ ...valid(), ghost: { value: 1 } })).toEqual({ ghost: "unknownTask" });
    expect(errorsOf(withTask("rubric1", { scores: { correctness: 2, helpfulness: 3, style: 4 } }))).toEqual({ "rubric1.style": "unknownDimension" });
    expect(errorsOf(withTask("rubric1", { scores: { correctness: 2 } }))).toEqual({ "rubric1.helpfulness": "missingAnswer" });
    const { verdict1: _, ...withoutVerdict } = valid();
    expect(errorsOf(withoutVerdict)).toEqual({ verdict1: "missingAnswer" });
    expect(errorsOf({})).toEqual(Object.fromEntries(item.tasks.map((task) => [task.id, "missingAnswer"])));
  });

  it("accepts an empty flag list but not a missing one", () => {
    expect(errorsOf(withTask("flags1", { flags: [] }))).toEqual({});
    expect(errorsOf(withTask("flags1", {}))).toEqual({ "flags1.flags": "missingAnswer" });
  });

  it("rejects scores that are not integers on the dimension's scale", () => {
    for (const score of [0, 6, 2.5, -1, Number.POSITIVE_INFINITY]) {
      expect(errorsOf(withTask("rubric1", { scores: { correctness: score, helpfulness: 7 } }))).toEqual({ "rubric1.correctness": "scoreOutOfRange" });
    }
    expect(errorsOf(withTask("rubric1", { scores: { correctness: "3", helpfulness: 7 } }))).toEqual({ "rubric1.correctness": "invalidType" });
  });

  it("rejects flags that are not options, repeated flags and bad references", () => {
    expect(errorsOf(withTask("flags1", { flags: ["unsafe"] }))).toEqual({ "flags1.flags": "invalidFlag" });
    expect(errorsOf(withTask("flags1", { flags: ["nonsense"] }))).toEqual({ "flags1.flags": "invalidFlag" });
    expect(errorsOf(withTask("flags1", { flags: ["math_error", "math_error"] }))).toEqual({ "flags1.flags": "invalidFlag" });
    const reference = (refersTo: unknown, flags = ["context_loss", "math_error"]) => errorsOf(withTask("flags1", { flags, refersTo }));
    expect(reference({ context_loss: 1 })).toEqual({});
    expect(reference({ context_loss: 4 })).toEqual({ "flags1.refersTo.context_loss": "invalidReference" });
    expect(reference({ context_loss: 0 })).toEqual({ "flags1.refersTo.context_loss": "invalidReference" });
    expect(reference({ context_loss: 1.5 })).toEqual({ "flags1.refersTo.context_loss": "invalidReference" });
    expect(reference({ intent_drift: 1 })).toEqual({ "flags1.refersTo.intent_drift": "invalidReference" });
    expect(reference({ math_error: 1 })).toEqual({ "flags1.refersTo.math_error": "invalidReference" });
    expect(reference({ context_loss: "1" })).toEqual({ "flags1.refersTo.context_loss": "invalidType" });
    expect(reference([1])).toEqual({ "flags1.refersTo": "invalidType" });
  });

  it("allows references only to turns before the judged turn, and none without a dialogue", () => {
    const noDialogue: TItem = {
      ...item,
      dialogue: [],
      tasks: item.tasks.map((task) => (task.type === "flags" ? { ...task, turn: undefined, response: "a" } : task)),
    };
    const result = validateItemAnswers(noDialogue, withTask("flags1", { flags: ["context_loss"], refersTo: { context_loss: 1 } }));
    expect(result).toEqual({ ok: false, fieldErrors: { "flags1.refersTo.context_loss": "invalidReference" } });
  });

  it("checks preference range, rankings, verdicts and texts", () => {
    expect(errorsOf(withTask("pref1", { value: 4 }))).toEqual({ "pref1.value": "preferenceOutOfRange" });
    expect(errorsOf(withTask("pref1", { value: 0.5 }))).toEqual({ "pref1.value": "preferenceOutOfRange" });
    expect(errorsOf(withTask("pref1", { value: "1" }))).toEqual({ "pref1.value": "invalidType" });
    for (const order of [
      ["a", "b"],
      ["a", "b", "b"],
      ["a", "b", "c", "d"],
      ["a", "b", "x"],
    ]) {
      expect(errorsOf(withTask("rank1", { order }))).toEqual({ "rank1.order": "invalidRanking" });
    }
    expect(errorsOf(withTask("rank1", { order: "abc" }))).toEqual({ "rank1.order": "invalidType" });
    expect(errorsOf(withTask("verdict1", { value: "fail" }))).toEqual({ "verdict1.value": "invalidVerdict" });
    expect(errorsOf(withTask("rewrite1", { text: "  \n " }))).toEqual({ "rewrite1.text": "emptyText" });
    expect(errorsOf(withTask("rewrite1", { text: "x".repeat(maxAnswerTextLength + 1) }))).toEqual({ "rewrite1.text": "textTooLong" });
    expect(errorsOf(withTask("rewrite1", { text: "😀".repeat(maxAnswerTextLength) }))).toEqual({});
    const rewrite = item.tasks.find((task) => task.id === "rewrite1");
    const original =
      rewrite?.type === "rewrite" && rewrite.turn !== undefined
        ? item.dialogue[rewrite.turn - 1]!.text
        : item.responses.find((r) => rewrite?.type === "rewrite" && r.id === rewrite.response)!.text;
    expect(errorsOf(withTask("rewrite1", { text: original }))).toEqual({ "rewrite1.text": "unchangedRewrite" });
    expect(errorsOf(withTask("rewrite1", { text: ` ${original}\n` }))).toEqual({ "rewrite1.text": "unchangedRewrite" });
    expect(errorsOf({ ...valid(), rationale: "x".repeat(maxAnswerTextLength + 1) })).toEqual({ rationale: "textTooLong" });
    expect(errorsOf({ ...valid(), rationale: 42 })).toEqual({ rationale: "invalidType" });
  });

  it("rejects wrong types anywhere, extra properties included, and reports every problem at once", () => {
    for (const raw of [null, "answers", 3, [valid()]]) expect(errorsOf(raw)).toEqual({ "": "invalidType" });
    expect(errorsOf(withTask("pref1", [1]))).toEqual({ pref1: "invalidType" });
    expect(errorsOf(withTask("rubric1", { scores: [2, 3] }))).toEqual({ "rubric1.scores": "invalidType" });
    expect(errorsOf(withTask("verdict1", { value: "major", confidence: 1 }))).toEqual({ "verdict1.confidence": "invalidType" });
    expect(errorsOf({ ...valid(), pref1: { value: 9 }, rank1: { order: [] }, extra: 1 })).toEqual({
      "pref1.value": "preferenceOutOfRange",
      "rank1.order": "invalidRanking",
      extra: "unknownTask",
    });
  });

  it("is not fooled by inherited properties", () => {
    const parsed: unknown = JSON.parse(JSON.stringify(valid()).replace(/^\{/, '{"__proto__":{"x":1},'));
    expect(errorsOf(parsed)).toEqual(Object.fromEntries([["__proto__", "unknownTask"]]));
    const withConstructor: TItem = {
      ...item,
      tasks: [
        {
          type: "verdict",
          id: "constructor",
          options: [
            { value: "a", label: "A", labelEn: "A" },
            { value: "b", label: "B", labelEn: "B" },
          ],
          gold: { value: "a", rationale: "r", rule: "1.1" },
        },
      ],
    };
    expect(validateItemAnswers(withConstructor, {})).toEqual({ ok: false, fieldErrors: { constructor: "missingAnswer" } });
  });

  it("treats a task called rationale as a task, not as the learner's note", () => {
    const named: TItem = { ...item, tasks: item.tasks.map((task) => (task.id === "verdict1" ? { ...task, id: "rationale" } : task)) };
    const { verdict1: _, ...rest } = valid();
    expect(validateItemAnswers(named, { ...rest, rationale: { value: "pass" } }).ok).toBe(true);
    expect(validateItemAnswers(named, { ...rest, rationale: "note" })).toEqual({ ok: false, fieldErrors: { rationale: "invalidType" } });
  });
});

describe("validateItemAnswers properties", () => {
  it("accepts gold answers and random valid answers unchanged", () => {
    fc.assert(
      fc.property(arbitraryAnsweredItem(), ({ item: generated, answers }) => {
        expect(validateItemAnswers(generated, goldAnswersOf(generated))).toEqual({ ok: true, answers: goldAnswersOf(generated) });
        expect(validateItemAnswers(generated, answers)).toEqual({ ok: true, answers });
      }),
      { numRuns: 300 },
    );
  });

  it("never accepts a score outside the dimension's scale", () => {
    const outside = fc.tuple(
      fc.constantFrom("below", "above", "fraction"),
      fc.integer({ min: 0, max: 100 }),
      fc.double({ min: 0.001, max: 0.999, noNaN: true }),
    );
    fc.assert(
      fc.property(arbitraryItem(), outside, (generated, [kind, offset, fraction]) => {
        const gold = goldAnswersOf(generated);
        for (const task of generated.tasks) {
          if (task.type !== "rubric") continue;
          const scores = (gold[task.id] as TRubricAnswer).scores;
          for (const dimension of task.dimensions) {
            const bad = kind === "below" ? -offset : kind === "above" ? dimension.scale + 1 + offset : 1 + (offset % dimension.scale) + fraction;
            const result = validateItemAnswers(generated, { ...gold, [task.id]: { scores: { ...scores, [dimension.id]: bad } } });
            expect(result).toEqual({ ok: false, fieldErrors: { [`${task.id}.${dimension.id}`]: "scoreOutOfRange" } });
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  it("never throws, and only accepts objects, on arbitrary input", () => {
    fc.assert(
      fc.property(fc.anything({ withObjectString: true, withNullPrototype: true }), (raw) => {
        const result = validateItemAnswers(item, raw);
        expect(result.ok).toBe(false);
        if (!result.ok) for (const code of Object.values(result.fieldErrors)) expect(answerErrorCodes).toContain(code);
      }),
      { numRuns: 300 },
    );
  });
});
