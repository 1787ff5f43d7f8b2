import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TSessionUser } from "../auth/session";
import { createCohort } from "../cohorts/create-cohort";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { TItem } from "../labeling/exercise-schema";
import { goldAnswersOf } from "../labeling/gold-answers";
import { loadExerciseSet, loadQualificationSet, loadExerciseSets } from "../labeling/load-exercise-sets";
import { submitItem } from "../labeling/submit-item";
import { createTestUsers } from "../../test/support/fixtures";
import { useTestDatabase } from "../../test/support/test-database";
import { finishAttempt } from "./finish-attempt";
import { issueCertificate } from "./issue-certificate";
import { readCertificate } from "./read-certificate";
import { readQualification } from "./read-qualification";
import { startAttempt } from "./start-attempt";
import { submitAttemptAnswer } from "./submit-attempt-answer";

const course = "ai-trainer";
let cleanup: () => Promise<void>;
let learner: TSessionUser;
let classmate: TSessionUser;
let newcomer: TSessionUser;
let outsider: TSessionUser;
let pastCohortId: string;
let pastCohortNumber: number;

const user = (id: string, name: string): TSessionUser => ({ id, email: `${id}@x`, name, role: "LEARNER", locale: "zh" });
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
const plus = (date: Date, ms: number) => new Date(date.getTime() + ms);
/** Keys that only appear in gold answers and grades (a rubric task id may be "score", so not that; "verdict" is also a task type, so keys only). */
const leaks = (value: unknown) => /"(gold|rationale|grade|verdict|points)":/.test(JSON.stringify(value));
/** The items an attempt drew, in the stored order. */
async function drawnItems(attemptId: string): Promise<TItem[]> {
  const set = (await loadQualificationSet(course))!;
  const { itemIds } = await (await getDb()).qualificationAttempt.findUniqueOrThrow({ where: { id: attemptId }, select: { itemIds: true } });
  return itemIds.map((id) => set.items.find((item) => item.id === id)!);
}

beforeAll(async () => {
  ({ cleanup } = await useTestDatabase());
  const db = await getDb();
  const row = await db.course.upsert({ where: { slug: course }, create: { slug: course, titleZh: "AI 训练师就业班", titleEn: "AI Trainer" }, update: {} });
  const campus = await db.campus.upsert({
    where: { slug: "online" },
    create: { slug: "online", nameZh: "线上", nameEn: "Online", isOnline: true },
    update: {},
  });
  pastCohortNumber = 30_000 + Math.floor(Math.random() * 10_000);
  // Sessions in 2024: the 8th has long started. The other cohort's sessions are all in the future.
  ({ id: pastCohortId } = await createCohort(db, {
    courseId: row.id,
    campusId: campus.id,
    number: pastCohortNumber,
    startDate: "2024-01-06",
    status: "RUNNING",
    listPriceFen: 100,
    enrollmentDeadline: new Date("2024-01-01T00:00:00Z"),
  }));
  const { id: futureCohortId } = await createCohort(db, {
    courseId: row.id,
    campusId: campus.id,
    number: pastCohortNumber + 1,
    startDate: "2031-03-01",
    status: "OPEN",
    listPriceFen: 100,
  });
  const [a, b, c, d] = await createTestUsers(4, "qualifier");
  [learner, classmate, newcomer, outsider] = [user(a!, "qualifier0"), user(b!, "qualifier1"), user(c!, "qualifier2"), user(d!, "qualifier3")];
  const pastClass = (await db.cohortClass.findFirstOrThrow({ where: { cohortId: pastCohortId } })).id;
  const futureClass = (await db.cohortClass.findFirstOrThrow({ where: { cohortId: futureCohortId } })).id;
  await db.enrollment.create({ data: { cohortId: pastCohortId, userId: learner.id, classId: pastClass } });
  await db.enrollment.create({ data: { cohortId: pastCohortId, userId: classmate.id, classId: pastClass, status: "COMPLETED", completedAt: new Date() } });
  await db.enrollment.create({ data: { cohortId: futureCohortId, userId: newcomer.id, classId: futureClass } });
});
afterAll(() => cleanup());

