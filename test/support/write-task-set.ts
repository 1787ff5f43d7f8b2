import { ZExerciseSet, type TExerciseSet, type TItem } from "../../lib/labeling/exercise-schema";

/** The gold text of `writeSet`'s item: passes all four of its checks. */
export const writeGold = "7 天内可以无理由退货：\n\n1. 商品不影响二次销售；\n2. 在订单页点“申请退货”；\n3. 运费由我们承担。";

/** An SFT writing set as an author would write it in YAML: a prompt, one write task, four checks. */
export function writeSet(overrides: Partial<TItem> = {}, goldText = writeGold): TExerciseSet {
  return ZExerciseSet.parse({
    id: "sft-demo",
    title: "从零撰写",
    titleEn: "Writing from scratch",
    kind: "single-turn",
    guideline: "sft-writing",
    guidelineVersion: "1.0",
    instructions: "写出理想回答。",
    instructionsEn: "Write the ideal answer.",
    items: [
      {
        id: "return-policy",
        difficulty: "easy",
        prompt: "你们的退货政策是什么？用编号列出要点，100 字以内。",
        tasks: [
          {
            type: "rewrite",
            id: "write",
            mode: "write",
            checks: [
              {
                kind: "include",
                label: "说明 7 天时限",
                labelEn: "States the 7-day window",
                anyOf: ["7 天", "七天"],
                why: "时限是用户最关心的。",
                rule: "2.1",
              },
              { kind: "exclude", label: "不承诺“随时退”", anyOf: ["随时退", "永久"], why: "超出政策的承诺是编造。", rule: "3.1" },
              { kind: "length", max: 100, why: "用户要求 100 字以内。", rule: "2.2" },
              { kind: "format", format: "numbered-list", min: 3, why: "用户要求编号列出。", rule: "2.2" },
            ],
            gold: { text: goldText, rationale: "覆盖时限、条件、流程和运费。", rule: "1.1" },
          },
        ],
        ...overrides,
      },
    ],
  });
}
