import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import { isStaff } from "./staff-access";

/** A class whose learners' rewrites the caller may review. */
export type TReviewClass = { id: string; code: string; cohortId: string; cohortNumber: number };

export type TReviewScope = {
  classes: TReviewClass[];
  /** `${learnerId}:${cohortId}` → the learner's class in that cohort (active or completed enrollments only). */
  classOfLearner: Map<string, TReviewClass>;
};

export const learnerCohortKey = (userId: string, cohortId: string | null) => `${userId}:${cohortId ?? ""}`;

/**
 * Who the caller may review: staff and admins every class, an instructor the classes they teach,
 * anyone else nothing (forbidden). A submission is reviewable when its author was, in the
 * submission's cohort, a learner of one of these classes — so staff's own practice never shows.
 */
export async function readReviewScope(actor: TSessionUser): Promise<TReviewScope> {
  if (!isStaff(actor) && actor.role !== "INSTRUCTOR") throw new AppError("forbidden");
  const db = await getDb();
  const rows = await db.cohortClass.findMany({
    where: isStaff(actor) ? {} : { instructorId: actor.id },
    orderBy: [{ cohort: { number: "desc" } }, { code: "asc" }],
    select: { id: true, code: true, cohortId: true, cohort: { select: { number: true } } },
  });
  const classes = rows.map((row) => ({ id: row.id, code: row.code, cohortId: row.cohortId, cohortNumber: row.cohort.number }));
  const byId = new Map(classes.map((cohortClass) => [cohortClass.id, cohortClass]));
  const enrollments = await db.enrollment.findMany({
    where: { classId: { in: classes.map((cohortClass) => cohortClass.id) }, status: { in: ["ACTIVE", "COMPLETED"] } },
    select: { userId: true, cohortId: true, classId: true },
  });
  const classOfLearner = new Map(enrollments.map((row) => [learnerCohortKey(row.userId, row.cohortId), byId.get(row.classId)!]));
  return { classes, classOfLearner };
}
