import { describe, expect, it } from "vitest";
import { exampleItem } from "../../test/support/labeling-arbitraries";
import type { TExerciseSet, TItem, TItemCategory } from "./exercise-schema";
import { checkDrawQuotas } from "./check-draw-quotas";
import { attemptLength, drawAttemptItems } from "./draw-attempt-items";

const base = exampleItem();
const item = (id: string, category: TItemCategory): TItem => ({ ...base, id, category });
function bank(
  counts: Partial<Record<TItemCategory, number>>,
  draw: Partial<Record<TItemCategory, number>>,
  extra: Partial<NonNullable<TExerciseSet["qualification"]>> = {},
): TExerciseSet {
  const items = Object.entries(counts).flatMap(([category, count]) =>
    Array.from({ length: count }, (_, index) => item(`${category}-${index}`, category as TItemCategory)),
  );
  return {
    id: "bank",
    title: "t",
    titleEn: "t",
    kind: "single-turn",
    guideline: "general",
    guidelineVersion: "1.0",
    instructions: "i",
    instructionsEn: "i",
    items,
    competencies: [],
    qualification: { timeLimitMinutes: 100, passThresholds: { overallScore: 0.7 }, draw, ...extra },
  };
}

describe("drawAttemptItems", () => {
  const set = bank({ "single-turn": 10, math: 6, rag: 5 }, { "single-turn": 4, math: 3, rag: 2 });

  it("draws exactly each category's quota, distinct items, the same list for the same seed", () => {
    const drawn = drawAttemptItems(set, "seed-1");
    expect(drawn).toHaveLength(9);
    expect(attemptLength(set)).toBe(9);
    expect(new Set(drawn).size).toBe(9);
    const count = (prefix: string) => drawn.filter((id) => id.startsWith(prefix)).length;
    expect([count("single-turn"), count("math"), count("rag")]).toEqual([4, 3, 2]);
    expect(drawAttemptItems(set, "seed-1")).toEqual(drawn);
  });

  it("differs between seeds and, over many seeds, reaches every item of the bank", () => {
    const seen = new Set<string>();
    const lists = new Set<string>();
    for (let seed = 0; seed < 200; seed += 1) {
      const drawn = drawAttemptItems(set, `s${seed}`);
      lists.add(drawn.join(","));
      for (const id of drawn) seen.add(id);
    }
    expect(lists.size).toBeGreaterThan(150);
    expect(seen.size).toBe(21);
  });

  it("shows every item in file order when the test does not draw", () => {
    const plain = { ...set, qualification: { timeLimitMinutes: 30, passThresholds: { overallScore: 0.7 } } };
    expect(drawAttemptItems(plain, "x")).toEqual(set.items.map((candidate) => candidate.id));
  });
});

describe("checkDrawQuotas", () => {
  it("passes a bank that can meet its quotas within 90–120 minutes", () => {
    expect(checkDrawQuotas(bank({ math: 3, rag: 3 }, { math: 2, rag: 2 }, { minBankSize: 6, categoryThresholds: { math: 0.6 } }))).toEqual([]);
    expect(checkDrawQuotas(bank({ math: 3, rag: 2 }, { math: 2, rag: 2 }))).toEqual([
      "qualification.draw: an attempt draws 4 items, so the bank needs at least 6 (has 5)",
    ]);
  });

  it("names a quota the bank cannot meet, a bank under its minimum, a stray threshold, a time limit outside 90–120, an item without category", () => {
    const set = bank({ math: 3, rag: 1 }, { math: 2, rag: 2 }, { minBankSize: 60, categoryThresholds: { safety: 0.6 }, timeLimitMinutes: 30 });
    set.items.push({ ...base, id: "loose" });
    expect(checkDrawQuotas(set)).toEqual([
      "item loose: an item of a drawing bank needs a category",
      "qualification.draw.rag: quota 2 but only 1 rag items in the bank",
      "qualification.minBankSize: the bank has 5 items, needs at least 60",
      "qualification.draw: an attempt draws 4 items, so the bank needs at least 6 (has 5)",
      "qualification.categoryThresholds.safety: the draw has no safety items",
      "qualification.timeLimitMinutes: 30, a drawing test allows 90–120 minutes",
    ]);
  });
});
