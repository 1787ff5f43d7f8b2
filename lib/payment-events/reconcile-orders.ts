import "server-only";
import { getDb } from "../db";
import { dueForRetry, needsPersonAfter, retryAfter } from "../retry/backoff";
import { applyCheckout } from "./apply-checkout";
import { checkoutSecured, readCheckout } from "../stripe/read-checkout";
import { noSeatRefundReason, refundOrderWithoutSeat } from "../orders/refund-without-seat";
import { log } from "../log/logger";

/**
 * A safety net behind the webhooks, run by the orders.reconcile job: orders still pending after their
 * checkout should have ended are re-read from Stripe and fulfilled or expired, and paid orders
 * that found no seat but have no refund yet get it. Idempotent, so every process may run it.
 */
export async function reconcileOrders(now: Date = new Date(), batch = 20): Promise<{ checked: number; refundsRetried: number }> {
  const db = await getDb();
  const stale = await db.order.findMany({
    where: { status: "PENDING", stripeCheckoutSessionId: { not: null }, checkoutExpiresAt: { lt: new Date(now.getTime() - 2 * 60_000) }, ...dueForRetry(now) },
    orderBy: [{ retryAfter: { sort: "asc", nulls: "first" } }, { checkoutExpiresAt: "asc" }],
    take: batch,
    select: { id: true, stripeCheckoutSessionId: true, retryAttempts: true },
  });
  for (const order of stale) {
    // One order Stripe cannot answer for (deleted session, wrong account) must not stop the
    // others, nor come first forever: it backs off, and after a few tries waits for a person.
    let settled = false;
    try {
      const facts = await readCheckout(order.stripeCheckoutSessionId!);
      if (checkoutSecured(facts) !== null || facts.status === "expired") {
        await applyCheckout(facts, "expired", now);
        settled = true;
      }
    } catch (error) {
      const next = order.retryAttempts + 1 >= needsPersonAfter ? "it now waits for a person" : "will retry";
      log().warn(
        { job: "reconcileOrders", orderId: order.id, checkoutSessionId: order.stripeCheckoutSessionId, attempt: order.retryAttempts + 1, next, err: error },
        "reconciling a checkout failed",
      );
    }
    if (!settled) {
      const attempts = order.retryAttempts + 1;
      await db.order.updateMany({ where: { id: order.id, status: "PENDING" }, data: { retryAttempts: attempts, retryAfter: retryAfter(attempts, now) } });
    }
  }
  const unrefunded = await db.order.findMany({
    where: { noSeatRefundAt: { not: null }, refunds: { none: { reason: noSeatRefundReason, stripeRefundId: { not: null } } } },
    take: batch,
    select: { id: true },
  });
  for (const order of unrefunded) {
    try {
      await refundOrderWithoutSeat(order.id);
    } catch (error) {
      log().warn({ job: "reconcileOrders", orderId: order.id, err: error }, "refunding an order without a seat failed; will retry");
    }
  }
  return { checked: stale.length, refundsRetried: unrefunded.length };
}
