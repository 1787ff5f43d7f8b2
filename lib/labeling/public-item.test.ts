import { describe, expect, it } from "vitest";
import type { TItem } from "./exercise-schema";
import { toPublicItem } from "./public-item";

const item: TItem = {
  id: "q1",
  prompt: "问题",
  responses: [{ id: "A", text: "回答 **A**" }],
  sources: [],
  dialogue: [],
  tasks: [
    {
      type: "rubric",
      id: "r",
      response: "A",
      dimensions: [{ id: "correctness", label: "正确性", labelEn: "Correctness", scale: 5, anchors: ["1", "2", "3", "4", "5"], rule: "2.1" }],
      gold: { correctness: { score: 2, tolerance: 1, rationale: "GOLD-RATIONALE", rule: "2.3" } },
    },
    {
      type: "flags",
      id: "f",
      response: "A",
      options: ["hallucination"],
      gold: { flags: ["hallucination"], refersTo: {}, rationale: "GOLD-FLAGS", rule: "2.3" },
    },
    { type: "rewrite", id: "w", response: "A", mode: "rewrite", gold: { text: "GOLD-REWRITE", rationale: "x", rule: "2.1" } },
  ],
};

describe("toPublicItem", () => {
  it("carries no part of the gold answers", () => {
    const json = JSON.stringify(toPublicItem(item));
    expect(json).not.toContain("GOLD");
    expect(json).not.toContain('"gold"');
  });
  it("gives the rewrite its original text and renders markdown", () => {
    const publicItem = toPublicItem(item);
    expect(publicItem.tasks[2]).toMatchObject({ type: "rewrite", original: "回答 **A**" });
    expect(publicItem.responses[0]?.html).toContain("<strong>A</strong>");
  });
});
