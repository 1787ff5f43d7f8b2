import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { lockCohort } from "../enrollment/seat-accounting";
import { AppError } from "../errors";
import { assertStaff } from "../access/staff-access";

/**
 * Staff mark learners as having completed the course: one enrollment, or every active enrollment
 * of a cohort. Sets status COMPLETED and completedAt = `now`, under the cohort's row lock (active
 * enrollments count as seats), with one enrollment.complete audit entry per enrollment, all in one
 * transaction. Idempotent: an enrollment already completed is left as it is; one that was
 * cancelled, refunded or transferred throws enrollmentNotActive. Staff and admins only.
 */
export async function completeEnrollments(
  actor: TSessionUser,
  target: { enrollmentId: string } | { cohortId: string },
  now: Date = new Date(),
): Promise<{ completed: number }> {
  assertStaff(actor);
  const db = await getDb();
  const cohortId =
    "cohortId" in target ? target.cohortId : (await db.enrollment.findUnique({ where: { id: target.enrollmentId }, select: { cohortId: true } }))?.cohortId;
  if (!cohortId) throw new AppError("notFound");
  return db.$transaction(async (tx) => {
    if (!(await lockCohort(tx, cohortId))) throw new AppError("cohortNotFound");
    const enrollments = await tx.enrollment.findMany({
      where: "cohortId" in target ? { cohortId, status: "ACTIVE" } : { id: target.enrollmentId },
      select: { id: true, status: true },
    });
    const single = enrollments.length === 1 && !("cohortId" in target) ? enrollments[0] : null;
    if (single && single.status === "COMPLETED") return { completed: 0 };
    if (single && single.status !== "ACTIVE") throw new AppError("enrollmentNotActive");
    for (const enrollment of enrollments) {
      await tx.enrollment.update({ where: { id: enrollment.id }, data: { status: "COMPLETED", completedAt: now } });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "enrollment.complete",
        entityType: "Enrollment",
        entityId: enrollment.id,
        before: { status: "ACTIVE" },
        after: { status: "COMPLETED", completedAt: now },
      });
    }
    return { completed: enrollments.length };
  }, lockingTransactionOptions);
}
