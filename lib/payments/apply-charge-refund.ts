import "server-only";
import { getDb } from "../db";
import { endEnrollment } from "../enrollment/cancel-enrollment";
import { nextOrderStatus } from "./order-status";
import { getStripe } from "./stripe-client";

/**
 * Follows a charge.refunded event: re-reads the charge and its refunds from Stripe, records the
 * refunded total on the order (partially refunded / refunded) and each refund's state. A full
 * refund, or an approved partial one meant to end it, ends the enrollment and offers the seat to
 * the waitlist. Idempotent.
 */
export async function applyChargeRefund(chargeId: string, now: Date = new Date()): Promise<"applied" | "unknownOrder"> {
  const stripe = getStripe();
  const charge = await stripe.charges.retrieve(chargeId);
  const paymentIntentId = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (!paymentIntentId) return "unknownOrder";
  const db = await getDb();
  const order = await db.order.findUnique({ where: { stripePaymentIntentId: paymentIntentId }, select: { id: true, status: true, amountFen: true, enrollmentId: true } });
  if (!order) return "unknownOrder";

  const refunds = await stripe.refunds.list({ payment_intent: paymentIntentId, limit: 100 });
  for (const refund of refunds.data) {
    const status = refund.status === "succeeded" ? "SUCCEEDED" : refund.status === "failed" || refund.status === "canceled" ? "FAILED" : "PENDING";
    await db.refund.upsert({
      where: { stripeRefundId: refund.id },
      create: { orderId: order.id, stripeRefundId: refund.id, amountFen: refund.amount, reason: refund.metadata?.reason ?? refund.reason ?? "stripe", status },
      update: { status },
    });
  }
  const status = nextOrderStatus(order.status, { kind: "refunded", refundedFen: charge.amount_refunded, amountFen: order.amountFen });
  await db.order.update({ where: { id: order.id }, data: { refundedFen: charge.amount_refunded, status } });
  // A full refund ends the enrollment; so does a partial one that staff approved with "end the enrollment".
  const endsEnrollment =
    status === "REFUNDED" ||
    (await db.refundRequest.count({ where: { orderId: order.id, status: "APPROVED", endEnrollment: true, refund: { status: "SUCCEEDED" } } })) > 0;
  if (endsEnrollment && order.enrollmentId) await endEnrollment(order.enrollmentId, "REFUNDED", now);
  return "applied";
}
