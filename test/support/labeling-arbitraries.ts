/**
 * fast-check generators of consistent exercise items and of valid answers to them, for property tests
 * and the grading benchmark (dev tooling: imports fast-check, never import it from app code).
 */
import fc from "fast-check";
import type { TItem, TTask } from "../../lib/labeling/exercise-schema";
import { flagIds, flagsWithReference, type TFlag } from "../../lib/labeling/flags";
import type { TItemAnswers, TTaskAnswer } from "../../lib/labeling/answer-schema";
import { taskTypes } from "../../lib/labeling/grade-set";

type TGen = fc.GeneratorValue;

const responseIds = ["a", "b", "c", "d"];
const dimensionIds = ["correctness", "helpfulness", "safety", "style", "constructor"];
const verdictValues = ["pass", "minor", "major", "fail"];
const rules = ["1.1", "2.3", "4.2"];
/** Texts with and without math, some of it broken, as responses, gold rewrites and learner rewrites. */
export const sampleTexts = [
  "北京是中国的首都。",
  "The answer is $x^2 + 1$ for every $x$.",
  "面积为 $$\\frac{\\pi r^2}{2}$$，约等于 6.28。",
  "Costs \\$5, and $\\sqrt{2} \\approx 1.414$.",
  "A broken formula: $\\frac{1}{$ here.",
  "Unclosed dollar $x + 1",
  "$$\\begin{aligned} a &= b \\\\ c &= d \\end{aligned}$$",
];

function taskOf(g: TGen, type: TTask["type"], id: string, item: Pick<TItem, "responses" | "dialogue">): TTask {
  const why = { rationale: "因为规范这样规定。", rule: g(fc.constantFrom, ...rules) };
  const assistantTurns = item.dialogue.flatMap((turn, i) => (turn.role === "assistant" ? [i + 1] : []));
  const target = () =>
    assistantTurns.length > 0 ? { turn: g(fc.constantFrom, ...assistantTurns) } : { response: g(fc.constantFrom, ...item.responses.map((r) => r.id)) };
  const ids = item.responses.map((response) => response.id);
  switch (type) {
    case "rubric": {
      const dimensions = g(fc.subarray, dimensionIds, { minLength: 1, maxLength: 3 }).map((dimension) => {
        const scale = g(fc.constantFrom, 5 as const, 7 as const);
        return {
          id: dimension,
          label: `维度 ${dimension}`,
          labelEn: dimension,
          scale,
          anchors: Array.from({ length: scale }, (_, i) => `anchor ${i + 1}`),
          rule: "3.1",
        };
      });
      const gold = Object.fromEntries(
        dimensions.map((d) => [d.id, { score: g(fc.integer, { min: 1, max: d.scale }), tolerance: g(fc.integer, { min: 0, max: 2 }), ...why }]),
      );
      return { type, id, ...target(), dimensions, gold };
    }
    case "flags": {
      const at = target();
      const options = g(fc.subarray, flagIds, { minLength: 1, maxLength: 6 });
      const flags = g(fc.subarray, options);
      const earlier = "turn" in at && at.turn !== undefined ? at.turn - 1 : 0;
      const refersTo = Object.fromEntries(
        flags
          .filter((flag) => flagsWithReference.includes(flag) && earlier >= 1 && g(fc.boolean))
          .map((flag) => [flag, g(fc.integer, { min: 1, max: earlier })]),
      );
      return { type, id, ...at, options, gold: { flags, refersTo, ...why } };
    }
    case "preference": {
      const [a, b] = g(fc.shuffledSubarray, ids, { minLength: 2, maxLength: 2 });
      return { type, id, a: a!, b: b!, gold: { value: g(fc.integer, { min: -3, max: 3 }), ...why } };
    }
    case "ranking":
      return { type, id, responses: ids, gold: { order: g(fc.shuffledSubarray, ids, { minLength: ids.length, maxLength: ids.length }), ...why } };
    case "rewrite": {
      // A gold rewrite differs from every original text (an unchanged rewrite is refused).
      const text = `改写：${g(fc.constantFrom, ...sampleTexts)}`;
      const mode = g(fc.constantFrom, "rewrite" as const, "next" as const, "write" as const);
      // Checks the gold text passes (content:check demands it); learners' random texts often fail them.
      const checks = g(fc.boolean)
        ? [
            { kind: "include" as const, label: "开头", anyOf: [text.slice(0, 3)], why: "要点。", rule: "2.1" },
            { kind: "length" as const, min: 1, max: 40, why: "长度。", rule: "2.2" },
          ]
        : undefined;
      return { type, id, ...(mode === "write" ? {} : target()), mode, ...(checks ? { checks } : {}), gold: { text, ...why } };
    }
    case "verdict": {
      const options = verdictValues.slice(0, g(fc.integer, { min: 2, max: 4 })).map((value) => ({ value, label: `判定 ${value}`, labelEn: value }));
      return { type, id, options, gold: { value: g(fc.constantFrom, ...options.map((o) => o.value)), ...why } };
    }
    case "audit": {
      const labels = ["correctness", "helpfulness", "flags"]
        .slice(0, g(fc.integer, { min: 1, max: 3 }))
        .map((label) => ({ id: label, field: `字段 ${label}`, fieldEn: label, value: "4" }));
      const gold = Object.fromEntries(labels.map((label) => [label.id, { wrong: g(fc.boolean), ...why }]));
      return { type, id, labels, rules: [...rules], gold };
    }
  }
}

