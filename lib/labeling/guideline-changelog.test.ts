import { describe, expect, it } from "vitest";
import { checkChangelog, compareVersions, releasesBetween, type TGuidelineRelease } from "./guideline-changelog";

const release = (version: string, changes: TGuidelineRelease["changes"], previous = "1.0"): TGuidelineRelease => ({
  version,
  previous,
  date: "2026-11-20",
  summary: "s",
  summaryEn: "s",
  changes,
});

describe("guideline changelog", () => {
  it("orders versions numerically", () => {
    expect(compareVersions("1.10", "1.9")).toBeGreaterThan(0);
    expect(compareVersions("1.1", "1.1.0")).toBe(0);
    expect(releasesBetween([release("1.1", []), release("1.0", [], "0.9")], "1.0", "1.1").map((r) => r.version)).toEqual(["1.1"]);
  });

  it("accepts a consistent changelog", () => {
    const log = [
      release("1.1", [
        { rule: "2.2", kind: "changed", before: "a", after: "b", note: "n", noteEn: "n" },
        { rule: "3.9", kind: "removed", before: "a", note: "n", noteEn: "n" },
      ]),
    ];
    expect(checkChangelog(log, "1.1", new Set(["2.2"]))).toEqual([]);
  });

  it("reports unknown, still-present and half-described rules, order and the newest version", () => {
    const log = [
      release("1.2", [{ rule: "2.2", kind: "changed", after: "b", note: "n", noteEn: "n" }], "1.1"),
      release("1.1", [
        { rule: "9.9", kind: "added", after: "x", note: "n", noteEn: "n" },
        { rule: "2.2", kind: "removed", before: "a", note: "n", noteEn: "n" },
      ]),
    ];
    const problems = checkChangelog(log, "1.2", new Set(["2.2"]));
    expect(problems).toEqual([
      "changelog 1.2 rule 2.2: a changed rule needs its wording before (before:)",
      "changelog: version 1.1 must come after 1.2",
      "changelog 1.1: previous is 1.0, but the release before it is 1.2",
      "changelog 1.1 rule 9.9: the guideline has no rule 9.9",
      "changelog 1.1 rule 2.2: removed, but the guideline still has it",
      "changelog: the newest release is 1.1, the guideline's version is 1.2",
    ]);
  });
});
