import { describe, expect, it } from "vitest";
import type { TGuidelineRelease } from "./guideline-changelog";
import { exampleItem } from "../../test/support/labeling-arbitraries";
import type { TItem } from "./exercise-schema";
import { findAffectedAnswers, rulesOfItem } from "./rule-change-impact";

const changelog: TGuidelineRelease[] = [
  {
    version: "1.0",
    previous: "0.9",
    date: "2026-10-01",
    summary: "首版",
    summaryEn: "First",
    changes: [{ rule: "1.1", kind: "added", after: "x", note: "n", noteEn: "n" }],
  },
  {
    version: "1.1",
    previous: "1.0",
    date: "2026-11-20",
    summary: "改 2.2",
    summaryEn: "2.2",
    changes: [{ rule: "2.2", kind: "changed", before: "a", after: "b", note: "n", noteEn: "n" }],
  },
  {
    version: "1.2",
    previous: "1.1",
    date: "2026-12-01",
    summary: "加 3.4",
    summaryEn: "3.4",
    changes: [{ rule: "3.4", kind: "added", after: "c", note: "n", noteEn: "n" }],
  },
];
const item = (id: string, rules?: string[]): TItem => ({ ...exampleItem(), id, rules });
const at = (day: number) => new Date(Date.UTC(2026, 10, day));

describe("rulesOfItem", () => {
  it("takes declared rules over the rules the gold cites", () => {
    expect([...rulesOfItem(item("a", ["2.2"]))]).toEqual(["2.2"]);
    expect([...rulesOfItem(item("a"))].sort()).toEqual(["1.1", "2.1", "3.1", "5.1", "5.2"]);
  });
});

describe("findAffectedAnswers", () => {
  const set = { guidelineVersion: "1.1", items: [item("one", ["2.2", "4.1"]), item("two", ["4.1"]), item("three", ["3.4"])] };

  it("lists answers under 1.0 to items resting on a rule changed in 1.1, and counts the others as still valid", () => {
    const result = findAffectedAnswers(set, changelog, [
      { itemId: "one", guidelineVersion: "1.0", createdAt: at(1) },
      { itemId: "two", guidelineVersion: "1.0", createdAt: at(1) },
    ]);
    expect(result.affected).toEqual([{ itemId: "one", index: 1, guidelineVersion: "1.0", answeredAt: at(1), rules: ["2.2"] }]);
    expect(result.stillValid).toBe(1);
  });

  it("ignores an item redone under the current version and releases after the set's version", () => {
    const result = findAffectedAnswers(set, changelog, [
      { itemId: "one", guidelineVersion: "1.0", createdAt: at(1) },
      { itemId: "one", guidelineVersion: "1.1", createdAt: at(3) },
      { itemId: "three", guidelineVersion: "1.0", createdAt: at(2) },
    ]);
    expect(result.affected).toEqual([]);
    expect(result.stillValid).toBe(1);
  });

  it("compares versions as numbers, not strings", () => {
    const long = [
      ...changelog,
      {
        version: "1.10",
        previous: "1.2",
        date: "2027-01-01",
        summary: "s",
        summaryEn: "s",
        changes: [{ rule: "4.1", kind: "changed" as const, before: "a", after: "b", note: "n", noteEn: "n" }],
      },
    ];
    const result = findAffectedAnswers({ ...set, guidelineVersion: "1.10" }, long, [{ itemId: "two", guidelineVersion: "1.9", createdAt: at(1) }]);
    expect(result.affected.map((answer) => answer.rules)).toEqual([["4.1"]]);
  });
});
