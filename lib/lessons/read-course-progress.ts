import "server-only";
import { cache } from "react";
import type { TSessionUser } from "../auth/session";
import { loadCourseContent, type TLessonSummary } from "../content/load-course";
import { getDb } from "../db";
import type { TLessonAccess } from "../access/lesson-access";
import { readLessonAccess } from "./read-lesson-access";

export type TLessonRow = TLessonSummary & { access: TLessonAccess; completed: boolean; position: number };
export type TModuleProgress = { slug: string; title: string; titleEn: string; lessons: TLessonRow[]; completed: number; total: number };

/**
 * A course as the viewer sees it (cached per request: the page and its metadata share one read): modules in course order, each lesson with its access, whether
 * it is completed and where the viewer stopped; totals; the lesson to resume. Drafts appear only
 * for those who may see them.
 */
export const readCourseProgress = cache(readCourseProgressUncached);

async function readCourseProgressUncached(viewer: TSessionUser | null, courseSlug: string, now?: Date) {
  now ??= new Date();
  const course = await loadCourseContent(courseSlug);
  if (!course) return null;
  const access = await readLessonAccess(viewer, courseSlug, course.lessons, now);
  const db = await getDb();
  const progress = viewer
    ? await db.lessonProgress.findMany({
        where: { userId: viewer.id, courseSlug },
        select: { lessonSlug: true, completedAt: true, position: true, updatedAt: true },
      })
    : [];
  const byLesson = new Map(progress.map((row) => [row.lessonSlug, row]));
  const rows: TLessonRow[] = course.lessons
    .filter((lesson) => access.get(lesson.slug)?.kind !== "notFound")
    .map((lesson) => ({
      ...lesson,
      access: access.get(lesson.slug)!,
      completed: Boolean(byLesson.get(lesson.slug)?.completedAt),
      position: byLesson.get(lesson.slug)?.position ?? 0,
    }));
  const modules: TModuleProgress[] = course.meta.modules.map((module) => {
    const lessons = rows.filter((row) => row.module === module.slug).sort((a, b) => a.order - b.order);
    const counted = lessons.filter((lesson) => !lesson.draft);
    return { ...module, lessons, completed: counted.filter((l) => l.completed).length, total: counted.length };
  });
  const ordered = modules.flatMap((module) => module.lessons);
  const counted = ordered.filter((lesson) => !lesson.draft);
  const lastTouched = [...progress].filter((row) => !row.completedAt).sort((a, b) => b.updatedAt.getTime() - a.updatedAt.getTime())[0];
  const resume =
    ordered.find((lesson) => lesson.slug === lastTouched?.lessonSlug && lesson.access.kind === "open") ??
    ordered.find((lesson) => lesson.access.kind === "open" && !lesson.completed && !lesson.draft) ??
    null;
  return {
    course,
    modules,
    ordered,
    completed: counted.filter((lesson) => lesson.completed).length,
    total: counted.length,
    resume,
  };
}

export type TCourseProgress = NonNullable<Awaited<ReturnType<typeof readCourseProgressUncached>>>;
