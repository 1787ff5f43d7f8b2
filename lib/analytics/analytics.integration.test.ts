import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { getDb } from "../db";
import type { Prisma } from "../generated/prisma/client";
import { goldAnswersOf } from "../labeling/gold-answers";
import { loadExerciseSet } from "../labeling/load-exercise-sets";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { useTestDatabase } from "../../test/support/test-database";
import { readCalibration } from "./read-calibration";
import { readClassAnalytics } from "./read-class-analytics";
import { failsWith, testActor } from "../../test/support/actors";

let cleanup: () => Promise<void>;
beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
});
afterAll(() => cleanup());

describe("class analytics and calibration", () => {
  it("instructors open only their own classes' analytics; learners and coaches none", async () => {
    const { cohortId } = await createTestCohort();
    const db = await getDb();
    const [teacherA, teacherB, learner] = (await createTestUsers(3, "stats")) as [string, string, string];
    const classes = await db.cohortClass.findMany({ where: { cohortId }, orderBy: { code: "asc" } });
    await db.cohortClass.update({ where: { id: classes[0]!.id }, data: { instructorId: teacherA } });
    await db.cohortClass.update({ where: { id: classes[1]!.id }, data: { instructorId: teacherB } });
    await expect(readClassAnalytics(testActor(teacherB, "INSTRUCTOR"), { cohortId, setId: "general-qa-scoring", classId: classes[0]!.id })).rejects.toSatisfy(
      failsWith("forbidden"),
    );
    for (const role of ["LEARNER", "COACH"] as const) {
      await expect(readClassAnalytics(testActor(learner, role), { cohortId, setId: "general-qa-scoring" })).rejects.toSatisfy(failsWith("forbidden"));
    }
    // The test course has no exercise files: an allowed instructor gets "not found", not someone else's data.
    await expect(readClassAnalytics(testActor(teacherA, "INSTRUCTOR"), { cohortId, setId: "general-qa-scoring" })).rejects.toSatisfy(failsWith("notFound"));
  });

  it("a learner's calibration reads only their own answers", async () => {
    const db = await getDb();
    const [me, someoneElse] = (await createTestUsers(2, "calib")) as [string, string];
    const set = (await loadExerciseSet("ai-trainer", "general-qa-scoring"))!;
    for (const item of set.items) {
      await db.exerciseSubmission.create({
        data: {
          userId: me,
          courseSlug: "ai-trainer",
          setId: set.id,
          itemId: item.id,
          guidelineVersion: set.guidelineVersion,
          answers: goldAnswersOf(item) as Prisma.InputJsonValue,
          grade: {},
          score: 1,
        },
      });
    }
    const mine = await readCalibration(me, "ai-trainer");
    expect(mine.answers).toBe(set.items.length);
    expect(mine.kappaWithGold).toBe(1);
    expect(mine.revisit).toEqual([]);
    expect(mine.dimensions.every((dimension) => dimension.bias === 0)).toBe(true);
    expect((await readCalibration(someoneElse, "ai-trainer")).answers).toBe(0);
  });
});
