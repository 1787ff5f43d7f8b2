import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import { isStaff, visibleClassIds } from "./staff-access";

export type TExportScope = {
  cohort: { id: string; number: number; courseSlug: string };
  /** Instructors: the learners whose submissions they may export, sorted by id; empty when allLearners. */
  learnerIds: string[];
  /** Staff and admins: every learner who answered in the cohort (no filter by learner). */
  allLearners: boolean;
  /** Whether the caller asked for, and may have, names and emails instead of pseudonyms only. */
  withIdentities: boolean;
};

/**
 * Who may export which learners of a cohort: staff and admins every learner who answered in the
 * cohort (allLearners); an instructor the learners enrolled (in any status) in the classes of that cohort they
 * teach; anyone else — learners, coaches, instructors of other cohorts — nobody (forbidden).
 * Names and emails (`withIdentities`) are for staff and admins only; asking for them otherwise is
 * forbidden rather than silently ignored. Throws cohortNotFound for an unknown cohort. Read-only.
 */
export async function resolveExportScope(actor: TSessionUser, cohortId: string, options: { withIdentities: boolean }): Promise<TExportScope> {
  const staff = isStaff(actor);
  if (!staff && actor.role !== "INSTRUCTOR") throw new AppError("forbidden");
  if (options.withIdentities && !staff) throw new AppError("forbidden");
  const db = await getDb();
  const cohort = await db.cohort.findUnique({ where: { id: cohortId }, select: { id: true, number: true, course: { select: { slug: true } } } });
  if (!cohort) throw new AppError("cohortNotFound");
  let learnerIds: string[] = [];
  if (!staff) {
    const classIds = await visibleClassIds(actor, cohortId);
    if (classIds.length === 0) throw new AppError("forbidden");
    const enrollments = await db.enrollment.findMany({ where: { cohortId, classId: { in: classIds } }, select: { userId: true } });
    learnerIds = [...new Set(enrollments.map((enrollment) => enrollment.userId))].sort();
  }
  return {
    cohort: { id: cohort.id, number: cohort.number, courseSlug: cohort.course.slug },
    learnerIds,
    allLearners: staff,
    withIdentities: options.withIdentities,
  };
}

/** The practice submissions an export of this scope reads (qualification answers are an assessment, never exported). */
export function scopeSubmissionsWhere(scope: TExportScope) {
  return { cohortId: scope.cohort.id, attemptId: null, ...(scope.allLearners ? {} : { userId: { in: scope.learnerIds } }) };
}
