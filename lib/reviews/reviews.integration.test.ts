import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TSessionUser } from "../auth/session";
import { createCohort } from "../cohorts/create-cohort";
import { getDb } from "../db";
import { AppError } from "../errors";
import { goldAnswersOf } from "../labeling/gold-answers";
import { loadExerciseSet } from "../labeling/load-exercise-sets";
import { submitItem } from "../labeling/submit-item";
import { createTestUsers } from "../../test/support/fixtures";
import { useTestDatabase } from "../../test/support/test-database";
import { readMyReviews } from "./read-my-reviews";
import { readReviewItem } from "./read-review-item";
import { readReviewQueue } from "./read-review-queue";
import { reviewRubric } from "./review-rubric";
import { saveReview } from "./save-review";

let cleanup: () => Promise<void>;
const as = (id: string, role: TSessionUser["role"], locale: "zh" | "en" = "zh"): TSessionUser => ({ id, email: `${id}@x`, name: id, role, locale });
let teacherA: TSessionUser, teacherB: TSessionUser, idleTeacher: TSessionUser, staff: TSessionUser;
let learnerA: TSessionUser, classmateA: TSessionUser, learnerB: TSessionUser;
let classA: string;
const setId = "math-latex-solutions";
let itemId: string;
let rewriteText: string;

const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );
const scores = Object.fromEntries(reviewRubric.map((dimension) => [dimension.id, 4]));

/** Submits the first rewrite item of the math set as `learner`, with `text` as the rewrite. */
async function submitRewrite(learner: TSessionUser, text: string): Promise<string> {
  const set = (await loadExerciseSet("ai-trainer", setId))!;
  const item = set.items.find((candidate) => candidate.tasks.some((task) => task.type === "rewrite"))!;
  itemId = item.id;
  const answers = goldAnswersOf(item) as Record<string, unknown>;
  const task = item.tasks.find((candidate) => candidate.type === "rewrite")!;
  answers[task.id] = { text };
  const result = await submitItem(learner, { courseSlug: "ai-trainer", setId, itemId: item.id, answers });
  if (!result.ok) throw new Error(JSON.stringify(result.fieldErrors));
  return result.submissionId;
}

let submissionA: string, submissionClassmate: string, submissionB: string;

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
  const { id: cohortId } = await createCohort(db, {
    courseId: course.id,
    campusId: campus.id,
    number: 30_000 + Math.floor(Math.random() * 10_000),
    startDate: "2031-03-01",
    status: "OPEN",
    listPriceFen: 100,
  });
  const classes = await db.cohortClass.findMany({ where: { cohortId }, orderBy: { code: "asc" } });
  classA = classes[0]!.id;
  const ids = await createTestUsers(7, "review");
  [teacherA, teacherB, idleTeacher, staff, learnerA, classmateA, learnerB] = [
    as(ids[0]!, "INSTRUCTOR"),
    as(ids[1]!, "INSTRUCTOR"),
    as(ids[2]!, "INSTRUCTOR"),
    as(ids[3]!, "STAFF"),
    as(ids[4]!, "LEARNER", "en"),
    as(ids[5]!, "LEARNER"),
    as(ids[6]!, "LEARNER"),
  ];
  await db.user.update({ where: { id: learnerA.id }, data: { locale: "en" } });
  await db.cohortClass.update({ where: { id: classA }, data: { instructorId: teacherA.id } });
  await db.cohortClass.update({ where: { id: classes[1]!.id }, data: { instructorId: teacherB.id } });
  await db.enrollment.create({ data: { cohortId, userId: learnerA.id, classId: classA } });
  await db.enrollment.create({ data: { cohortId, userId: classmateA.id, classId: classA } });
  await db.enrollment.create({ data: { cohortId, userId: learnerB.id, classId: classes[1]!.id } });
  await submitRewrite(learnerA, "第一稿");
  rewriteText = "解：因为 $x \\ge 0$，两边平方得 $x^2 = 4$，所以 $x = 2$。";
  submissionA = await submitRewrite(learnerA, rewriteText);
  submissionClassmate = await submitRewrite(classmateA, "同学的改写");
  submissionB = await submitRewrite(learnerB, "B 班的改写");
});
afterAll(() => cleanup());

describe("readReviewQueue", () => {
  it("an instructor sees the latest rewrite of each learner in the classes they teach only", async () => {
    const queue = await readReviewQueue(teacherA, { status: "ALL" });
    const mine = queue.entries.map((entry) => entry.submissionId);
    expect(mine).toContain(submissionA);
    expect(mine).toContain(submissionClassmate);
    expect(mine).not.toContain(submissionB);
    expect(queue.entries.filter((entry) => entry.learner.id === learnerA.id)).toHaveLength(1);
    expect(queue.entries.every((entry) => entry.class.id === classA && entry.setId === setId && entry.itemIndex > 0)).toBe(true);
    expect(queue.counts).toEqual({ pending: 2, reviewed: 0 });
  });

  it("another instructor sees none of them, staff see every class, a learner is forbidden", async () => {
    expect((await readReviewQueue(idleTeacher)).entries).toEqual([]);
    expect((await readReviewQueue(teacherB)).entries.map((entry) => entry.submissionId)).toEqual([submissionB]);
    const all = (await readReviewQueue(staff, { status: "ALL" })).entries.map((entry) => entry.submissionId);
    expect(all).toEqual(expect.arrayContaining([submissionA, submissionClassmate, submissionB]));
    expect((await readReviewQueue(staff, { classId: classA })).entries.map((entry) => entry.submissionId).sort()).toEqual(
      [submissionA, submissionClassmate].sort(),
    );
    expect(await codeOf(readReviewQueue(learnerA))).toBe("forbidden");
    expect(await codeOf(readReviewItem(teacherB, submissionA))).toBe("notFound");
    expect(await codeOf(readReviewItem(learnerB, submissionA))).toBe("forbidden");
  });

  it("reads one submission with the original, the learner's rewrite, the gold and the rubric", async () => {
    const item = await readReviewItem(teacherA, submissionA);
    expect(item.rewrite.text).toBe(rewriteText);
    expect(item.rewrite.original.length).toBeGreaterThan(0);
    expect(item.rewrite.gold.length).toBeGreaterThan(0);
    expect(item.rubric.map((dimension) => dimension.id)).toEqual(["accuracy", "completeness", "guidelines", "clarity"]);
    expect(item.superseded).toBe(false);
    expect(item.review).toBeNull();
  });
});

