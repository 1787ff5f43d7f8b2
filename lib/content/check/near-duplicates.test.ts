import { describe, expect, it } from "vitest";
import type { TItem } from "../../labeling/exercise-schema";
import { findNearDuplicates, jaccard, nearDuplicateThreshold, questionText, shinglesOf } from "./near-duplicates";

const item = (id: string, prompt: string, response: string): TItem => ({ id, prompt, responses: [{ id: "a", text: response }], sources: [], dialogue: [], tasks: [] as unknown as TItem["tasks"] });

describe("shingles and Jaccard", () => {
  it("cuts overlapping character shingles and measures overlap", () => {
    expect([...shinglesOf("abcde", 3)]).toEqual(["abc", "bcd", "cde"]);
    expect([...shinglesOf("ab", 3)]).toEqual(["ab"]);
    expect(jaccard(new Set(["a", "b"]), new Set(["b", "c"]))).toBeCloseTo(1 / 3);
    expect(jaccard(new Set(), new Set())).toBe(0);
  });

  it("normalises case, whitespace and punctuation; a dialogue's question is its user turns", () => {
    expect(questionText(item("x", "Python 里，怎么去重？", "…"))).toBe("python里怎么去重");
    const dialogue: TItem = { ...item("d", "x", "y"), prompt: undefined, dialogue: [{ role: "user", text: "你好！" }, { role: "assistant", text: "在的。" }, { role: "user", text: "订票" }] };
    expect(questionText(dialogue)).toBe("你好\n订票".replace("\n", ""));
  });
});

describe("findNearDuplicates", () => {
  const practice = [{ setId: "p", item: item("python-dedupe-order", "Python 里怎么给列表去重，并且保持元素原来的顺序？", "用 dict.fromkeys(items) 再转回 list。") }];

  it("flags the same question asked in other words (the dedupe pair the review found)", () => {
    const bank = [{ setId: "q", item: item("dedupe-list-order", "Python 里怎么给列表去重，同时保持原来的顺序？", "可以写一个循环，用集合记录见过的元素。") }];
    const found = findNearDuplicates(bank, practice);
    expect(found).toHaveLength(1);
    expect(found[0]).toMatchObject({ on: "question" });
    expect(found[0]!.similarity).toBeGreaterThanOrEqual(nearDuplicateThreshold);
  });

  it("flags a copied response under a new question, and passes an unrelated item", () => {
    const copied = [{ setId: "q", item: item("copy", "给我讲讲数据清洗", "用 dict.fromkeys(items) 再转回 list。") }];
    expect(findNearDuplicates(copied, practice).map((pair) => pair.on)).toEqual(["text"]);
    const unrelated = [{ setId: "q", item: item("leave", "我工作满 3 年了，一年能休几天带薪年假？", "按《职工带薪年休假条例》第三条，5 天。") }];
    expect(findNearDuplicates(unrelated, practice)).toEqual([]);
  });
});
