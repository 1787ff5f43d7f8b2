import "server-only";
import { getDb } from "../db";
import { nextOrderStatus } from "./order-status";
import type { TCheckoutFacts } from "../stripe/read-checkout";

/**
 * Records a checkout that will not be paid (expired, or an Alipay/WeChat payment that failed) or
 * is still waiting for an asynchronous payment. The seat hold is left alone: it keeps the seat
 * until its own expiry, so the learner may try again. A paid order is never moved back.
 */
export async function endCheckout(facts: TCheckoutFacts, kind: "expired" | "failed" | "awaitingPayment"): Promise<void> {
  if (!facts.orderId) return;
  const db = await getDb();
  const order = await db.order.findUnique({ where: { id: facts.orderId }, select: { id: true, status: true, stripeCheckoutSessionId: true } });
  if (!order || order.stripeCheckoutSessionId !== facts.sessionId) return;
  if (kind === "awaitingPayment") {
    await db.order.updateMany({ where: { id: order.id, status: "PENDING" }, data: { paymentMethod: facts.paymentMethod } });
    return;
  }
  const status = nextOrderStatus(order.status, { kind: kind === "expired" ? "checkoutExpired" : "paymentFailed" });
  if (status === order.status) return;
  // Conditional on the status read, so a payment recorded meanwhile is not overwritten.
  await db.order.updateMany({ where: { id: order.id, status: order.status }, data: { status, paymentMethod: facts.paymentMethod ?? undefined } });
}
