import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { readCohortAsEnrolled } from "./read-lesson-access";
import type { TEnrolledCohort } from "../access/lesson-access";

export type TPreviewContext = { kind: "staff" } | { kind: "asLearner"; number: number; at: Date; cohort: TEnrolledCohort };

/**
 * Parses an instructor's "preview as a learner of cohort X on date D" request (date as YYYY-MM-DD,
 * taken at 23:59 Beijing time, so sessions that day count as started). Falls back to the plain
 * instructor view for missing or invalid values.
 */
export async function readPreviewContext(courseSlug: string, cohort: string | undefined, date: string | undefined): Promise<TPreviewContext> {
  if (!cohort || !/^\d{1,6}$/.test(cohort) || !date || !/^\d{4}-\d{2}-\d{2}$/.test(date)) return { kind: "staff" };
  const at = new Date(`${date}T23:59:00+08:00`);
  if (Number.isNaN(at.getTime())) return { kind: "staff" };
  const enrolled = await readCohortAsEnrolled(courseSlug, Number(cohort));
  return enrolled ? { kind: "asLearner", number: Number(cohort), at, cohort: enrolled } : { kind: "staff" };
}

/** Cohort numbers of a course for the preview picker (instructors, staff and admins only call this). */
export async function readCohortNumbers(_viewer: TSessionUser, courseSlug: string): Promise<number[]> {
  const db = await getDb();
  const cohorts = await db.cohort.findMany({ where: { course: { slug: courseSlug } }, orderBy: { number: "asc" }, select: { number: true } });
  return cohorts.map((cohort) => cohort.number);
}
