import { describe, expect, it } from "vitest";
import { writeGold, writeSet } from "../../test/support/write-task-set";
import { rewriteContextOf } from "./rewrite-context";

describe("rewriteContextOf", () => {
  it("gives a write task an empty original and the learner's text with its check results", () => {
    const item = writeSet().items[0]!;
    const context = rewriteContextOf(item, { write: { text: "写好的回答，七天内可退" } });
    expect(context).toMatchObject({ taskId: "write", mode: "write", original: "", text: "写好的回答，七天内可退", gold: writeGold, rule: "1.1" });
    expect(context?.checks.map(({ check, result }) => `${check.kind}:${result.passed}`)).toEqual([
      "include:true",
      "exclude:true",
      "length:true",
      "format:false",
    ]);
  });
});
