import "server-only";
import { getDb } from "../db";
import { getStripe } from "../payments/stripe-client";

export const transferRefundReason = "transfer_difference";

/**
 * Refunds what a learner paid above the new cohort's price after a transfer, through Stripe on
 * their original payment (idempotency key per transfer, so a retry refunds once). A payment made
 * offline cannot be refunded here; reconciliation lists it. Returns whether a refund exists now.
 */
export async function refundTransferDifference(transferId: string): Promise<boolean> {
  const db = await getDb();
  const transfer = await db.transfer.findUnique({
    where: { id: transferId },
    select: { id: true, differenceFen: true, refundId: true, fromEnrollment: { select: { order: { select: { id: true, stripePaymentIntentId: true } } } } },
  });
  const order = transfer?.fromEnrollment.order;
  if (!transfer || transfer.differenceFen >= 0 || transfer.refundId) return Boolean(transfer?.refundId);
  if (!order?.stripePaymentIntentId) return false;
  const refund = await getStripe().refunds.create(
    { payment_intent: order.stripePaymentIntentId, amount: -transfer.differenceFen, reason: "requested_by_customer", metadata: { orderId: order.id, reason: transferRefundReason, transferId: transfer.id } },
    { idempotencyKey: `transfer-${transfer.id}` },
  );
  const row = await db.refund.upsert({
    where: { stripeRefundId: refund.id },
    create: { orderId: order.id, stripeRefundId: refund.id, amountFen: refund.amount, reason: transferRefundReason, status: refund.status === "succeeded" ? "SUCCEEDED" : "PENDING" },
    update: {},
    select: { id: true },
  });
  await db.transfer.updateMany({ where: { id: transfer.id, refundId: null }, data: { refundId: row.id } });
  return true;
}
