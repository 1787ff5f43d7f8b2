/**
 * TEST-ONLY control endpoints (no auth; not part of Stripe's API). Bodies may
 * be JSON or form encoded. Also available in-process as `control` from
 * startStripeLocal().
 *
 *   GET  /_control                            this list
 *   GET  /_control/deliveries?event_id=&type=&status=   webhook deliveries + attempts
 *   POST /_control/events/:id/redeliver       send the event again (one new delivery)
 *   POST /_control/events/:id/duplicate       send the event twice more (two deliveries)
 *   POST /_control/deliveries/hold            queue new deliveries instead of sending them
 *   POST /_control/deliveries/release         {order?: [evt_or_delivery_id, …] | "reverse"} send held ones in that order
 *   POST /_control/deliveries/idle            {timeout_ms?} wait until nothing is pending
 *   GET  /_control/clock                      {now_ms, now, offset_ms}
 *   POST /_control/clock/advance              {seconds} move the clock forward, then run expiries/settlements
 *   POST /_control/checkout/:id/complete      {method: card|alipay|wechat_pay, outcome: succeed|decline|
 *                                              async_success|async_failure, email?} pay without the HTML page;
 *                                              200 {session, payment_intent} or 402 card_error for decline
 *   POST /_control/refunds/:id/fail           {failure_reason?} the refund fails (refund.failed), its money back on the charge
 *   POST /_control/charges/:id/dispute        {reason?} the cardholder's bank opens a dispute (charge.dispute.created, funds withdrawn)
 *   POST /_control/disputes/:id/win           the dispute is won (funds reinstated, charge.dispute.closed)
 *   POST /_control/disputes/:id/lose          the dispute is lost (charge.dispute.closed)
 *   POST /_control/webhook                    {url} change the webhook URL ("" disables delivery)
 *   POST /_control/reset                      wipe all state, re-seed coupons, clear deliveries and clock offset
 */
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import type { App } from "./app";
import { invalid, StripeApiError, unrecognizedUrl } from "./errors";
import { parseAnyBody } from "./form";
import { json, matchPath, type HttpResult } from "./http-util";
import { completeCheckout, type CompleteInput, type CompleteResult } from "./resources/checkout-complete";
import { seedPromotions } from "./resources/promotion-codes";
import { closeDisputeObject, DISPUTE_REASONS, openDisputeObject, type Dispute } from "./resources/disputes";
import { failRefundObject, REFUND_FAILURE_REASONS } from "./resources/refunds";
import { sweep } from "./sweeper";
import { OUTCOMES, PAYMENT_METHOD_TYPES, type Outcome, type PaymentMethodType, type Refund, type StripeEvent } from "./types";
import type { Delivery } from "./webhooks";

export interface Control {
  deliveries(filter?: { event_id?: string; type?: string; status?: Delivery["status"] }): Delivery[];
  redeliver(eventId: string): Delivery;
  duplicate(eventId: string): Delivery[];
  hold(): void;
  release(order?: string[] | "reverse"): Delivery[];
  idle(timeoutMs?: number): Promise<void>;
  clock(): { now_ms: number; now: number; offset_ms: number };
  advanceClock(seconds: number): { now_ms: number; now: number; offset_ms: number };
  completeCheckout(sessionId: string, input: CompleteInput): CompleteResult;
  failRefund(refundId: string, reason?: (typeof REFUND_FAILURE_REASONS)[number]): Refund;
  openDispute(chargeId: string, reason?: (typeof DISPUTE_REASONS)[number]): Dispute;
  closeDispute(disputeId: string, outcome: "won" | "lost"): Dispute;
  setWebhookUrl(url: string): void;
  /** Which methods the account cannot offer from now on (Checkout drops them silently). */
  setUnavailableMethods(types: PaymentMethodType[]): void;
  reset(): void;
}

export function createControl(app: App): Control {
  const event = (id: string): StripeEvent => app.store.require<StripeEvent>(id, "event");
  const enqueue = (id: string, kind: Delivery["kind"]): Delivery => {
    const d = app.webhooks.enqueue(event(id), kind);
    if (!d) throw invalid("No webhook URL is configured, so nothing can be delivered.");
    return d;
  };
  const clock = () => ({ now_ms: app.clock.nowMs(), now: app.clock.nowSec(), offset_ms: app.clock.offsetMs });
  return {
    deliveries: (f = {}) =>
      app.webhooks.deliveries.filter(
        (d) => (!f.event_id || d.event_id === f.event_id) && (!f.type || d.event_type === f.type) && (!f.status || d.status === f.status),
      ),
    redeliver: (id) => enqueue(id, "redelivery"),
    duplicate: (id) => {
      event(id);
      return [enqueue(id, "duplicate"), enqueue(id, "duplicate")];
    },
    hold: () => app.webhooks.hold(),
    release: (order) => app.webhooks.release(order),
    idle: (timeoutMs) => app.webhooks.idle(timeoutMs),
    clock,
    advanceClock: (seconds) => {
      if (!Number.isFinite(seconds) || seconds < 0) throw invalid("seconds must be a non-negative number.", "seconds");
      app.clock.advance(seconds);
      app.store.state.clockOffsetMs = app.clock.offsetMs;
      app.store.changed();
      sweep(app);
      return clock();
    },
    completeCheckout: (sessionId, input) => completeCheckout(app, sessionId, input),
    failRefund: (refundId, reason = "expired_or_canceled_card") => failRefundObject(app, refundId, reason),
    openDispute: (chargeId, reason = "general") => openDisputeObject(app, chargeId, reason),
    closeDispute: (disputeId, outcome) => closeDisputeObject(app, disputeId, outcome),
    setWebhookUrl: (url) => {
      app.opts.webhookUrl = url;
    },
    setUnavailableMethods: (types) => {
      app.opts.unavailablePaymentMethodTypes = types;
    },
    reset: () => {
      app.webhooks.reset();
      app.store.reset();
      app.clock.offsetMs = 0;
      seedPromotions(app);
    },
  };
}

