import "server-only";
import { saveStripeRefund } from "./save-stripe-refund";
import { getDb } from "../db";
import { getStripe } from "../stripe/stripe-client";

export const noSeatRefundReason = "no_seat";

/**
 * Refunds in full an order that was paid when no seat was left (noSeatRefundAt set). Safe to call
 * any number of times: the Stripe idempotency key is derived from the order, and a recorded
 * refund is not asked for again. The order's status follows the charge.refunded webhook.
 * Returns true when the order has (now) such a refund, false when it needs none.
 */
export async function refundOrderWithoutSeat(orderId: string): Promise<boolean> {
  const db = await getDb();
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: {
      id: true,
      noSeatRefundAt: true,
      amountFen: true,
      stripePaymentIntentId: true,
      refunds: { where: { reason: noSeatRefundReason }, select: { stripeRefundId: true } },
    },
  });
  if (!order?.noSeatRefundAt || !order.stripePaymentIntentId) return false;
  if (order.refunds.some((refund) => refund.stripeRefundId)) return true;
  const refund = await getStripe().refunds.create(
    { payment_intent: order.stripePaymentIntentId, reason: "requested_by_customer", metadata: { orderId: order.id, reason: noSeatRefundReason } },
    { idempotencyKey: `refund-${noSeatRefundReason}-${order.id}` },
  );
  await saveStripeRefund(db, {
    orderId: order.id,
    stripeRefundId: refund.id,
    amountFen: refund.amount,
    reason: noSeatRefundReason,
    status: refund.status === "succeeded" ? "SUCCEEDED" : "PENDING",
  });
  return true;
}
