import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions, type TTransaction } from "../db/transaction";
import { promoteWaitlist } from "../enrollment/promote-waitlist";
import { lockCohort } from "../enrollment/seat-accounting";
import { enrollInSmallerClass, freeSeats } from "../enrollment/seat-rule";
import { AppError } from "../errors";
import { openRequestStatuses } from "../refunds/request-refund";
import { moveSeatAccount } from "../seat-accounts/move-seat-account";
import { readSeatAccount } from "../seat-accounts/read-seat-account";
import { seatMoney } from "../seat-accounts/seat-money";
import { assertStaff } from "../access/staff-access";
import { payTransferDifference } from "./pay-transfer-difference";
import { refundTransferDifference } from "./refund-transfer-difference";

/** A transfer waiting for the learner to pay the difference keeps their seat in the new cohort this long (Stripe Checkout lasts at most 24 h). */
export const transferHoldHours = 23;

/**
 * Creates the enrollment in the new cohort (class with fewer learners), marks the old one
 * TRANSFERRED and moves the seat's account with it, at the new cohort's price.
 */
export async function moveEnrollment(
  tx: TTransaction,
  input: { fromEnrollmentId: string; toCohortId: string; userId: string; agreedPriceFen: number; now: Date },
): Promise<string> {
  const enrollment = { id: (await enrollInSmallerClass(tx, { cohortId: input.toCohortId, userId: input.userId }, "cohortFull")).enrollmentId };
  await tx.enrollment.update({ where: { id: input.fromEnrollmentId }, data: { status: "TRANSFERRED" } });
  await moveSeatAccount(tx, {
    fromEnrollmentId: input.fromEnrollmentId,
    toEnrollmentId: enrollment.id,
    toCohortId: input.toCohortId,
    userId: input.userId,
    agreedPriceFen: input.agreedPriceFen,
    differenceOrderId: null,
    now: input.now,
  });
  return enrollment.id;
}

/**
 * Staff move a paying learner to another cohort. The difference between the new cohort's list
 * price and what the learner paid (net of refunds) decides: the new price is not higher → moved
 * at once and any excess refunded through Stripe (idempotency key per transfer); higher → a seat
 * is held in the new cohort and the learner pays the difference through Checkout (emailed link);
 * the move happens when that payment is confirmed. Both cohorts are locked (in a fixed order),
 * so capacity holds; staff may move a learner into a cohort whose waitlist is not empty. Audited.
 */
