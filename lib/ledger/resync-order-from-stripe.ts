import "server-only";
import type { TSessionUser } from "../auth/session";
import { recordAudit } from "../audit/record-audit";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { endEnrollment } from "../enrollment/cancel-enrollment";
import { AppError } from "../errors";
import { assertStaff } from "../access/staff-access";
import { compareWithStripe } from "./anomaly-rules";
import { lockOrderFacts } from "./lock-order";
import { readStripeMoney } from "./read-stripe-money";
import type { TFixOutcome } from "./refund-unfulfilled-order";

/**
 * Sets a paid order's amount, refunded total and status to what Stripe reports (Stripe is the
 * source of truth for money received and refunded), moving the status only as the order-status
 * rules allow. Re-reads Stripe and compares under the order's lock: when they already agree,
 * nothing changes. A re-sync that makes the order fully refunded ends its enrollment, like the
 * charge.refunded webhook. Throws ledgerFixUnavailable when only a person can fix the
 * difference. Audited. Staff and admins only (checked here).
 */
export async function resyncOrderFromStripe(actor: TSessionUser, orderId: string, now: Date = new Date()): Promise<TFixOutcome> {
  assertStaff(actor);
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const order = await lockOrderFacts(tx, orderId);
    if (!order.stripePaymentIntentId) throw new AppError("ledgerFixUnavailable");
    const stripe = await readStripeMoney(order.stripePaymentIntentId);
    if (!stripe) throw new AppError("ledgerFixUnavailable");
    const comparison = compareWithStripe(order, stripe);
    if (!comparison) return { outcome: "alreadyFixed" as const, endEnrollmentId: null };
    if (!comparison.resync) throw new AppError("ledgerFixUnavailable");
    await tx.order.update({ where: { id: order.id }, data: comparison.resync });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "ledger.resyncFromStripe",
      entityType: "Order",
      entityId: order.id,
      before: { status: order.status, amountFen: order.amountFen, refundedFen: order.refundedFen },
      after: { ...comparison.resync, stripe },
    });
    const endEnrollmentId = comparison.resync.status === "REFUNDED" && order.enrollment?.status === "ACTIVE" ? order.enrollment.id : null;
    return { outcome: "fixed" as const, endEnrollmentId };
  }, lockingTransactionOptions);
  if (result.endEnrollmentId) await endEnrollment(result.endEnrollmentId, "REFUNDED", now);
  return result.outcome;
}