/** A consistent item (passes `checkExerciseSet`): 2–4 responses, a dialogue half the time, 1–6 tasks of any types. */
export function arbitraryItem(): fc.Arbitrary<TItem> {
  return fc.gen().map((g) => {
    const responses = responseIds.slice(0, g(fc.integer, { min: 2, max: 4 })).map((id) => ({ id, text: g(fc.constantFrom, ...sampleTexts) }));
    const turns = g(fc.boolean) ? 2 * g(fc.integer, { min: 1, max: 4 }) : 0;
    const dialogue = Array.from({ length: turns }, (_, i) => ({
      role: i % 2 === 0 ? ("user" as const) : ("assistant" as const),
      text: g(fc.constantFrom, ...sampleTexts),
    }));
    const types = g(fc.array, fc.constantFrom(...taskTypes), { minLength: 1, maxLength: 6 });
    const tasks = types.map((type, i) => taskOf(g, type, `${type}${i + 1}`, { responses, dialogue }));
    return { id: `item-${g(fc.integer, { min: 1, max: 999 })}`, prompt: "请回答用户的问题。", responses, sources: [], dialogue, tasks };
  });
}

function answerOf(g: TGen, item: TItem, task: TTask): TTaskAnswer {
  switch (task.type) {
    case "rubric":
      return { scores: Object.fromEntries(task.dimensions.map((d) => [d.id, g(fc.integer, { min: 1, max: d.scale })])) };
    case "flags": {
      const flags = g(fc.shuffledSubarray, task.options);
      const earlier = Math.min(task.turn ?? Infinity, item.dialogue.length + 1) - 1;
      const referenced = flags.filter((flag) => flagsWithReference.includes(flag) && earlier >= 1 && g(fc.boolean));
      if (referenced.length === 0) return { flags };
      return { flags, refersTo: Object.fromEntries(referenced.map((flag): [TFlag, number] => [flag, g(fc.integer, { min: 1, max: earlier })])) };
    }
    case "preference":
      return { value: g(fc.integer, { min: -3, max: 3 }) };
    case "ranking":
      return { order: g(fc.shuffledSubarray, task.responses, { minLength: task.responses.length, maxLength: task.responses.length }) };
    case "rewrite": {
      const random = g(fc.string, { minLength: 0, maxLength: 80 });
      // Never the original text itself: validation refuses an unchanged rewrite.
      const original =
        task.mode === "next"
          ? null
          : task.turn !== undefined
            ? item.dialogue[task.turn - 1]?.text
            : item.responses.find((response) => response.id === task.response)?.text;
      const text = g(fc.constantFrom, task.gold.text, ...sampleTexts, `x${random}`, `${task.gold.text} $${random}$`);
      return { text: original !== undefined && original !== null && text.trim() === original.trim() ? `${text}（已改）` : text };
    }
    case "verdict":
      return { value: g(fc.constantFrom, ...task.options.map((o) => o.value)) };
    case "audit": {
      const wrong = g(
        fc.subarray,
        task.labels.map((label) => label.id),
      );
      const named = wrong.filter(() => g(fc.boolean));
      return named.length === 0 ? { wrong } : { wrong, rules: Object.fromEntries(named.map((id) => [id, g(fc.constantFrom, ...task.rules)])) };
    }
  }
}

