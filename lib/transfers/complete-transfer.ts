import "server-only";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { promoteWaitlist } from "../enrollment/promote-waitlist";
import { moveSeatAccount } from "../seat-accounts/move-seat-account";

/**
 * Called after an order was fulfilled: when the order paid a transfer's difference, the learner
 * now has their enrollment in the new cohort (the hold was converted), so the old enrollment
 * becomes TRANSFERRED, the seat's account moves to the new enrollment with the difference order
 * in its chain, and the transfer is COMPLETED; the old cohort's freed seat goes to its
 * waitlist. Idempotent.
 */
export async function completeTransferForOrder(orderId: string, now: Date = new Date()): Promise<boolean> {
  const db = await getDb();
  const transfer = await db.transfer.findUnique({
    where: { orderId },
    select: {
      id: true,
      status: true,
      userId: true,
      toCohortId: true,
      fromEnrollmentId: true,
      fromEnrollment: { select: { cohortId: true } },
      order: { select: { enrollmentId: true } },
      toCohort: { select: { listPriceFen: true } },
    },
  });
  if (!transfer || transfer.status !== "AWAITING_PAYMENT" || !transfer.order?.enrollmentId) return false;
  const toEnrollmentId = transfer.order.enrollmentId;
  const done = await db.$transaction(async (tx) => {
    const moved = await tx.transfer.updateMany({ where: { id: transfer.id, status: "AWAITING_PAYMENT" }, data: { status: "COMPLETED", toEnrollmentId } });
    if (moved.count === 0) return false;
    await tx.enrollment.updateMany({ where: { id: transfer.fromEnrollmentId, status: "ACTIVE" }, data: { status: "TRANSFERRED" } });
    await moveSeatAccount(tx, {
      fromEnrollmentId: transfer.fromEnrollmentId,
      toEnrollmentId,
      toCohortId: transfer.toCohortId,
      userId: transfer.userId,
      agreedPriceFen: transfer.toCohort.listPriceFen,
      differenceOrderId: orderId,
      now,
    });
    return true;
  }, lockingTransactionOptions);
  if (done) await promoteWaitlist(transfer.fromEnrollment.cohortId, now);
  return done;
}
