import "server-only";
import type { TSessionUser } from "../auth/session";
import type { TLessonSummary } from "../content/load-course";
import { getDb } from "../db";
import { decideLessonAccess, type TEnrolledCohort, type TLessonAccess } from "../access/lesson-access";

/**
 * The viewer's cohorts of the course (active or completed enrollments) with their session start
 * times, in one query (Prisma's nested select took three: enrollments, cohorts, sessions). It runs
 * on every lesson request's state call. Times as epoch milliseconds: Prisma keeps DateTime as UTC
 * in a timestamp column, which extract(epoch …) reads as UTC.
 */
export async function readEnrolledCohorts(userId: string, courseSlug: string): Promise<TEnrolledCohort[]> {
  const db = await getDb();
  const rows = await db.$queryRaw<{ cohortId: string; index: number | null; startsAtMs: number | null }[]>`
    SELECT e."cohortId", s."index", (extract(epoch FROM s."startsAt") * 1000)::float8 AS "startsAtMs"
    FROM "Enrollment" e
    JOIN "Cohort" c ON c."id" = e."cohortId"
    JOIN "Course" course ON course."id" = c."courseId"
    LEFT JOIN "CohortSession" s ON s."cohortId" = e."cohortId"
    WHERE e."userId" = ${userId} AND e."status"::text IN ('ACTIVE', 'COMPLETED') AND course."slug" = ${courseSlug}
    ORDER BY e."cohortId", s."index"`;
  const cohorts = new Map<string, Map<number, Date>>();
  for (const row of rows) {
    const starts = cohorts.get(row.cohortId) ?? new Map<number, Date>();
    cohorts.set(row.cohortId, starts);
    if (row.index !== null && row.startsAtMs !== null) starts.set(Number(row.index), new Date(Number(row.startsAtMs)));
  }
  return [...cohorts].map(([cohortId, sessionStarts]) => ({ cohortId, sessionStarts }));
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
