import "server-only";
import { saveStripeRefund } from "../orders/save-stripe-refund";
import { getDb } from "../db";
import { endEnrollment } from "../enrollment/cancel-enrollment";
import { settleRefundRequest } from "../refunds/settle-refund-request";
import { refundStatusOf } from "../stripe/stripe-refund-status";
import { readSeatAccount } from "../seat-accounts/read-seat-account";
import { seatMoneyAllReturned } from "../seat-accounts/seat-money";
import { nextOrderStatus } from "../orders/order-status";
import { getStripe } from "../stripe/stripe-client";

/**
 * Follows a charge.refunded event: re-reads the charge and its refunds from Stripe, records the
 * refunded total on the order (partially refunded / refunded) and each refund's state — on the
 * row we planned (found by the refundId in its metadata, even when this event arrives before
 * the Stripe id was saved), or a new row for a refund made elsewhere (the Dashboard). Then each
 * request those refunds return is settled (its enrollment ends once all its money is back), and
 * a seat with no money left at all ends. Idempotent; events may arrive in any order.
 */
export async function applyChargeRefund(chargeId: string, now: Date = new Date()): Promise<"applied" | "unknownOrder"> {
  const stripe = getStripe();
  const charge = await stripe.charges.retrieve(chargeId);
  const paymentIntentId = typeof charge.payment_intent === "string" ? charge.payment_intent : charge.payment_intent?.id;
  if (!paymentIntentId) return "unknownOrder";
  const db = await getDb();
  const order = await db.order.findUnique({
    where: { stripePaymentIntentId: paymentIntentId },
    select: { id: true, status: true, amountFen: true, enrollmentId: true, accountId: true },
  });
  if (!order) return "unknownOrder";

  const requestIds = new Set<string>();
  const refunds = await stripe.refunds.list({ payment_intent: paymentIntentId, limit: 100 });
  for (const refund of refunds.data) {
    const status = refundStatusOf(refund);
    const planned = refund.metadata?.refundId
      ? await db.refund.findFirst({ where: { id: refund.metadata.refundId, orderId: order.id }, select: { id: true, requestId: true } })
      : null;
    const row = planned
      ? await db.refund.update({
          where: { id: planned.id },
          data: { stripeRefundId: refund.id, status, failureReason: refund.failure_reason ?? null },
          select: { requestId: true },
        })
      : await saveStripeRefund(
          db,
          {
            orderId: order.id,
            stripeRefundId: refund.id,
            amountFen: refund.amount,
            reason: refund.metadata?.reason ?? refund.reason ?? "stripe",
            status,
            failureReason: refund.failure_reason ?? null,
          },
          { updateStatus: true },
        );
    if (row.requestId) requestIds.add(row.requestId);
  }
  // Only refunds that succeeded count (Stripe's amount_refunded also counts pending ones).
  const returned = await db.refund.aggregate({ where: { orderId: order.id, status: "SUCCEEDED" }, _sum: { amountFen: true } });
  const refundedFen = returned._sum.amountFen ?? 0;
  const status = nextOrderStatus(order.status, { kind: "refunded", refundedFen, amountFen: order.amountFen });
  await db.order.update({ where: { id: order.id }, data: { refundedFen, status } });
  for (const requestId of requestIds) await settleRefundRequest(requestId, now);

  // No money left on the seat (a cancelled cohort, a refund from the Dashboard): the seat ends,
  // also when part of it is an offline payout still awaiting staff.
  const account = order.accountId ? await readSeatAccount(db, order.accountId) : null;
  if (account) {
    if (account.enrollmentId && seatMoneyAllReturned(account.orders)) await endEnrollment(account.enrollmentId, "REFUNDED", now);
  } else if (status === "REFUNDED" && order.enrollmentId) {
    await endEnrollment(order.enrollmentId, "REFUNDED", now);
  }
  return "applied";
}