describe("the qualification set is hidden from practice", () => {
  it("is not listed, not found as a practice set and cannot be submitted through practice", async () => {
    const set = await loadQualificationSet(course);
    expect(set?.id).toBe("qualification-test");
    expect((await loadExerciseSets(course)).map((candidate) => candidate.id)).not.toContain("qualification-test");
    expect(await loadExerciseSet(course, "qualification-test")).toBeNull();
    expect(
      await codeOf(submitItem(learner, { courseSlug: course, setId: "qualification-test", itemId: set!.items[0]!.id, answers: goldAnswersOf(set!.items[0]!) })),
    ).toBe("notFound");
  });
});

describe("access", () => {
  it("refuses someone not enrolled, and a learner whose cohort has not reached session 8", async () => {
    expect(await codeOf(startAttempt(outsider, { courseSlug: course }))).toBe("forbidden");
    expect(await codeOf(readQualification(outsider, course))).toBe("forbidden");
    expect(await codeOf(startAttempt(newcomer, { courseSlug: course }))).toBe("qualificationNotOpen");
    const page = await readQualification(newcomer, course);
    expect(page?.eligibility.open).toBe(false);
    expect(page?.eligibility.openingSession).toBe(8);
  });
});

describe("a timed attempt", () => {
  const startedAt = new Date();
  let attemptId: string;
  let deadline: Date;

  let drawn: TItem[];

  it("starts with deadline = start + 100 minutes and 40 items drawn by category quota; a second start returns the running attempt and its items", async () => {
    const started = await startAttempt(learner, { courseSlug: course }, startedAt);
    ({ attemptId, deadline } = started);
    expect(started.resumed).toBe(false);
    expect(deadline.getTime() - startedAt.getTime()).toBe(100 * 60_000);
    drawn = await drawnItems(attemptId);
    expect(drawn).toHaveLength(40);
    expect(new Set(drawn.map((item) => item.id)).size).toBe(40);
    const perCategory = Object.fromEntries(
      ["single-turn", "multi-turn", "preference", "math", "rag", "safety", "rewrite"].map((category) => [
        category,
        drawn.filter((item) => item.category === category).length,
      ]),
    );
    expect(perCategory).toEqual({ "single-turn": 6, "multi-turn": 6, preference: 6, math: 5, rag: 6, safety: 6, rewrite: 5 });
    const again = await startAttempt(learner, { courseSlug: course }, plus(startedAt, 60_000));
    expect(again).toMatchObject({ attemptId, resumed: true });
    expect((await drawnItems(attemptId)).map((item) => item.id)).toEqual(drawn.map((item) => item.id));
    const db = await getDb();
    expect(await db.qualificationAttempt.count({ where: { userId: learner.id } })).toBe(1);
  });

  it("refuses an answer to a bank item this attempt did not draw", async () => {
    const set = (await loadQualificationSet(course))!;
    const other = set.items.find((item) => !drawn.some((shown) => shown.id === item.id))!;
    expect(await codeOf(submitAttemptAnswer(learner, { attemptId, itemId: other.id, answers: goldAnswersOf(other) }, plus(startedAt, 2 * 60_000)))).toBe(
      "notFound",
    );
  });

  it("stores an answer before the deadline and returns no grade and no gold", async () => {
    const item = drawn[0]!;
    const result = await submitAttemptAnswer(learner, { attemptId, itemId: item.id, answers: goldAnswersOf(item) }, plus(startedAt, 5 * 60_000));
    expect(result.ok).toBe(true);
    expect(Object.keys(result).sort()).toEqual(["itemId", "ok", "savedAt"]);
    expect(leaks(result)).toBe(false);
    const db = await getDb();
    const stored = await db.exerciseSubmission.findMany({ where: { attemptId } });
    expect(stored).toHaveLength(1);
    expect(stored[0]).toMatchObject({ setId: "qualification-test", itemId: item.id, cohortId: pastCohortId });
  });

  it("the running attempt's page carries the items and saved answers but no gold, rationale or grade", async () => {
    const page = (await readQualification(learner, course, plus(startedAt, 6 * 60_000)))!;
    expect(page.running?.id).toBe(attemptId);
    expect(page.running?.items.map((item) => item.id)).toEqual(drawn.map((item) => item.id));
    // The saved answers are exactly what was sent (a task may be called "verdict", so the key check skips them).
    expect(page.running?.saved).toEqual({ [drawn[0]!.id]: goldAnswersOf(drawn[0]!) });
    expect(page.lastFinished).toBeNull();
    expect(leaks({ ...page.running, saved: undefined })).toBe(false);
  });

  it("refuses invalid answers with field errors, storing nothing", async () => {
    const rubricItem = drawn.find((item) => item.tasks.some((task) => task.type === "rubric" && task.id === "score"))!;
    const result = await submitAttemptAnswer(
      learner,
      { attemptId, itemId: rubricItem.id, answers: { score: { scores: { correctness: 9 } } } },
      plus(startedAt, 7 * 60_000),
    );
    expect(result.ok).toBe(false);
    const db = await getDb();
    expect(await db.exerciseSubmission.count({ where: { attemptId } })).toBe(1);
  });

  it("accepts an answer within the 5-second grace and refuses one at deadline + 6 s with qualificationTimeUp", async () => {
    const second = drawn[1]!;
    const third = drawn[2]!;
    expect((await submitAttemptAnswer(learner, { attemptId, itemId: second.id, answers: goldAnswersOf(second) }, plus(deadline, 4_000))).ok).toBe(true);
    const late = await submitAttemptAnswer(learner, { attemptId, itemId: third.id, answers: goldAnswersOf(third) }, plus(deadline, 6_000)).catch(
      (error: unknown) => error,
    );
    expect(late).toBeInstanceOf(AppError);
    expect((late as AppError).code).toBe("qualificationTimeUp");
    const db = await getDb();
    expect(await db.exerciseSubmission.count({ where: { attemptId } })).toBe(2);
  });

  it("reading after the deadline grades what was saved (unanswered items wrong) and fails", async () => {
    const page = (await readQualification(learner, course, plus(deadline, 60_000)))!;
    expect(page.running).toBeNull();
    expect(page.lastFinished?.id).toBe(attemptId);
    expect(page.lastFinished?.passed).toBe(false);
    expect(page.lastFinished?.result.answered).toBe(2);
    expect(page.lastFinished?.result.items).toBe(40);
    expect(page.lastFinished?.result.metrics.overallScore).toBeCloseTo(2 / 40);
    expect(page.lastFinished?.result.categoryChecks).toHaveLength(7);
    expect(page.lastFinished?.result.categoryChecks?.every((check) => !check.passed)).toBe(true);
    expect(page.lastFinished?.submittedAt.getTime()).toBe(deadline.getTime());
    expect(page.lastFinished?.result.checks.find((check) => check.metric === "overallScore")).toMatchObject({ threshold: 0.7, passed: false });
    expect(page.certificate).toBeNull();
    expect(page.retakeAt?.getTime()).toBe(deadline.getTime() + 60 * 60_000);
  });

  it("refuses answers once handed in; finishing again is idempotent", async () => {
    expect(await codeOf(submitAttemptAnswer(learner, { attemptId, itemId: drawn[3]!.id, answers: goldAnswersOf(drawn[3]!) }, plus(startedAt, 60_000)))).toBe(
      "qualificationFinished",
    );
    const first = await finishAttempt(learner, { attemptId }, plus(deadline, 2 * 60_000));
    const again = await finishAttempt(learner, { attemptId }, plus(deadline, 3 * 60_000));
    expect(again).toEqual(first);
    expect(await codeOf(finishAttempt(classmate, { attemptId }))).toBe("notFound");
  });

  it("a retake waits for the cooldown, then all-gold answers pass; the certificate waits for course completion", async () => {
    expect(await codeOf(startAttempt(learner, { courseSlug: course }, plus(deadline, 30 * 60_000)))).toBe("qualificationCooldown");
    const retakeAt = plus(deadline, 61 * 60_000);
    const retake = await startAttempt(learner, { courseSlug: course }, retakeAt);
    expect(retake.resumed).toBe(false);
    for (const item of await drawnItems(retake.attemptId)) {
      expect(
        (await submitAttemptAnswer(learner, { attemptId: retake.attemptId, itemId: item.id, answers: goldAnswersOf(item) }, plus(retakeAt, 60_000))).ok,
      ).toBe(true);
    }
    const finished = await finishAttempt(learner, { attemptId: retake.attemptId }, plus(retakeAt, 10 * 60_000));
    expect(finished.passed).toBe(true);
    expect(finished.result.checks.every((check) => check.passed)).toBe(true);
    expect(finished.result.categoryChecks?.every((check) => check.passed && check.value === 1)).toBe(true);
    expect(await codeOf(startAttempt(learner, { courseSlug: course }, plus(retakeAt, 3 * 3600_000)))).toBe("qualificationAlreadyPassed");
    // ACTIVE enrollment in a RUNNING cohort, no lessons completed: not completed, no certificate.
    expect(await issueCertificate(learner, { courseSlug: course })).toBeNull();
    const db = await getDb();
    await db.enrollment.updateMany({ where: { userId: learner.id }, data: { status: "COMPLETED", completedAt: new Date() } });
    const page = (await readQualification(learner, course, plus(retakeAt, 3600_000)))!;
    expect(page.certificate?.code).toMatch(/^[A-Z2-7]{12}$/);
    expect(page.passedAt?.getTime()).toBe(plus(retakeAt, 10 * 60_000).getTime());
    const second = await issueCertificate(learner, { courseSlug: course });
    expect(second?.code).toBe(page.certificate?.code);
    expect(await db.certificate.count({ where: { userId: learner.id } })).toBe(1);
  }, 600_000);

  it("the public certificate shows only name, course, cohort and dates; unknown codes read as null", async () => {
    const db = await getDb();
    const { code } = await db.certificate.findFirstOrThrow({ where: { userId: learner.id }, select: { code: true } });
    const certificate = await readCertificate(code.toLowerCase());
    expect(certificate).not.toBeNull();
    expect(Object.keys(certificate!).sort()).toEqual([
      "code",
      "cohortNumber",
      "courseTitleEn",
      "courseTitleZh",
      "issuedAt",
      "learnerName",
      "qualificationPassedAt",
    ]);
    expect(certificate).toMatchObject({ code, learnerName: "qualifier0", courseTitleZh: "AI 训练师就业班", cohortNumber: pastCohortNumber });
    expect(JSON.stringify(certificate)).not.toContain(learner.id);
    expect(await readCertificate("AAAAAAAAAAAA")).toBeNull();
    expect(await readCertificate("../../etc")).toBeNull();
  });
});

