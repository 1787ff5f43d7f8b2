import "server-only";
import { saveStripeRefund } from "../orders/save-stripe-refund";
import type Stripe from "stripe";
import { getDb } from "../db";
import { checkoutSecured, readCheckout } from "../stripe/read-checkout";
import { getStripe } from "../stripe/stripe-client";
import { completeMember } from "./complete-member";
import { dropMember } from "./drop-member";
import { settleAction, type TMember } from "./group-state";

export const groupRefundReason = "group_failed";

/** Deterministic per group, member and action: a retry, or a second settler, repeats the same request. */
export function settleKey(groupId: string, memberId: string, action: string): string {
  return `group-${groupId}-member-${memberId}-${action}`;
}

/**
 * Settles one member of a decided group with Stripe, then records it: capture the card or keep
 * the wallet payment when the group filled; cancel the card hold, refund the wallet payment or
 * close a checkout still open when it failed. Reads the PaymentIntent first, so an action Stripe
 * already did (or an authorization that lapsed) is recorded instead of asked again. Every
 * request carries a deterministic idempotency key. Throws on Stripe or database failures; the
 * next settling run tries again.
 */
export async function settleMember(
  group: { id: string; outcome: "filled" | "failed" },
  member: { id: string; state: TMember; orderId: string | null },
  now: Date,
): Promise<void> {
  const action = settleAction(group.outcome, member.state);
  if (action === "none") return;
  const db = await getDb();
  const order = member.orderId
    ? await db.order.findUnique({ where: { id: member.orderId }, select: { id: true, stripeCheckoutSessionId: true, stripePaymentIntentId: true } })
    : null;
  const stripe = getStripe();

  if (member.state.status === "PENDING_PAYMENT") {
    if (order?.stripeCheckoutSessionId) {
      const facts = await readCheckout(order.stripeCheckoutSessionId);
      if (facts.status === "open") {
        await stripe.checkout.sessions
          .expire(order.stripeCheckoutSessionId, {}, { idempotencyKey: settleKey(group.id, member.id, "expire") })
          .catch(() => undefined);
      }
      const after = await readCheckout(order.stripeCheckoutSessionId);
      // Paid meanwhile: the payment webhook (or the next run) records it as late and reverses it.
      if (checkoutSecured(after) !== null || after.status !== "expired") return;
    }
    await dropMember(member.id, "groupClosed", now);
    return;
  }

  if (!order?.stripePaymentIntentId) return;
  let intent: Stripe.PaymentIntent = await stripe.paymentIntents.retrieve(order.stripePaymentIntentId);
  if (action === "capture" && intent.status === "requires_capture") {
    intent = await stripe.paymentIntents.capture(intent.id, {}, { idempotencyKey: settleKey(group.id, member.id, "capture") });
  }
  if (action === "cancel" && intent.status === "requires_capture") {
    intent = await stripe.paymentIntents.cancel(intent.id, { cancellation_reason: "abandoned" }, { idempotencyKey: settleKey(group.id, member.id, "cancel") });
  }
  if (intent.status === "canceled") {
    if (action === "capture") {
      // The authorization lapsed or was cancelled before we could capture it: the member drops out.
      await dropMember(member.id, "captureFailed", now);
      return;
    }
    await completeMember(member.id, { kind: "cancelled" }, now);
    return;
  }
  if (intent.status !== "succeeded") return;
  if (action === "capture" || action === "keep") {
    await completeMember(member.id, { kind: "captured" }, now);
    return;
  }
  // Money was taken (a wallet payment, or a card captured after all): refund it in full.
  const refund = await stripe.refunds.create(
    { payment_intent: intent.id, reason: "requested_by_customer", metadata: { orderId: order.id, reason: groupRefundReason } },
    { idempotencyKey: settleKey(group.id, member.id, "refund") },
  );
  await saveStripeRefund(db, {
    orderId: order.id,
    stripeRefundId: refund.id,
    amountFen: refund.amount,
    reason: groupRefundReason,
    status: refund.status === "succeeded" ? "SUCCEEDED" : "PENDING",
  });
  await completeMember(member.id, { kind: "refunded", refundedFen: refund.amount }, now);
}
