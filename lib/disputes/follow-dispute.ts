import "server-only";
import type Stripe from "stripe";
import { getDb } from "../db";
import { endEnrollment } from "../enrollment/cancel-enrollment";
import { getStripe } from "../stripe/stripe-client";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { queueDisputeMails } from "./queue-dispute-mails";

const closedStatuses = new Set(["won", "lost", "warning_closed", "prevented"]);

/**
 * Follows a dispute (chargeback) as Stripe reports it (re-read, never the event's snapshot):
 * records it on its order with the money withdrawn and reinstated (from its balance
 * transactions), and when it first opens applies the cohort's rule for the seat — keep it and
 * flag it (default), or release it — and tells staff by mail. Closing (won / lost) is recorded
 * and mailed too. Idempotent; events may come in any order. Returns whether the order is ours.
 */
export async function followDispute(disputeId: string, now: Date = new Date()): Promise<"recorded" | "unknownOrder"> {
  const dispute: Stripe.Dispute = await getStripe().disputes.retrieve(disputeId);
  const paymentIntentId = typeof dispute.payment_intent === "string" ? dispute.payment_intent : (dispute.payment_intent?.id ?? null);
  const chargeId = typeof dispute.charge === "string" ? dispute.charge : dispute.charge.id;
  const db = await getDb();
  const order = await db.order.findFirst({
    where: { OR: [...(paymentIntentId ? [{ stripePaymentIntentId: paymentIntentId }] : []), { stripeChargeId: chargeId }] },
    select: { id: true, enrollmentId: true, account: { select: { enrollmentId: true } }, cohort: { select: { disputeSeatRule: true } } },
  });
  if (!order) return "unknownOrder";
  const withdrawnFen = dispute.balance_transactions.filter((txn) => txn.amount < 0).reduce((sum, txn) => sum - txn.amount, 0);
  const reinstatedFen = dispute.balance_transactions.filter((txn) => txn.amount > 0).reduce((sum, txn) => sum + txn.amount, 0);
  const closed = closedStatuses.has(dispute.status);
  const before = await db.dispute.findUnique({ where: { stripeDisputeId: dispute.id }, select: { status: true, closedAt: true } });
  // The staff mail is queued with the dispute's row; its key keeps simultaneous deliveries to one mail each.
  const mailIds = await db.$transaction(async (tx) => {
    await tx.dispute.upsert({
      where: { stripeDisputeId: dispute.id },
      create: {
        stripeDisputeId: dispute.id,
        orderId: order.id,
        amountFen: dispute.amount,
        reason: dispute.reason,
        status: dispute.status,
        withdrawnFen,
        reinstatedFen,
        openedAt: new Date(dispute.created * 1000),
        closedAt: closed ? now : null,
      },
      update: { status: dispute.status, amountFen: dispute.amount, withdrawnFen, reinstatedFen, ...(closed && !before?.closedAt ? { closedAt: now } : {}) },
    });
    if (!before) return queueDisputeMails(tx, dispute.id, "opened");
    if (closed && !before.closedAt) return queueDisputeMails(tx, dispute.id, "closed");
    return [];
  });
  if (!before) {
    const enrollmentId = order.account?.enrollmentId ?? order.enrollmentId;
    if (order.cohort.disputeSeatRule === "RELEASE" && enrollmentId) await endEnrollment(enrollmentId, "CANCELLED", now);
  }
  await deliverQueuedMails(mailIds);
  return "recorded";
}
