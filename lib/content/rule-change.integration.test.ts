import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../db";
import { createTestUsers } from "../../test/support/fixtures";
import { useTestDatabase } from "../../test/support/test-database";
import { loadExerciseSet } from "../labeling/load-exercise-sets";
import { readRuleChange } from "./read-rule-change";

let cleanup: () => Promise<void>;
let learner: string;
let other: string;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  [learner, other] = (await createTestUsers(2, "rule-change")) as [string, string];
});
afterAll(() => cleanup());

const setId = "shopping-assistant-rule-change";
async function answer(userId: string, itemId: string, guidelineVersion: string, createdAt: Date) {
  const db = await getDb();
  await db.exerciseSubmission.create({
    data: { userId, courseSlug: "ai-trainer", setId, itemId, guidelineVersion, answers: { decision: { value: "pass" } }, grade: {}, score: 0, createdAt },
  });
}

describe("readRuleChange", () => {
  it("shows v1.0 → v1.1 and lists the caller's own v1.0 answers resting on a changed rule, not those redone under v1.1", async () => {
    const set = (await loadExerciseSet("ai-trainer", setId))!;
    const empty = await readRuleChange(learner, "ai-trainer", set);
    expect(empty).toMatchObject({ fromVersion: "1.0", toVersion: "1.1", affected: [], stillValid: 0 });
    expect(empty!.releases.flatMap((release) => release.changes.map((change) => `${change.kind} ${change.rule}`))).toEqual(["changed 2.2", "changed 3.1", "added 3.2", "removed 5.2"]);
    expect(empty!.ruleTitles["2.2"]).toBe("价格与优惠");

    const weekAgo = new Date(Date.now() - 7 * 86_400_000);
    for (const itemId of ["earbuds-final-price", "rice-cooker-capacity", "air-fryer-return-closing", "kids-watch-recommend"]) await answer(learner, itemId, "1.0", weekAgo);
    await answer(learner, "kids-watch-recommend", "1.1", new Date());
    await answer(other, "earbuds-vs-other-brand", "1.0", weekAgo);

    const change = await readRuleChange(learner, "ai-trainer", set);
    expect(change!.affected.map((entry) => [entry.itemId, entry.index, entry.guidelineVersion, entry.rules])).toEqual([
      ["earbuds-final-price", 1, "1.0", ["2.2"]],
      ["air-fryer-return-closing", 5, "1.0", ["5.2"]],
    ]);
    expect(change!.stillValid).toBe(1);
  });

  it("is null for a set whose guideline has no changelog", async () => {
    const set = (await loadExerciseSet("ai-trainer", "general-qa-scoring"))!;
    expect(await readRuleChange(learner, "ai-trainer", set)).toBeNull();
  });
});
