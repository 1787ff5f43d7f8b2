import "server-only";
import { getDb } from "../db";
import { dueForRetry, retryAfter } from "../retry/backoff";
import { getStripe } from "../stripe/stripe-client";
import { settleRefundRequest } from "./settle-refund-request";
import { refundStatusOf } from "../stripe/stripe-refund-status";
import { log } from "../log/logger";

/**
 * Asks Stripe for a planned refund (a Refund row of method STRIPE without a Stripe id yet), with
 * the row's id as idempotency key and in the metadata, so a retry or a second caller gets the
 * same refund and the charge.refunded webhook finds the row even when it arrives first. Safe to
 * call any number of times. A refund Stripe answers as failed is recorded with its reason and
 * shown to staff as work to do. Returns whether the row has a Stripe refund now.
 */
export async function issueStripeRefund(refundId: string): Promise<boolean> {
  const db = await getDb();
  const row = await db.refund.findUnique({
    where: { id: refundId },
    select: {
      id: true,
      method: true,
      status: true,
      amountFen: true,
      reason: true,
      stripeRefundId: true,
      requestId: true,
      order: { select: { id: true, stripePaymentIntentId: true } },
    },
  });
  if (!row || row.method !== "STRIPE") return false;
  if (row.stripeRefundId) return true;
  if (row.status !== "PENDING" || !row.order.stripePaymentIntentId) return false;
  const metadata: Record<string, string> = { orderId: row.order.id, reason: row.reason, refundId: row.id };
  if (row.requestId) metadata.refundRequestId = row.requestId;
  const refund = await getStripe().refunds.create(
    { payment_intent: row.order.stripePaymentIntentId, amount: row.amountFen, reason: "requested_by_customer", metadata },
    { idempotencyKey: `refund-${row.id}` },
  );
  const status = refundStatusOf(refund);
  // Only forward: the webhook may already have recorded a later state of the same refund.
  await db.refund.updateMany({ where: { id: row.id, stripeRefundId: null }, data: { stripeRefundId: refund.id } });
  await db.refund.updateMany({ where: { id: row.id, status: "PENDING" }, data: { status, failureReason: refund.failure_reason ?? null } });
  if (row.requestId) await settleRefundRequest(row.requestId);
  return true;
}

/** Scheduler: planned Stripe refunds not issued yet (Stripe was unreachable when they were decided). One failing refund does not stop the others. */
export async function issuePendingStripeRefunds(batch = 20, now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const due = await db.refund.findMany({
    where: { method: "STRIPE", status: "PENDING", stripeRefundId: null, ...dueForRetry(now) },
    orderBy: [{ retryAfter: { sort: "asc", nulls: "first" } }, { createdAt: "asc" }],
    take: batch,
    select: { id: true, retryAttempts: true },
  });
  for (const refund of due) {
    try {
      await issueStripeRefund(refund.id);
    } catch (error) {
      // Backs off; after a few tries it waits for a person (reconciliation lists it).
      const attempts = refund.retryAttempts + 1;
      await db.refund.update({ where: { id: refund.id }, data: { retryAttempts: attempts, retryAfter: retryAfter(attempts, now) } });
      log().warn({ refundId: refund.id, attempt: attempts, err: error }, "issuing a Stripe refund failed; will retry");
    }
  }
  return due.length;
}
