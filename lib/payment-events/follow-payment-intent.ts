import "server-only";
import { getDb } from "../db";
import { followMemberIntent } from "../group-buy/follow-member-payment";
import { fulfilPayment } from "./fulfil-payment";
import { nextOrderStatus } from "../orders/order-status";
import { readCheckout } from "../stripe/read-checkout";
import { getStripe } from "../stripe/stripe-client";

async function orderOfIntent(paymentIntentId: string) {
  const intent = await getStripe().paymentIntents.retrieve(paymentIntentId);
  const db = await getDb();
  const orderId = intent.metadata?.orderId;
  const order = await db.order.findFirst({
    where: { OR: [{ stripePaymentIntentId: intent.id }, ...(orderId ? [{ id: orderId }] : [])] },
    select: { id: true, status: true, stripeCheckoutSessionId: true, stripePaymentIntentId: true },
  });
  return { intent, order };
}

/**
 * Follows the PaymentIntent events (re-reading the intent from Stripe): a succeeded payment
 * fulfils its order through the Checkout Session even if checkout.session.completed never came;
 * an authorization that is now capturable is linked to its order; a cancelled intent cancels a
 * still-pending order. Idempotent; a paid order is never moved back.
 */
export async function followPaymentIntent(
  paymentIntentId: string,
  now: Date = new Date(),
): Promise<"fulfilled" | "linked" | "cancelled" | "unchanged" | "unknownOrder"> {
  const { intent, order } = await orderOfIntent(paymentIntentId);
  if (!order) return "unknownOrder";
  if (intent.metadata?.groupMemberId) {
    await followMemberIntent(intent, now);
    return "unchanged";
  }
  const db = await getDb();
  if (intent.status === "succeeded" && order.stripeCheckoutSessionId) {
    const outcome = await fulfilPayment(await readCheckout(order.stripeCheckoutSessionId), now);
    return outcome === "enrolled" || outcome === "refundedNoSeat" ? "fulfilled" : "unchanged";
  }
  if (intent.status === "requires_capture") {
    await db.order.updateMany({ where: { id: order.id, stripePaymentIntentId: null }, data: { stripePaymentIntentId: intent.id } });
    return "linked";
  }
  if (intent.status === "canceled") {
    const status = nextOrderStatus(order.status, { kind: "cancelled" });
    if (status === order.status) return "unchanged";
    await db.order.updateMany({ where: { id: order.id, status: order.status }, data: { status } });
    return "cancelled";
  }
  return "unchanged";
}
