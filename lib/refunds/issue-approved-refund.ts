import "server-only";
import { getDb } from "../db";
import { getStripe } from "../payments/stripe-client";

export const requestRefundReason = "learner_request";

/**
 * Creates the Stripe refund of an approved request (idempotency key per request, so a retry or a
 * second caller gets the same refund) and links it. The order and the enrollment follow the
 * charge.refunded webhook (lib/payments/apply-charge-refund.ts). Safe to call any number of
 * times; the scheduler calls it for approved requests still without a refund (Stripe was down).
 */
export async function issueApprovedRefund(requestId: string): Promise<boolean> {
  const db = await getDb();
  const request = await db.refundRequest.findUnique({
    where: { id: requestId },
    select: { id: true, status: true, approvedFen: true, refundId: true, order: { select: { id: true, stripePaymentIntentId: true } } },
  });
  if (!request || request.status !== "APPROVED" || !request.approvedFen || request.refundId) return false;
  if (!request.order.stripePaymentIntentId) return false;
  const refund = await getStripe().refunds.create(
    { payment_intent: request.order.stripePaymentIntentId, amount: request.approvedFen, reason: "requested_by_customer", metadata: { orderId: request.order.id, reason: requestRefundReason, refundRequestId: request.id } },
    { idempotencyKey: `refund-request-${request.id}` },
  );
  const row = await db.refund.upsert({
    where: { stripeRefundId: refund.id },
    create: { orderId: request.order.id, stripeRefundId: refund.id, amountFen: refund.amount, reason: requestRefundReason, status: refund.status === "succeeded" ? "SUCCEEDED" : "PENDING" },
    update: {},
    select: { id: true },
  });
  await db.refundRequest.updateMany({ where: { id: request.id, refundId: null }, data: { refundId: row.id } });
  return true;
}

/** Scheduler: approved requests whose Stripe refund was not created yet (e.g. Stripe unreachable at approval). */
export async function issuePendingApprovedRefunds(batch = 20): Promise<number> {
  const db = await getDb();
  const due = await db.refundRequest.findMany({ where: { status: "APPROVED", refundId: null }, take: batch, select: { id: true } });
  for (const request of due) await issueApprovedRefund(request.id);
  return due.length;
}
