import "server-only";
import type { TSessionUser } from "../auth/session";
import type { TLessonSummary } from "../content/load-course";
import { getDb } from "../db";
import { decideLessonAccess, type TEnrolledCohort, type TLessonAccess } from "../access/lesson-access";

/** The viewer's cohorts of the course (active or completed enrollments) with their session start times. */
export async function readEnrolledCohorts(userId: string, courseSlug: string): Promise<TEnrolledCohort[]> {
  const db = await getDb();
  const enrollments = await db.enrollment.findMany({
    where: { userId, status: { in: ["ACTIVE", "COMPLETED"] }, cohort: { course: { slug: courseSlug } } },
    select: { cohortId: true, cohort: { select: { sessions: { select: { index: true, startsAt: true } } } } },
  });
  return enrollments.map((enrollment) => ({
    cohortId: enrollment.cohortId,
    sessionStarts: new Map(enrollment.cohort.sessions.map((session) => [session.index, session.startsAt])),
  }));
}

/** A cohort's schedule as one learner of it would have it (for instructors' "preview as" view). */
export async function readCohortAsEnrolled(courseSlug: string, cohortNumber: number): Promise<TEnrolledCohort | null> {
  const db = await getDb();
  const cohort = await db.cohort.findFirst({
    where: { number: cohortNumber, course: { slug: courseSlug } },
    select: { id: true, sessions: { select: { index: true, startsAt: true } } },
  });
  return cohort ? { cohortId: cohort.id, sessionStarts: new Map(cohort.sessions.map((s) => [s.index, s.startsAt])) } : null;
}

/** Access of the signed-in (or anonymous) viewer to every lesson of a course, decided at `now`. */
export async function readLessonAccess(
  viewer: TSessionUser | null,
  courseSlug: string,
  lessons: readonly TLessonSummary[],
  now: Date = new Date(),
): Promise<Map<string, TLessonAccess>> {
  const cohorts = viewer ? await readEnrolledCohorts(viewer.id, courseSlug) : [];
  return new Map(lessons.map((lesson) => [lesson.slug, decideLessonAccess(lesson, viewer, cohorts, now)]));
}
