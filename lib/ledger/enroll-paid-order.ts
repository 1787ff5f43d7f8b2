import "server-only";
import type { TSessionUser } from "../auth/session";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { lockingTransactionOptions, type TTransaction } from "../db/transaction";
import { convertHoldToEnrollment } from "../enrollment/convert-hold";
import { lockCohort } from "../enrollment/seat-accounting";
import { enrollInSmallerClass, freeSeats } from "../enrollment/seat-rule";
import { AppError } from "../errors";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { queueOrderMail } from "../orders/queue-order-mail";
import { openSeatAccount } from "../seat-accounts/open-seat-account";
import { assertStaff } from "../access/staff-access";
import { toPaidOrderFacts } from "./anomaly-facts";
import { isPaidWithoutEnrollment } from "./anomaly-rules";
import { lockOrderFacts } from "./lock-order";
import type { TFixOutcome } from "./refund-unfulfilled-order";

/** A new enrollment for a learner whose hold was already used: only a free seat, in the class with fewer learners. */
async function enrollWithoutHold(tx: TTransaction, cohortId: string, userId: string, now: Date): Promise<{ enrollmentId: string; classId: string }> {
  const cohort = await lockCohort(tx, cohortId);
  if (!cohort) throw new AppError("cohortNotFound");
  if (cohort.status === "CANCELLED") throw new AppError("cohortCancelled");
  const existing = await tx.enrollment.findFirst({ where: { cohortId, userId, status: "ACTIVE" }, select: { id: true } });
  if (existing) throw new AppError("alreadyEnrolled");
  if ((await freeSeats(tx, cohort, now, { waitlistFirst: true })) <= 0) throw new AppError("seatsGone");
  return enrollInSmallerClass(tx, { cohortId, userId }, "seatsGone");
}

/**
 * Gives a paid order without a seat its seat: converts the order's hold when it was never used,
 * otherwise enrolls the learner directly; either way under the cohort's lock, only while a seat
 * is free (capacity, live holds and the waitlist counted) and in the class with fewer learners.
 * Throws seatsGone / alreadyEnrolled / cohortCancelled when it cannot (refund instead).
 * Re-checks the anomaly under the order's lock: a second call changes nothing. Audited; the
 * learner gets the usual enrollment mail, queued in the same transaction.
 * Staff and admins only (checked here).
 */
export async function enrollPaidOrder(actor: TSessionUser, orderId: string, now: Date = new Date()): Promise<TFixOutcome> {
  assertStaff(actor);
  const db = await getDb();
  const result = await db.$transaction(async (tx): Promise<TFixOutcome | { outcome: "fixed"; mailId: string }> => {
    const order = await lockOrderFacts(tx, orderId);
    if (!isPaidWithoutEnrollment(toPaidOrderFacts(order))) return "alreadyFixed";
    if (order.transfer) throw new AppError("ledgerFixUnavailable");
    const hold = await tx.seatHold.findUnique({ where: { id: order.holdId }, select: { id: true, enrollment: { select: { id: true } } } });
    const enrolled =
      hold && !hold.enrollment ? await convertHoldToEnrollment(hold.id, now, tx) : await enrollWithoutHold(tx, order.cohortId, order.userId, now);
    await tx.order.update({ where: { id: order.id }, data: { enrollmentId: enrolled.enrollmentId, noSeatRefundAt: null } });
    await openSeatAccount(tx, {
      userId: order.userId,
      cohortId: order.cohortId,
      enrollmentId: enrolled.enrollmentId,
      orderId: order.id,
      agreedPriceFen: order.amountFen,
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "ledger.enrollPaid",
      entityType: "Order",
      entityId: order.id,
      before: { enrollmentId: order.enrollmentId, enrollmentStatus: order.enrollment?.status ?? null },
      after: { enrollmentId: enrolled.enrollmentId, classId: enrolled.classId },
    });
    return {
      outcome: "fixed" as const,
      mailId: await queueOrderMail(tx, order.id, "enrolled", { dedupeKey: `ledger.enrollPaid:${order.id}:${enrolled.enrollmentId}` }),
    };
  }, lockingTransactionOptions);
  if (typeof result === "string") return result;
  await deliverQueuedMails([result.mailId]);
  return result.outcome;
}
