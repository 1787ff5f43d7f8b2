import "server-only";
import { hasRole } from "../auth/roles";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";

/**
 * Exercises of a course are for its learners (an active or completed enrollment) and for
 * instructors, staff and admins. Returns the learner's current cohort (for the class
 * distribution) or null; throws forbidden for anyone else.
 */
export async function assertExerciseAccess(user: TSessionUser, courseSlug: string): Promise<{ cohortId: string | null }> {
  const db = await getDb();
  const enrollment = await db.enrollment.findFirst({
    where: { userId: user.id, status: { in: ["ACTIVE", "COMPLETED"] }, cohort: { course: { slug: courseSlug } } },
    orderBy: { createdAt: "desc" },
    select: { cohortId: true },
  });
  if (enrollment) return { cohortId: enrollment.cohortId };
  if (hasRole(user, ["INSTRUCTOR", "STAFF"])) return { cohortId: null };
  throw new AppError("forbidden");
}