describe("one running attempt at a time", () => {
  it("two simultaneous starts create one attempt", async () => {
    const [first, second] = await Promise.all([startAttempt(classmate, { courseSlug: course }), startAttempt(classmate, { courseSlug: course })]);
    expect(first.attemptId).toBe(second.attemptId);
    expect([first.resumed, second.resumed].sort()).toEqual([false, true]);
    const db = await getDb();
    expect(await db.qualificationAttempt.count({ where: { userId: classmate.id } })).toBe(1);
  });

  it("a completed learner who passes gets the certificate on finishing", async () => {
    const db = await getDb();
    const attempt = await db.qualificationAttempt.findFirstOrThrow({ where: { userId: classmate.id } });
    for (const item of await drawnItems(attempt.id))
      await submitAttemptAnswer(classmate, { attemptId: attempt.id, itemId: item.id, answers: goldAnswersOf(item) });
    expect((await finishAttempt(classmate, { attemptId: attempt.id })).passed).toBe(true);
    const certificate = await db.certificate.findUniqueOrThrow({ where: { userId_courseSlug: { userId: classmate.id, courseSlug: course } } });
    expect(certificate.attemptId).toBe(attempt.id);
    expect(certificate.cohortId).toBe(pastCohortId);
  }, 600_000);
});
