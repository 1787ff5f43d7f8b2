import type Stripe from "stripe";
import { env } from "@/lib/env";
import { beginStripeEvent, finishStripeEvent } from "@/lib/payments/record-stripe-event";
import { getStripe } from "@/lib/payments/stripe-client";
import { handleChargeRefunded } from "./charge-refunded";
import { handleCheckoutSessionAsyncPaymentFailed } from "./checkout-session-async-payment-failed";
import { handleCheckoutSessionAsyncPaymentSucceeded } from "./checkout-session-async-payment-succeeded";
import { handleCheckoutSessionCompleted } from "./checkout-session-completed";
import { handleCheckoutSessionExpired } from "./checkout-session-expired";
import { handlePaymentIntentEvent } from "./payment-intent";

const handlers: Partial<Record<string, (event: Stripe.Event) => Promise<void>>> = {
  "checkout.session.completed": handleCheckoutSessionCompleted,
  "checkout.session.async_payment_succeeded": handleCheckoutSessionAsyncPaymentSucceeded,
  "checkout.session.async_payment_failed": handleCheckoutSessionAsyncPaymentFailed,
  "checkout.session.expired": handleCheckoutSessionExpired,
  "charge.refunded": handleChargeRefunded,
  "payment_intent.succeeded": handlePaymentIntentEvent,
  "payment_intent.amount_capturable_updated": handlePaymentIntentEvent,
  "payment_intent.canceled": handlePaymentIntentEvent,
};

/**
 * Stripe webhook: verify the signature on the raw body (400 and nothing written otherwise),
 * skip events already handled, run the handler for the type, and answer 2xx only after the
 * database committed; any failure answers 500 so Stripe delivers again.
 */
export async function POST(request: Request): Promise<Response> {
  const payload = await request.text();
  let event: Stripe.Event;
  try {
    event = getStripe().webhooks.constructEvent(payload, request.headers.get("stripe-signature") ?? "", env().STRIPE_WEBHOOK_SECRET);
  } catch {
    return Response.json({ error: "invalid signature" }, { status: 400 });
  }
  const handler = handlers[event.type];
  if (!handler) return Response.json({ received: true, handled: false });
  try {
    if (!(await beginStripeEvent(event.id, event.type))) return Response.json({ received: true, duplicate: true });
    await handler(event);
    await finishStripeEvent(event.id);
    return Response.json({ received: true });
  } catch (error) {
    console.error(`[stripe] handling ${event.type} ${event.id} failed`, error);
    return Response.json({ error: "handler failed" }, { status: 500 });
  }
}