/** Random answers to `item` that `validateItemAnswers` accepts, sometimes with a rationale. */
export function arbitraryAnswers(item: TItem): fc.Arbitrary<TItemAnswers> {
  return fc.gen().map((g) => {
    const answers: TItemAnswers = Object.fromEntries(item.tasks.map((task) => [task.id, answerOf(g, item, task)]));
    if (g(fc.boolean)) answers.rationale = g(fc.string, { maxLength: 40 });
    return answers;
  });
}

/** An item together with random valid answers to it. */
export function arbitraryAnsweredItem(): fc.Arbitrary<{ item: TItem; answers: TItemAnswers }> {
  return arbitraryItem().chain((item) => arbitraryAnswers(item).map((answers) => ({ item, answers })));
}

/** A hand-written multi-turn item with one task of every type, for examples in tests and the benchmark. */
export function exampleItem(): TItem {
  const why = (rule: string) => ({ rationale: `依据规则 ${rule}。`, rule });
  return {
    id: "peanut-dinner",
    prompt: "家庭晚餐建议",
    responses: [
      { id: "a", text: "宫保鸡丁：先把花生米炸香。" },
      { id: "b", text: "番茄炒蛋，不含花生。" },
      { id: "c", text: "随便吃点。" },
    ],
    sources: [],
    dialogue: [
      { role: "user", text: "我花生过敏，预算 100 元，推荐晚餐。" },
      { role: "assistant", text: "推荐番茄炒蛋，约 20 元。" },
      { role: "user", text: "再加一道荤菜，总共多少钱？" },
      { role: "assistant", text: "宫保鸡丁，先把花生米炸香，合计 $20 + 35 = 65$ 元。" },
    ],
    tasks: [
      {
        type: "rubric",
        id: "rubric1",
        turn: 4,
        dimensions: [
          { id: "correctness", label: "正确性", labelEn: "Correctness", scale: 5, anchors: ["1", "2", "3", "4", "5"], rule: "2.1" },
          { id: "helpfulness", label: "有用性", labelEn: "Helpfulness", scale: 7, anchors: ["1", "2", "3", "4", "5", "6", "7"], rule: "3.1" },
        ],
        gold: { correctness: { score: 2, tolerance: 1, ...why("2.1") }, helpfulness: { score: 3, tolerance: 0, ...why("3.1") } },
      },
      {
        type: "flags",
        id: "flags1",
        turn: 4,
        options: ["hallucination", "context_loss", "intent_drift", "math_error"],
        gold: { flags: ["context_loss", "math_error"], refersTo: { context_loss: 1 }, ...why("1.1") },
      },
      { type: "preference", id: "pref1", a: "a", b: "b", gold: { value: 2, ...why("5.1") } },
      { type: "ranking", id: "rank1", responses: ["a", "b", "c"], gold: { order: ["b", "a", "c"], ...why("5.2") } },
      { type: "rewrite", id: "rewrite1", turn: 4, mode: "rewrite", gold: { text: "您花生过敏，推荐青椒肉丝，合计 $20 + 35 = 55$ 元。", ...why("1.1") } },
      {
        type: "verdict",
        id: "verdict1",
        options: [
          { value: "pass", label: "通过", labelEn: "Pass" },
          { value: "minor", label: "轻微", labelEn: "Minor" },
          { value: "major", label: "严重", labelEn: "Major" },
        ],
        gold: { value: "major", ...why("1.1") },
      },
    ],
  };
}
