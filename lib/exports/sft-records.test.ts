import { describe, expect, it } from "vitest";
import { sftRecords } from "./sft-records";
import { dialogueItem, preferenceItem, ragItem } from "../../test/support/export-test-items";
import { writeSet } from "../../test/support/write-task-set";

describe("sftRecords", () => {
  it("makes user prompt + assistant rewrite for a single-turn item, with RAG sources as a system message", () => {
    expect(sftRecords(ragItem, { rewrite: { text: "  我的改写 \n" } })).toEqual([
      {
        messages: [
          { role: "system", content: "[s1] 资料一\n内容一" },
          { role: "user", content: "根据资料回答" },
          { role: "assistant", content: "我的改写" },
        ],
      },
    ]);
  });

  it("puts the dialogue before turn k ahead of a rewrite of turn k, and the whole dialogue before a next turn", () => {
    const [rewrite] = sftRecords(dialogueItem, { "t4-rewrite": { text: "改好的第四轮" } });
    expect(rewrite!.messages).toEqual([
      { role: "user", content: "第一轮" },
      { role: "assistant", content: "第二轮" },
      { role: "user", content: "第三轮" },
      { role: "assistant", content: "改好的第四轮" },
    ]);
    const [next] = sftRecords(dialogueItem, { next: { text: "第五轮回答" } });
    expect(next!.messages).toHaveLength(5);
    expect(next!.messages.at(-1)).toEqual({ role: "assistant", content: "第五轮回答" });
  });

  it("gives nothing for empty rewrites or items without rewrite tasks", () => {
    expect(sftRecords(ragItem, { rewrite: { text: "   " } })).toEqual([]);
    expect(sftRecords(preferenceItem, { pref: { value: 1 } })).toEqual([]);
  });

  it("a write-from-scratch answer becomes the prompt, then the learner's text", () => {
    const item = writeSet().items[0]!;
    expect(sftRecords(item, { write: { text: " 写好的回答 " } })).toEqual([
      {
        messages: [
          { role: "user", content: item.prompt!.trimEnd() },
          { role: "assistant", content: "写好的回答" },
        ],
      },
    ]);
  });
});
