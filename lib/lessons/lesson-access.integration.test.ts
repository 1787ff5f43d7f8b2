import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { TSessionUser } from "../auth/session";
import { createCohort } from "../cohorts/create-cohort";
import { getDb } from "../db";
import { AppError } from "../errors";
import { createTestUsers } from "../../test/support/fixtures";
import { useTestDatabase } from "../../test/support/test-database";
import { readCourseProgress } from "./read-course-progress";
import { readEnrolledCohorts } from "./read-lesson-access";
import { readLessonState } from "./read-lesson-state";
import { completeLesson, saveLessonPosition } from "./record-progress";

let cleanup: () => Promise<void>;
let cohortStart: Date;
let schedule: { cohortId: string; sessionStarts: Map<number, Date> };
let learner: TSessionUser;
let outsider: TSessionUser;
let instructor: TSessionUser;

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
  const number = 900 + Math.floor(Math.random() * 9000);
  const { id: cohortId } = await createCohort(db, {
    courseId: course.id,
    campusId: campus.id,
    number,
    startDate: "2031-03-01",
    status: "OPEN",
    listPriceFen: 100,
  });
  const sessions = await db.cohortSession.findMany({ where: { cohortId }, orderBy: { index: "asc" } });
  cohortStart = sessions[0]!.startsAt;
  schedule = { cohortId, sessionStarts: new Map(sessions.map((session) => [session.index, session.startsAt])) };
  const [learnerId, outsiderId, instructorId] = await createTestUsers(3, "lesson");
  await db.user.update({ where: { id: instructorId! }, data: { role: "INSTRUCTOR" } });
  const classId = (await db.cohortClass.findFirstOrThrow({ where: { cohortId } })).id;
  await db.enrollment.create({ data: { cohortId, userId: learnerId!, classId } });
  const user = (id: string, role: TSessionUser["role"]): TSessionUser => ({ id, email: `${id}@x`, name: id, role, locale: "zh" });
  learner = user(learnerId!, "LEARNER");
  outsider = user(outsiderId!, "LEARNER");
  instructor = user(instructorId!, "INSTRUCTOR");
});
afterAll(() => cleanup());

const accessOf = async (viewer: TSessionUser | null, slug: string, now: Date) =>
  (await readCourseProgress(viewer, "ai-trainer", now))!.ordered.find((lesson) => lesson.slug === slug)?.access.kind ?? "hidden";
const codeOf = (promise: Promise<unknown>) =>
  promise.then(
    () => "ok",
    (error: unknown) => (error instanceof AppError ? error.code : String(error)),
  );

describe("lesson access", () => {
  it("not enrolled: only free-preview lessons open", async () => {
    const now = new Date(cohortStart.getTime() + 60 * 86_400_000);
    expect(await accessOf(outsider, "01-what-an-ai-trainer-does", now)).toBe("open");
    expect(await accessOf(outsider, "03-scoring-correctness-and-comprehensiveness", now)).toBe("notEnrolled");
    expect(await accessOf(null, "03-scoring-correctness-and-comprehensiveness", now)).toBe("signIn");
  });

  it("reads an enrolled learner's cohorts with every session's start to the millisecond; none for others or other courses", async () => {
    expect(await readEnrolledCohorts(learner.id, "ai-trainer")).toEqual([schedule]);
    expect(schedule.sessionStarts.size).toBe(10);
    expect(await readEnrolledCohorts(outsider.id, "ai-trainer")).toEqual([]);
    expect(await readEnrolledCohorts(learner.id, "no-such-course")).toEqual([]);
  });

  it("enrolled: lessons unlock with the cohort's sessions", async () => {
    const beforeStart = new Date(cohortStart.getTime() - 60_000);
    expect(await accessOf(learner, "02-reading-rule-documents", beforeStart)).toBe("locked");
    expect(await accessOf(learner, "02-reading-rule-documents", cohortStart)).toBe("open");
    expect(await accessOf(learner, "17-interview-and-trial-task", cohortStart)).toBe("locked");
    const progress = await readCourseProgress(learner, "ai-trainer", cohortStart);
    const late = progress!.ordered.find((lesson) => lesson.slug === "17-interview-and-trial-task")!;
    expect(late.access.kind === "locked" && late.access.unlocksAt! > cohortStart).toBe(true);
  });

  it("drafts are hidden from learners and open to instructors", async () => {
    const now = new Date(cohortStart.getTime() + 60 * 86_400_000);
    expect(await accessOf(learner, "00-authoring-guide", now)).toBe("hidden");
    expect(await accessOf(instructor, "00-authoring-guide", new Date(0))).toBe("open");
    expect(await accessOf(instructor, "17-interview-and-trial-task", new Date(0))).toBe("open");
  });
});

describe("progress", () => {
  it("records completion and position only for lessons the learner may read", async () => {
    expect(await codeOf(completeLesson(learner, "ai-trainer", "17-interview-and-trial-task", cohortStart))).toBe("forbidden");
    expect(await codeOf(completeLesson(outsider, "ai-trainer", "02-reading-rule-documents", cohortStart))).toBe("forbidden");
    expect(await codeOf(completeLesson(learner, "ai-trainer", "no-such-lesson", cohortStart))).toBe("notFound");
    await saveLessonPosition(learner, "ai-trainer", "02-reading-rule-documents", 420, cohortStart);
    await completeLesson(learner, "ai-trainer", "01-what-an-ai-trainer-does", cohortStart);
    await completeLesson(learner, "ai-trainer", "01-what-an-ai-trainer-does", cohortStart);
    const progress = (await readCourseProgress(learner, "ai-trainer", cohortStart))!;
    expect(progress.completed).toBe(1);
    expect(progress.modules.find((module) => module.slug === "foundations")?.completed).toBe(1);
    expect(progress.resume?.slug).toBe("02-reading-rule-documents");
    expect(progress.resume?.position).toBe(420);
  });
});

describe("a reader's lesson state (what a grant may name)", () => {
  it("grants exactly the lessons readable now, never drafts, and says when this one is not readable", async () => {
    const state = (await readLessonState(learner, "ai-trainer", "02-reading-rule-documents", cohortStart))!;
    expect(state.readable).toBe(true);
    expect(state.grantable).toContain("02-reading-rule-documents");
    expect(state.grantable).toContain("01-what-an-ai-trainer-does");
    expect(state.grantable).not.toContain("17-interview-and-trial-task");
    const before = (await readLessonState(learner, "ai-trainer", "02-reading-rule-documents", new Date(cohortStart.getTime() - 60_000)))!;
    expect(before.readable).toBe(false);
    expect(before.grantable).not.toContain("02-reading-rule-documents");
    expect((await readLessonState(outsider, "ai-trainer", "02-reading-rule-documents", cohortStart))!.readable).toBe(false);
    const staff = (await readLessonState(instructor, "ai-trainer", "00-authoring-guide", new Date(0)))!;
    expect(staff.readable).toBe(false);
    expect(staff.grantable).not.toContain("00-authoring-guide");
    expect(staff.grantable).toContain("17-interview-and-trial-task");
    expect(await readLessonState(learner, "no-such-course", "02-reading-rule-documents", cohortStart)).toBeNull();
  });
});