function str(body: Record<string, unknown>, key: string): string | undefined {
  const v = body[key];
  return typeof v === "string" && v !== "" ? v : undefined;
}

export async function handleControl(
  app: App,
  control: Control,
  method: string,
  path: string,
  query: URLSearchParams,
  rawBody: string,
  contentType: string | undefined,
): Promise<HttpResult> {
  const body = parseAnyBody(rawBody, contentType);
  const route = (m: string, pattern: string) => (method === m ? matchPath(pattern, path) : null);
  let p: Record<string, string> | null;
  if (route("GET", "/_control") || route("GET", "/_control/")) {
    const doc = readFileSync(fileURLToPath(import.meta.url), "utf8");
    const lines = doc
      .split("\n")
      .filter((l) => /^ \*\s+(GET|POST) /.test(l))
      .map((l) => l.replace(/^ \*\s+/, ""));
    return json(200, { endpoints: lines });
  }
  if (route("GET", "/_control/deliveries")) {
    const status = query.get("status") as Delivery["status"] | null;
    const data = control.deliveries({
      event_id: query.get("event_id") ?? undefined,
      type: query.get("type") ?? undefined,
      status: status ?? undefined,
    });
    return json(200, { object: "list", held: app.webhooks.held, data });
  }
  if ((p = route("POST", "/_control/events/:id/redeliver"))) return json(200, control.redeliver(p.id as string));
  if ((p = route("POST", "/_control/charges/:id/dispute"))) {
    const reason = str(body, "reason") ?? "general";
    if (!(DISPUTE_REASONS as readonly string[]).includes(reason)) throw invalid(`reason must be one of ${DISPUTE_REASONS.join(", ")}.`, "reason");
    return json(200, control.openDispute(p.id as string, reason as (typeof DISPUTE_REASONS)[number]));
  }
  if ((p = route("POST", "/_control/disputes/:id/win"))) return json(200, control.closeDispute(p.id as string, "won"));
  if ((p = route("POST", "/_control/disputes/:id/lose"))) return json(200, control.closeDispute(p.id as string, "lost"));
  if ((p = route("POST", "/_control/refunds/:id/fail"))) {
    const reason = str(body, "failure_reason") ?? "expired_or_canceled_card";
    if (!(REFUND_FAILURE_REASONS as readonly string[]).includes(reason))
      throw invalid(`failure_reason must be one of ${REFUND_FAILURE_REASONS.join(", ")}.`, "failure_reason");
    return json(200, control.failRefund(p.id as string, reason as (typeof REFUND_FAILURE_REASONS)[number]));
  }
  if ((p = route("POST", "/_control/events/:id/duplicate"))) return json(200, { data: control.duplicate(p.id as string) });
  if (route("POST", "/_control/deliveries/hold")) {
    control.hold();
    return json(200, { held: true });
  }
  if (route("POST", "/_control/deliveries/release")) {
    const order = body.order;
    const parsed = order === "reverse" ? "reverse" : Array.isArray(order) ? order.map(String) : [];
    return json(200, { held: false, released: control.release(parsed) });
  }
  if (route("POST", "/_control/deliveries/idle")) {
    const t = Number(body.timeout_ms ?? 10_000);
    try {
      await control.idle(t);
    } catch (err) {
      throw new StripeApiError(408, "api_error", err instanceof Error ? err.message : String(err));
    }
    return json(200, { idle: true });
  }
  if (route("GET", "/_control/clock")) return json(200, control.clock());
  if (route("POST", "/_control/clock/advance")) return json(200, control.advanceClock(Number(body.seconds ?? 0)));
  if ((p = route("POST", "/_control/checkout/:id/complete"))) {
    const m = str(body, "method") ?? "card";
    const o = str(body, "outcome") ?? "succeed";
    if (!(PAYMENT_METHOD_TYPES as readonly string[]).includes(m)) throw invalid(`Unknown method ${m}.`, "method");
    if (!(OUTCOMES as readonly string[]).includes(o)) throw invalid(`Unknown outcome ${o}.`, "outcome");
    const result = control.completeCheckout(p.id as string, {
      method: m as PaymentMethodType,
      outcome: o as Outcome,
      email: str(body, "email") ?? null,
    });
    if (result.declined) return json(402, result.declined.toJSON());
    return json(200, { session: result.session, payment_intent: result.paymentIntent });
  }
  if (route("POST", "/_control/webhook")) {
    control.setWebhookUrl(typeof body.url === "string" ? body.url : "");
    return json(200, { webhook_url: app.opts.webhookUrl });
  }
  if (route("POST", "/_control/reset")) {
    control.reset();
    return json(200, { reset: true });
  }
  throw unrecognizedUrl(method, path);
}