export async function transferLearner(
  actor: TSessionUser,
  input: { enrollmentId: string; toCohortId: string; now?: Date },
): Promise<{ transferId: string; differenceFen: number; status: "COMPLETED" | "AWAITING_PAYMENT" }> {
  assertStaff(actor);
  const now = input.now ?? new Date();
  const db = await getDb();
  const from = await db.enrollment.findUnique({
    where: { id: input.enrollmentId },
    select: {
      id: true,
      status: true,
      userId: true,
      cohortId: true,
      account: { select: { id: true } },
      order: { select: { amountFen: true, refundedFen: true, status: true } },
      transferOut: { select: { id: true, status: true, hold: { select: { status: true, expiresAt: true } } } },
    },
  });
  if (!from || from.status !== "ACTIVE") throw new AppError("enrollmentNotActive");
  if (from.cohortId === input.toCohortId) throw new AppError("transferSameCohort");
  // A transfer still waiting for its payment (seat held) blocks another; one whose hold lapsed is replaced.
  const previous = from.transferOut;
  if (previous?.status === "AWAITING_PAYMENT" && previous.hold?.status === "ACTIVE" && previous.hold.expiresAt > now) throw new AppError("transferPending");
  // What the seat's whole chain holds (an earlier transfer's difference included) plus what staff
  // waived on it, which carries over to the new cohort; a seat without an account counts its own order.
  const account = from.account ? await readSeatAccount(db, from.account.id) : null;
  // Money of the seat still being refunded: decide that first, the transfer prices the rest.
  if (account && (await db.refundRequest.count({ where: { accountId: account.id, status: { in: [...openRequestStatuses] } } })) > 0)
    throw new AppError("refundAlreadyRequested");
  // A refund that failed is money owed to the learner that nobody has paid back yet: priced as if
  // still held, a move would charge (or refund) the wrong difference, and paying it out later would
  // leave the seat short. Staff settle it first (retry or pay out), then transfer.
  if (from.account && (await db.refund.count({ where: { status: "FAILED", resolvedAt: null, order: { accountId: from.account.id } } })) > 0)
    throw new AppError("failedRefundUnresolved");
  const paidFen = account
    ? seatMoney(account.orders).netFen + account.waivedFen
    : from.order && (from.order.status === "PAID" || from.order.status === "PARTIALLY_REFUNDED")
      ? from.order.amountFen - from.order.refundedFen
      : 0;

  const result = await db.$transaction(async (tx) => {
    const [firstId, secondId] = [from.cohortId, input.toCohortId].sort();
    const locked = [await lockCohort(tx, firstId!), await lockCohort(tx, secondId!)];
    const target = locked.find((cohort) => cohort?.id === input.toCohortId);
    if (!target || target.status === "DRAFT") throw new AppError("cohortNotFound");
    if (target.status === "CANCELLED" || target.status === "FINISHED") throw new AppError("enrollmentClosed");
    const current = await tx.enrollment.findUniqueOrThrow({ where: { id: from.id }, select: { status: true } });
    if (current.status !== "ACTIVE") throw new AppError("enrollmentNotActive");
    if (await tx.enrollment.findFirst({ where: { cohortId: target.id, userId: from.userId, status: "ACTIVE" }, select: { id: true } }))
      throw new AppError("alreadyEnrolled");
    // Staff may place a learner ahead of the waitlist.
    if ((await freeSeats(tx, target, now, { waitlistFirst: false })) <= 0) throw new AppError("cohortFull");
    const { listPriceFen } = await tx.cohort.findUniqueOrThrow({ where: { id: target.id }, select: { listPriceFen: true } });
    const differenceFen = listPriceFen - paidFen;
    const base = { userId: from.userId, fromEnrollmentId: from.id, toCohortId: target.id, differenceFen, createdById: actor.id };
    const fresh = { toEnrollmentId: null, holdId: null, orderId: null, refundId: null };
    const save = (data: { toEnrollmentId?: string; holdId?: string; status: "COMPLETED" | "AWAITING_PAYMENT" }) =>
      tx.transfer.upsert({ where: { fromEnrollmentId: from.id }, create: { ...base, ...data }, update: { ...base, ...fresh, ...data }, select: { id: true } });
    if (previous) await tx.seatHold.updateMany({ where: { transfer: { id: previous.id }, status: "ACTIVE" }, data: { status: "RELEASED" } });
    let transfer: { id: string };
    if (differenceFen <= 0) {
      const toEnrollmentId = await moveEnrollment(tx, {
        fromEnrollmentId: from.id,
        toCohortId: target.id,
        userId: from.userId,
        agreedPriceFen: listPriceFen,
        now,
      });
      transfer = await save({ toEnrollmentId, status: "COMPLETED" });
    } else {
      const hold = await tx.seatHold.create({
        data: { cohortId: target.id, userId: from.userId, expiresAt: new Date(now.getTime() + transferHoldHours * 3_600_000) },
        select: { id: true },
      });
      transfer = await save({ holdId: hold.id, status: "AWAITING_PAYMENT" });
    }
    await recordAudit(tx, {
      actorId: actor.id,
      action: "enrollment.transfer",
      entityType: "Enrollment",
      entityId: from.id,
      before: { cohortId: from.cohortId, paidFen },
      after: { cohortId: target.id, differenceFen, transferId: transfer.id },
    });
    return { transferId: transfer.id, differenceFen, status: differenceFen <= 0 ? ("COMPLETED" as const) : ("AWAITING_PAYMENT" as const) };
  }, lockingTransactionOptions);

  if (result.status === "COMPLETED") {
    await promoteWaitlist(from.cohortId, now);
    if (result.differenceFen < 0) await refundTransferDifference(result.transferId);
  } else {
    await payTransferDifference(result.transferId, now);
  }
  return result;
}