describe("saveReview", () => {
  it("refuses a bad score, an anchor outside the text and a quote that does not match, storing nothing", async () => {
    const result = await saveReview(teacherA, {
      submissionId: submissionA,
      review: {
        scores: { ...scores, accuracy: 9 },
        verdict: "REVISE",
        comment: "x",
        anchors: [
          { start: 0, end: rewriteText.length + 5, quote: "解", body: "?" },
          { start: 0, end: 2, quote: "答：", body: "?" },
        ],
      },
    });
    expect(result).toEqual({ ok: false, fieldErrors: { "score.accuracy": "scoreOutOfRange", "anchors.0": "anchorOutOfRange", "anchors.1": "quoteMismatch" } });
    const db = await getDb();
    expect(await db.submissionReview.count({ where: { submissionId: submissionA } })).toBe(0);
    expect((await db.exerciseSubmission.findUniqueOrThrow({ where: { id: submissionA } })).reviewStatus).toBe("PENDING");
    expect(await codeOf(saveReview(teacherB, { submissionId: submissionA, review: { scores, verdict: "ACCEPTED" } }))).toBe("notFound");
    expect(await codeOf(saveReview(learnerA, { submissionId: submissionA, review: { scores, verdict: "ACCEPTED" } }))).toBe("forbidden");
  });

  it("saves one review with anchored comments, marks the submission reviewed and emails the learner in their language", async () => {
    const quote = "$x^2 = 4$";
    const start = rewriteText.indexOf(quote);
    const review = { scores, verdict: "REVISE", comment: "漏了负根的讨论。", anchors: [{ start, end: start + quote.length, quote, body: "这里还有 x = -2" }] };
    const first = await saveReview(teacherA, { submissionId: submissionA, review });
    expect(first.ok && first.changed).toBe(true);
    const db = await getDb();
    const stored = await db.submissionReview.findUniqueOrThrow({ where: { submissionId: submissionA }, include: { comments: true } });
    expect(stored.verdict).toBe("REVISE");
    expect(stored.reviewerId).toBe(teacherA.id);
    expect(stored.comments.map((c) => [c.anchorStart, c.anchorEnd, c.quote])).toEqual([[start, start + quote.length, quote]]);
    expect((await db.exerciseSubmission.findUniqueOrThrow({ where: { id: submissionA } })).reviewStatus).toBe("REVIEWED");
    const email = (await db.user.findUniqueOrThrow({ where: { id: learnerA.id } })).email;
    const sent = await db.mailMessage.findMany({ where: { to: email } });
    expect(sent).toHaveLength(1);
    expect(sent[0]!.subject).toContain("Your rewrite was reviewed");
    expect(sent[0]!.text).toContain(`/learn/courses/ai-trainer/practice/${setId}?item=`);
    expect(sent[0]!.text).toContain("Needs revision");

    const again = await saveReview(teacherA, { submissionId: submissionA, review });
    expect(again).toEqual({ ok: true, reviewId: stored.id, changed: false });
    expect(await db.mailMessage.count({ where: { to: email } })).toBe(1);

    const updated = await saveReview(staff, { submissionId: submissionA, review: { ...review, verdict: "ACCEPTED", anchors: [] } });
    expect(updated.ok && updated.changed).toBe(true);
    expect(await db.submissionReview.count({ where: { submissionId: submissionA } })).toBe(1);
    expect(await db.reviewComment.count({ where: { reviewId: stored.id } })).toBe(0);
    expect(await db.mailMessage.count({ where: { to: email } })).toBe(2);
    const queue = await readReviewQueue(teacherA, { status: "PENDING" });
    expect(queue.entries.map((entry) => entry.submissionId)).toEqual([submissionClassmate]);
    expect(queue.counts).toEqual({ pending: 1, reviewed: 1 });
    await saveReview(teacherA, { submissionId: submissionA, review });
  });

  it("the learner reads their own review, never another learner's", async () => {
    const mine = await readMyReviews(learnerA, { courseSlug: "ai-trainer", setId, itemId });
    expect(mine).toHaveLength(1);
    expect(mine[0]!.submissionId).toBe(submissionA);
    expect(mine[0]!.rewriteText).toBe(rewriteText);
    expect(mine[0]!.review.comments.map((c) => c.body)).toEqual(["这里还有 x = -2"]);
    expect(mine[0]!.review.scores).toEqual(scores);
    expect(await readMyReviews(classmateA, { courseSlug: "ai-trainer" })).toEqual([]);
    expect(await readMyReviews(learnerB, { courseSlug: "ai-trainer", setId, itemId })).toEqual([]);
  });
});
