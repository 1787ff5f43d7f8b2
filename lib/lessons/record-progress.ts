import "server-only";
import type { TSessionUser } from "../auth/session";
import { loadCourseContent } from "../content/load-course";
import { getDb } from "../db";
import { AppError } from "../errors";
import { readLessonAccess } from "./read-lesson-access";

async function assertCanRead(user: TSessionUser, courseSlug: string, lessonSlug: string, now: Date): Promise<void> {
  const course = await loadCourseContent(courseSlug);
  const lesson = course?.lessons.find((item) => item.slug === lessonSlug);
  if (!course || !lesson) throw new AppError("notFound");
  const access = (await readLessonAccess(user, courseSlug, [lesson], now)).get(lessonSlug);
  if (access?.kind !== "open") throw new AppError("forbidden");
}

/**
 * Records how far the learner has read (0–1000 ‰) so the lesson reopens there. Only for a lesson
 * the caller may read now; scoped to the caller's own progress row. Idempotent.
 */
export async function saveLessonPosition(user: TSessionUser, courseSlug: string, lessonSlug: string, position: number, now: Date = new Date()): Promise<void> {
  await assertCanRead(user, courseSlug, lessonSlug, now);
  const clamped = Math.max(0, Math.min(1000, Math.round(position)));
  const db = await getDb();
  await db.lessonProgress.upsert({
    where: { userId_courseSlug_lessonSlug: { userId: user.id, courseSlug, lessonSlug } },
    create: { userId: user.id, courseSlug, lessonSlug, position: clamped },
    update: { position: clamped },
  });
}

/** Marks a lesson the caller may read as completed (the first completion time is kept). */
export async function completeLesson(user: TSessionUser, courseSlug: string, lessonSlug: string, now: Date = new Date()): Promise<void> {
  await assertCanRead(user, courseSlug, lessonSlug, now);
  const db = await getDb();
  await db.lessonProgress.upsert({
    where: { userId_courseSlug_lessonSlug: { userId: user.id, courseSlug, lessonSlug } },
    create: { userId: user.id, courseSlug, lessonSlug, completedAt: now },
    update: {},
  });
  await db.lessonProgress.updateMany({
    where: { userId: user.id, courseSlug, lessonSlug, completedAt: null },
    data: { completedAt: now },
  });
}
