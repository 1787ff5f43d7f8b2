import { ZItem, type TItem } from "../../lib/labeling/exercise-schema";

const why = { rationale: "因为", rule: "1.1" };

/** A single-turn item with a pairwise preference and a ranking (for the row builders' tests). */
export const preferenceItem: TItem = ZItem.parse({
  id: "pair",
  prompt: "问题？\n",
  responses: [
    { id: "a", text: "回答 A\n" },
    { id: "b", text: "回答 B" },
    { id: "c", text: "回答 C" },
  ],
  tasks: [
    { type: "preference", id: "pref", a: "a", b: "b", gold: { value: 2, ...why } },
    { type: "ranking", id: "rank", responses: ["a", "b", "c"], gold: { order: ["b", "c", "a"], ...why } },
  ],
});

/** A dialogue of four turns with a rewrite of turn 4 and a "next" turn. */
export const dialogueItem: TItem = ZItem.parse({
  id: "dialogue",
  dialogue: [
    { role: "user", text: "第一轮" },
    { role: "assistant", text: "第二轮" },
    { role: "user", text: "第三轮" },
    { role: "assistant", text: "第四轮" },
  ],
  tasks: [
    { type: "rewrite", id: "t4-rewrite", turn: 4, gold: { text: "好的第四轮", ...why } },
    { type: "rewrite", id: "next", mode: "next", gold: { text: "第五轮", ...why } },
  ],
});

/** A RAG item: sources, a prompt, a rubric on two dimensions and a rewrite. */
export const ragItem: TItem = ZItem.parse({
  id: "rag",
  prompt: "根据资料回答",
  responses: [{ id: "a", text: "答" }],
  sources: [{ id: "s1", title: "资料一", text: "内容一" }],
  tasks: [
    {
      type: "rubric",
      id: "score",
      response: "a",
      dimensions: [
        { id: "faithfulness", label: "忠实", labelEn: "Faithful", scale: 5, anchors: ["1", "2", "3", "4", "5"], rule: "1.1" },
        { id: "helpfulness", label: "有用", labelEn: "Helpful", scale: 5, anchors: ["1", "2", "3", "4", "5"], rule: "1.2" },
      ],
      gold: { faithfulness: { score: 4, ...why }, helpfulness: { score: 3, ...why } },
    },
    { type: "rewrite", id: "rewrite", response: "a", gold: { text: "更好的答", ...why } },
  ],
});
