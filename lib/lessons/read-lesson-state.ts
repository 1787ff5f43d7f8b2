import "server-only";
import type { TSessionUser } from "../auth/session";
import { readCourseProgress } from "./read-course-progress";

export type TLessonState = {
  /** Whether the viewer may read this lesson now (open, not a draft). */
  readable: boolean;
  completed: boolean;
  /** Where the viewer stopped reading, 0–1000. */
  position: number;
  /** The course's lessons the viewer may read now and that have a prerendered page: what a grant may name. */
  grantable: string[];
};

/**
 * One reader's state of one lesson, read from the database: the session's user, the enrollment and
 * drip dates (through the one access rule, readCourseProgress → decideLessonAccess) and progress.
 * Drafts are never grantable: they have no prerendered page (instructors read them per request).
 */
export async function readLessonState(viewer: TSessionUser, courseSlug: string, lessonSlug: string, now?: Date): Promise<TLessonState | null> {
  const progress = await readCourseProgress(viewer, courseSlug, now);
  if (!progress) return null;
  const row = progress.ordered.find((lesson) => lesson.slug === lessonSlug);
  const isReadable = (lesson: (typeof progress.ordered)[number]) => lesson.access.kind === "open" && !lesson.draft;
  return {
    readable: Boolean(row && isReadable(row)),
    completed: row?.completed ?? false,
    position: row?.position ?? 0,
    grantable: progress.ordered.filter(isReadable).map((lesson) => lesson.slug),
  };
}
