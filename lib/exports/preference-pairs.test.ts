import { describe, expect, it } from "vitest";
import { preferencePairs } from "./preference-pairs";
import { dialogueItem, preferenceItem } from "../../test/support/export-test-items";

describe("preferencePairs", () => {
  it("turns a negative value into A chosen over B and a positive one into B over A, with the item's texts", () => {
    expect(preferencePairs(preferenceItem, { pref: { value: -2 } })).toEqual([{ prompt: "问题？", chosen: "回答 A", rejected: "回答 B" }]);
    expect(preferencePairs(preferenceItem, { pref: { value: 1 } })).toEqual([{ prompt: "问题？", chosen: "回答 B", rejected: "回答 A" }]);
  });

  it("skips ties", () => {
    expect(preferencePairs(preferenceItem, { pref: { value: 0 } })).toEqual([]);
  });

  it("derives every pair of a ranking, best first", () => {
    const pairs = preferencePairs(preferenceItem, { rank: { order: ["c", "a", "b"] } });
    expect(pairs.map((pair) => [pair.chosen, pair.rejected])).toEqual([
      ["回答 C", "回答 A"],
      ["回答 C", "回答 B"],
      ["回答 A", "回答 B"],
    ]);
  });

  it("ignores malformed rankings, unknown ids, missing answers and items without a prompt", () => {
    expect(preferencePairs(preferenceItem, { rank: { order: ["a", "a", "b"] } })).toEqual([]);
    expect(preferencePairs(preferenceItem, { rank: { order: ["a", "z"] } })).toEqual([]);
    expect(preferencePairs(preferenceItem, {})).toEqual([]);
    expect(preferencePairs(dialogueItem, { pref: { value: 2 } })).toEqual([]);
  });
});
