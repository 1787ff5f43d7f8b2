import "server-only";
import type { TSessionUser } from "../auth/session";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { promoteWaitlist } from "../enrollment/promote-waitlist";
import { lockCohort } from "../enrollment/seat-accounting";
import { AppError } from "../errors";
import { assertStaff } from "../access/staff-access";
import { enrollmentFactsSelect, toEnrollmentFacts } from "./anomaly-facts";
import { isEnrollmentWithoutPayment } from "./anomaly-rules";
import type { TFixOutcome } from "./refund-unfulfilled-order";

/**
 * Ends (CANCELLED) an active enrollment that has no payment and offers the freed seat to the
 * waitlist — what endEnrollment does, with the re-check and the audit entry in the same
 * transaction under the cohort's lock, so two staff at once end it (and record it) once.
 * Staff and admins only (checked here).
 */
export async function endUnpaidEnrollment(actor: TSessionUser, enrollmentId: string, now: Date = new Date()): Promise<TFixOutcome> {
  assertStaff(actor);
  const db = await getDb();
  const found = await db.enrollment.findUnique({ where: { id: enrollmentId }, select: { cohortId: true } });
  if (!found) throw new AppError("notFound");
  const outcome = await db.$transaction(async (tx): Promise<TFixOutcome> => {
    await lockCohort(tx, found.cohortId);
    const enrollment = await tx.enrollment.findUniqueOrThrow({ where: { id: enrollmentId }, select: enrollmentFactsSelect });
    if (!isEnrollmentWithoutPayment(toEnrollmentFacts(enrollment))) return "alreadyFixed";
    await tx.enrollment.update({ where: { id: enrollmentId }, data: { status: "CANCELLED" } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "ledger.endUnpaidEnrollment",
      entityType: "Enrollment",
      entityId: enrollmentId,
      before: {
        status: enrollment.status,
        classCode: enrollment.class.code,
        orderId: enrollment.order?.id ?? null,
        orderStatus: enrollment.order?.status ?? null,
      },
      after: { status: "CANCELLED" },
    });
    return "fixed";
  }, lockingTransactionOptions);
  if (outcome === "fixed") await promoteWaitlist(found.cohortId, now);
  return outcome;
}
