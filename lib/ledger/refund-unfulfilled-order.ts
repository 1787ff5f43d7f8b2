import "server-only";
import { saveStripeRefund } from "../orders/save-stripe-refund";
import type { TSessionUser } from "../auth/session";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import { getStripe } from "../stripe/stripe-client";
import { assertStaff } from "../access/staff-access";
import { toPaidOrderFacts } from "./anomaly-facts";
import { isPaidWithoutEnrollment } from "./anomaly-rules";
import { lockOrderFacts } from "./lock-order";

export const ledgerRefundReason = "ledger_refund";

export type TFixOutcome = "fixed" | "alreadyFixed";

/**
 * Refunds in full (what is left of) a paid order that has no seat. Under the order's row lock it
 * first checks the order is still paid without a seat and not already being refunded, so a
 * double click or two staff at once make one Stripe refund; the idempotency key
 * `ledger-refund-<orderId>` makes a retry after a crash ask Stripe for the same refund. Records
 * the Refund and the audit entry with the lock held; the order's status then follows the
 * charge.refunded webhook. Staff and admins only (checked here).
 */
export async function refundUnfulfilledOrder(actor: TSessionUser, orderId: string): Promise<TFixOutcome> {
  assertStaff(actor);
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const order = await lockOrderFacts(tx, orderId);
    if (!isPaidWithoutEnrollment(toPaidOrderFacts(order))) return "alreadyFixed";
    if (!order.stripePaymentIntentId) throw new AppError("ledgerFixUnavailable");
    const refund = await getStripe().refunds.create(
      { payment_intent: order.stripePaymentIntentId, reason: "requested_by_customer", metadata: { orderId: order.id, reason: ledgerRefundReason } },
      { idempotencyKey: `ledger-refund-${order.id}` },
    );
    await saveStripeRefund(tx, {
      orderId: order.id,
      stripeRefundId: refund.id,
      amountFen: refund.amount,
      reason: ledgerRefundReason,
      status: refund.status === "succeeded" ? "SUCCEEDED" : "PENDING",
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "ledger.refundUnfulfilled",
      entityType: "Order",
      entityId: order.id,
      before: { status: order.status, amountFen: order.amountFen, refundedFen: order.refundedFen, enrollmentStatus: order.enrollment?.status ?? null },
      after: { stripeRefundId: refund.id, refundFen: refund.amount, refundStatus: refund.status },
    });
    return "fixed";
  }, lockingTransactionOptions);
}
