import Stripe from "stripe";
import { revalidatePublicPages } from "@/lib/page-cache/revalidate-public-pages";
import { log } from "@/lib/log/logger";
import { currentRequestContext } from "@/lib/log/request-context";
import { withRouteLog } from "@/lib/log/with-route-log";
import { env } from "@/lib/env";
import { claimStripeEvent, finishStripeEvent, releaseStripeEvent } from "@/lib/stripe/record-stripe-event";
import { readBoundedText } from "@/lib/http/read-bounded-text";
import { getStripe } from "@/lib/stripe/stripe-client";
import { handleChargeRefunded } from "./charge-refunded";
import { handleCheckoutSessionAsyncPaymentFailed } from "./checkout-session-async-payment-failed";
import { handleCheckoutSessionAsyncPaymentSucceeded } from "./checkout-session-async-payment-succeeded";
import { handleCheckoutSessionCompleted } from "./checkout-session-completed";
import { handleCheckoutSessionExpired } from "./checkout-session-expired";
import { handleDisputeEvent } from "./dispute";
import { handlePaymentIntentEvent } from "./payment-intent";
import { handleRefundEvent } from "./refund";

const handlers: Partial<Record<string, (event: Stripe.Event) => Promise<void>>> = {
  "checkout.session.completed": handleCheckoutSessionCompleted,
  "checkout.session.async_payment_succeeded": handleCheckoutSessionAsyncPaymentSucceeded,
  "checkout.session.async_payment_failed": handleCheckoutSessionAsyncPaymentFailed,
  "checkout.session.expired": handleCheckoutSessionExpired,
  "charge.refunded": handleChargeRefunded,
  "refund.created": handleRefundEvent,
  "refund.updated": handleRefundEvent,
  "refund.failed": handleRefundEvent,
  "charge.dispute.created": handleDisputeEvent,
  "charge.dispute.updated": handleDisputeEvent,
  "charge.dispute.closed": handleDisputeEvent,
  "charge.dispute.funds_withdrawn": handleDisputeEvent,
  "charge.dispute.funds_reinstated": handleDisputeEvent,
  "payment_intent.succeeded": handlePaymentIntentEvent,
  "payment_intent.amount_capturable_updated": handlePaymentIntentEvent,
  "payment_intent.canceled": handlePaymentIntentEvent,
};

/** A signed payload is still checked for the shape every handler relies on. */
function isEvent(value: unknown): value is Stripe.Event {
  if (typeof value !== "object" || value === null || Array.isArray(value)) return false;
  const event = value as { id?: unknown; type?: unknown; data?: { object?: unknown } };
  return (
    typeof event.id === "string" &&
    typeof event.type === "string" &&
    typeof event.data?.object === "object" &&
    event.data.object !== null &&
    typeof (event.data.object as { id?: unknown }).id === "string"
  );
}

/** Stripe says the object does not exist (another account's event, a deleted test object): retrying for days would not change that. */
function isMissingObject(error: unknown): boolean {
  return error instanceof Stripe.errors.StripeInvalidRequestError && (error.code === "resource_missing" || error.statusCode === 404);
}

/**
 * Stripe webhook: read at most 1 MB of body (413 beyond), verify the signature on the raw body
 * (400 and nothing written otherwise), check the event's shape (400), claim the event atomically
 * (concurrent copies run the handler once), run the handler for the type, and answer 2xx only
 * after the database committed; a failure answers 500 so Stripe delivers again. An event about
 * an object Stripe says does not exist is acknowledged and logged, not retried.
 */
export const POST = withRouteLog("/api/stripe/webhook", async function postHandler(request: Request): Promise<Response> {
  // Stripe's events are a few kilobytes: read at most 1 MB.
  const payload = await readBoundedText(request, 1_000_000).catch(() => undefined);
  if (payload === undefined) return Response.json({ error: "incomplete body" }, { status: 400 });
  if (payload === null) return Response.json({ error: "payload too large" }, { status: 413 });
  let event: unknown;
  try {
    event = getStripe().webhooks.constructEvent(payload, request.headers.get("stripe-signature") ?? "", env().STRIPE_WEBHOOK_SECRET);
  } catch {
    return Response.json({ error: "invalid signature" }, { status: 400 });
  }
  if (!isEvent(event)) return Response.json({ error: "not a Stripe event" }, { status: 400 });
  const handler = handlers[event.type];
  const eventFields = { requestId: currentRequestContext()?.requestId, webhook: "stripe", eventId: event.id, eventType: event.type };
  if (!handler) {
    log().info({ ...eventFields, outcome: "unhandledType" }, "webhook");
    return Response.json({ received: true, handled: false });
  }
  try {
    const claim = await claimStripeEvent(event.id, event.type);
    if (claim !== "claimed") {
      log().info({ ...eventFields, outcome: claim === "inProgress" ? "inProgress" : "duplicate" }, "webhook");
      return Response.json({ received: true, duplicate: true, inProgress: claim === "inProgress" });
    }
    try {
      await handler(event);
      await finishStripeEvent(event.id);
      // Payments, refunds and group-buys change seats left and group states on the public pages
      // (never throws: the event is handled whatever happens to the page cache).
      revalidatePublicPages();
      log().info({ ...eventFields, outcome: "handled" }, "webhook");
      return Response.json({ received: true });
    } catch (error) {
      if (isMissingObject(error)) {
        log().warn({ ...eventFields, outcome: "ignoredUnknownObject", err: error }, "webhook about an object Stripe does not know; acknowledged");
        await finishStripeEvent(event.id, `ignored: ${(error as Error).message.slice(0, 200)}`);
        return Response.json({ received: true, ignored: true });
      }
      await releaseStripeEvent(event.id);
      throw error;
    }
  } catch (error) {
    log().error({ ...eventFields, outcome: "failed", err: error }, "webhook failed; Stripe delivers it again");
    return Response.json({ error: "handler failed" }, { status: 500 });
  }
});
