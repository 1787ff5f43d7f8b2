import "server-only";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { promoteWaitlist } from "../enrollment/promote-waitlist";

/**
 * Called after an order was fulfilled: when the order paid a transfer's difference, the learner
 * now has their enrollment in the new cohort (the hold was converted), so the old enrollment
 * becomes TRANSFERRED and the transfer COMPLETED; the old cohort's freed seat goes to its
 * waitlist. Idempotent.
 */
export async function completeTransferForOrder(orderId: string, now: Date = new Date()): Promise<boolean> {
  const db = await getDb();
  const transfer = await db.transfer.findUnique({ where: { orderId }, select: { id: true, status: true, fromEnrollmentId: true, fromEnrollment: { select: { cohortId: true } }, order: { select: { enrollmentId: true } } } });
  if (!transfer || transfer.status !== "AWAITING_PAYMENT" || !transfer.order?.enrollmentId) return false;
  const done = await db.$transaction(async (tx) => {
    const moved = await tx.transfer.updateMany({ where: { id: transfer.id, status: "AWAITING_PAYMENT" }, data: { status: "COMPLETED", toEnrollmentId: transfer.order!.enrollmentId } });
    if (moved.count === 0) return false;
    await tx.enrollment.updateMany({ where: { id: transfer.fromEnrollmentId, status: "ACTIVE" }, data: { status: "TRANSFERRED" } });
    return true;
  }, lockingTransactionOptions);
  if (done) await promoteWaitlist(transfer.fromEnrollment.cohortId, now);
  return done;
}
