import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TSessionUser } from "../auth/session";
import { createCohort } from "../cohorts/create-cohort";
import { getDb } from "../db";
import { AppError } from "../errors";
import { createTestUsers } from "../../test/support/fixtures";
import { useTestDatabase } from "../../test/support/test-database";
import { goldAnswersOf } from "./gold-answers";
import { readItemDistribution } from "./item-distribution";
import { loadExerciseSet } from "./load-exercise-sets";
import { readPracticeProgress } from "./read-practice";
import { saveDraft } from "./save-draft";
import { submitItem } from "./submit-item";

let cleanup: () => Promise<void>;
let learner: TSessionUser;
let classmate: TSessionUser;
let outsider: TSessionUser;
let cohortId: string;

beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  const db = await getDb();
  const course = await db.course.upsert({
    where: { slug: "ai-trainer" },
    create: { slug: "ai-trainer", titleZh: "AI 训练师就业班", titleEn: "AI Trainer" },
    update: {},
  });
  const campus = await db.campus.upsert({
    where: { slug: "online" },
    create: { slug: "online", nameZh: "线上", nameEn: "Online", isOnline: true },
    update: {},
  });
  ({ id: cohortId } = await createCohort(db, {
    courseId: course.id,
    campusId: campus.id,
    number: 20_000 + Math.floor(Math.random() * 10_000),
    startDate: "2031-03-01",
    status: "OPEN",
    listPriceFen: 100,
  }));
  const classId = (await db.cohortClass.findFirstOrThrow({ where: { cohortId } })).id;
  const ids = await createTestUsers(3, "labeler");
  for (const id of ids.slice(0, 2)) await db.enrollment.create({ data: { cohortId, userId: id, classId } });
  const user = (id: string): TSessionUser => ({ id, email: `${id}@x`, name: id, role: "LEARNER", locale: "zh" });
  [learner, classmate, outsider] = ids.map((id) => user(id)) as [TSessionUser, TSessionUser, TSessionUser];
});
afterAll(() => cleanup());

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

describe("submitItem", () => {
  it("grades the gold answers as fully right and stores the attempt; the draft is cleared", async () => {
    const set = (await loadExerciseSet("ai-trainer", "general-qa-scoring"))!;
    const item = set.items[0]!;
    await saveDraft(learner, { courseSlug: "ai-trainer", setId: set.id, itemId: item.id, answers: { partial: true } });
    const result = await submitItem(learner, { courseSlug: "ai-trainer", setId: set.id, itemId: item.id, answers: goldAnswersOf(item) });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.grade.score).toBe(1);
    expect(result.grade.fields.every((field) => field.verdict === "right" || field.verdict === "pending")).toBe(true);
    expect(result.grade.fields.every((field) => field.rationale && field.rule)).toBe(true);
    const db = await getDb();
    expect(await db.exerciseDraft.count({ where: { userId: learner.id } })).toBe(0);
    const stored = await db.exerciseSubmission.findFirstOrThrow({ where: { userId: learner.id, itemId: item.id } });
    expect(stored.guidelineVersion).toBe(set.guidelineVersion);
    expect(stored.cohortId).toBe(cohortId);
  });

  it("refuses out-of-range scores, unknown items and over-long text with field errors, storing nothing", async () => {
    const set = (await loadExerciseSet("ai-trainer", "general-qa-scoring"))!;
    const item = set.items[1]!;
    const rubric = item.tasks.find((task) => task.type === "rubric")!;
    const answers = goldAnswersOf(item) as Record<string, unknown>;
    const dimension = rubric.type === "rubric" ? rubric.dimensions[0]!.id : "";
    const bad = { ...answers, [rubric.id]: { scores: { [dimension]: 99 } }, rationale: "长".repeat(20_001) };
    const result = await submitItem(learner, { courseSlug: "ai-trainer", setId: set.id, itemId: item.id, answers: bad });
    expect(result.ok).toBe(false);
    if (result.ok) return;
    expect(Object.values(result.fieldErrors)).toContain("scoreOutOfRange");
    expect(Object.values(result.fieldErrors)).toContain("textTooLong");
    expect(await codeOf(submitItem(learner, { courseSlug: "ai-trainer", setId: set.id, itemId: "no-such-item", answers: {} }))).toBe("notFound");
    const db = await getDb();
    expect(await db.exerciseSubmission.count({ where: { userId: learner.id, itemId: item.id } })).toBe(0);
  });

  it("refuses learners who are not enrolled in the course", async () => {
    const set = (await loadExerciseSet("ai-trainer", "general-qa-scoring"))!;
    const item = set.items[0]!;
    expect(await codeOf(submitItem(outsider, { courseSlug: "ai-trainer", setId: set.id, itemId: item.id, answers: goldAnswersOf(item) }))).toBe("forbidden");
    expect(await codeOf(saveDraft(outsider, { courseSlug: "ai-trainer", setId: set.id, itemId: item.id, answers: {} }))).toBe("forbidden");
  });

  it("refuses drafts nested 20,000 levels deep or holding NUL / lone surrogates, before anything, and stores nothing", async () => {
    const set = (await loadExerciseSet("ai-trainer", "general-qa-scoring"))!;
    const item = set.items[1]!;
    let deep: unknown = "x";
    for (let i = 0; i < 20_000; i++) deep = [deep];
    for (const answers of [{ a: deep }, { a: "x\u0000y" }, { a: ["x\ud800"] }, { "\u0000": 1 }]) {
      expect(await codeOf(saveDraft(learner, { courseSlug: "ai-trainer", setId: set.id, itemId: item.id, answers }))).toBe("invalidRequest");
      // Checked before access and content: even an outsider gets the same answer, and no query ran.
      expect(await codeOf(saveDraft(outsider, { courseSlug: "ai-trainer", setId: set.id, itemId: item.id, answers }))).toBe("invalidRequest");
    }
    const db = await getDb();
    expect(await db.exerciseDraft.count({ where: { userId: learner.id, itemId: item.id } })).toBe(0);
  });

  it("shows the class only counts of answers, and wrong items return for review", async () => {
    const set = (await loadExerciseSet("ai-trainer", "general-qa-scoring"))!;
    const item = set.items[2]!;
    const gold = goldAnswersOf(item) as Record<string, { scores?: Record<string, number> }>;
    const rubric = item.tasks.find((task) => task.type === "rubric");
    const wrong =
      rubric?.type === "rubric"
        ? { ...gold, [rubric.id]: { scores: Object.fromEntries(rubric.dimensions.map((d) => [d.id, rubric.gold[d.id]!.score >= 3 ? 1 : d.scale])) } }
        : gold;
    await submitItem(learner, { courseSlug: "ai-trainer", setId: set.id, itemId: item.id, answers: wrong });
    await submitItem(classmate, { courseSlug: "ai-trainer", setId: set.id, itemId: item.id, answers: gold });
    const distribution = await readItemDistribution(item, { courseSlug: "ai-trainer", setId: set.id, cohortId });
    expect(distribution.respondents).toBe(2);
    expect(JSON.stringify(distribution)).not.toContain(learner.id);
    const progress = (await readPracticeProgress(learner.id, "ai-trainer")).find((p) => p.set.id === set.id)!;
    expect(progress.toReview).toContain(item.id);
    expect(progress.done).toBe(2);
  });
});
