/**
 * What happens when the customer pays on the hosted page (or a test calls
 * POST /_control/checkout/:id/complete). Outcomes:
 *
 * - succeed: PaymentIntent `succeeded` (card with capture_method=manual:
 *   `requires_capture`) + a succeeded Charge; session `complete`,
 *   payment_status `paid`. Events: payment_intent.created, charge.succeeded,
 *   payment_intent.succeeded | payment_intent.amount_capturable_updated,
 *   checkout.session.completed.
 *   NOTE: for manual capture we report payment_status `paid` (authorized);
 *   we are not certain real Checkout does not report `unpaid` there, so apps
 *   should look at the PaymentIntent status (requires_capture) as well.
 * - decline: failed Charge, PaymentIntent back to `requires_payment_method`
 *   with last_payment_error; session stays `open` and payable. Events:
 *   charge.failed, payment_intent.payment_failed. Card: "Your card was declined."
 * - async_success / async_failure (alipay, wechat_pay only): PaymentIntent
 *   `processing`, Charge `pending`; session `complete` with payment_status
 *   `unpaid` (checkout.session.completed). After `asyncSettleSeconds` of clock
 *   time it settles: checkout.session.async_payment_succeeded (paid) or
 *   checkout.session.async_payment_failed. Real Alipay/WeChat Pay confirm
 *   synchronously in Checkout; this simulates delayed-notification methods.
 *
 * Wallets never place a hold: with capture_method=manual they are captured
 * at once (real Stripe does not offer manual capture for Alipay/WeChat Pay).
 * A zero total completes with payment_status `no_payment_required` and no PaymentIntent.
 */
import type { App } from "../app";
import { invalid, StripeApiError } from "../errors";
import { newId } from "../store";
import { NO_REQUEST } from "../types";
import type { Charge, CheckoutSession, Coupon, Customer, Outcome, PaymentIntent, PaymentMethodType, PromotionCode } from "../types";
import { createBalanceTransaction } from "./balance-transactions";
import { createChargeObject } from "./charges";
import { expireDueSessions } from "./checkout-sessions";
import { createCustomerObject } from "./customers";
import { emit } from "./events";
import { createPaymentIntentObject } from "./payment-intents";
import { promotionProblem } from "./promotion-codes";

export interface CompleteInput {
  method: PaymentMethodType;
  outcome: Outcome;
  email?: string | null;
}

export interface CompleteResult {
  session: CheckoutSession;
  paymentIntent: PaymentIntent | null;
  /** Set for the decline outcome: the 402 card_error Stripe would report. */
  declined?: StripeApiError;
}

function finish(app: App, session: CheckoutSession, status: CheckoutSession["payment_status"], email: string | null): void {
  if (!session.customer && session.customer_creation === "always") {
    session.customer = createCustomerObject(app, { email }, NO_REQUEST).id;
    const pi = session.payment_intent ? app.store.get<PaymentIntent>(session.payment_intent, "payment_intent") : undefined;
    if (pi) pi.customer = session.customer;
  }
  const promoId = session.discounts[0]?.promotion_code;
  const promo = promoId ? app.store.get<PromotionCode>(promoId, "promotion_code") : undefined;
  if (promo) promo.times_redeemed += 1;
  const coupon = session.discounts[0]?.coupon ? app.store.get<Coupon>(session.discounts[0].coupon, "coupon") : undefined;
  if (coupon) coupon.times_redeemed += 1;
  session.status = "complete";
  session.payment_status = status;
  session.url = null;
  session.customer_details = {
    address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
    email,
    name: null,
    phone: null,
    tax_exempt: "none",
    tax_ids: [],
    business_name: null,
    individual_name: null,
  };
  app.store.changed();
  emit(app, "checkout.session.completed", session);
}

/** Minimal PaymentMethod object so `expand[]=payment_method` works (no /v1/payment_methods routes). */
function createPaymentMethod(app: App, type: PaymentMethodType, email: string | null, customer: string | null): string {
  const details = type === "card" ? { brand: "visa", country: "US", exp_month: 12, exp_year: 2030, funding: "credit", last4: "4242" } : {};
  const pm = app.store.put({
    id: newId("pm_"),
    object: "payment_method",
    allow_redisplay: "unspecified",
    billing_details: { address: null, email, name: null, phone: null, tax_id: null },
    created: app.clock.nowSec(),
    customer,
    livemode: false,
    metadata: {},
    type,
    [type]: details,
  });
  return pm.id;
}

export function completeCheckout(app: App, sessionId: string, input: CompleteInput): CompleteResult {
  expireDueSessions(app);
  const session = app.store.require<CheckoutSession>(sessionId, "checkout.session", "session");
  if (session.status !== "open") throw invalid(`This Checkout Session is ${session.status} and can no longer be paid.`);
  const { method, outcome } = input;
  if (!session.payment_method_types.includes(method)) {
    throw invalid(`Payment method ${method} is not enabled for this Checkout Session.`, "method");
  }
  if (method === "card" && (outcome === "async_success" || outcome === "async_failure")) {
    throw invalid("Async outcomes are only available for alipay and wechat_pay.", "outcome");
  }
  const promoId = session.discounts[0]?.promotion_code;
  const promo = promoId ? app.store.get<PromotionCode>(promoId, "promotion_code") : undefined;
  const problem = promo ? promotionProblem(app, promo, session.currency, session.amount_subtotal) : null;
  if (problem) throw invalid(problem, "promotion_code");
  const customer = session.customer ? app.store.get<Customer>(session.customer, "customer") : undefined;
  const email = input.email || session.customer_email || customer?.email || null;
  if (session.amount_total === 0) {
    finish(app, session, "no_payment_required", email);
    return { session, paymentIntent: null };
  }
  const pid = app.store.internal(session.id).paymentIntentData;
  const cardOption = (session.payment_method_options as { card?: { capture_method?: "manual" } } | null)?.card?.capture_method;
  const wanted = method === "card" && cardOption === "manual" ? "manual" : (pid?.capture_method ?? "automatic");
  const captureMethod = method !== "card" && wanted === "manual" ? "automatic" : wanted;
  let pi = session.payment_intent ? app.store.get<PaymentIntent>(session.payment_intent, "payment_intent") : undefined;
  if (!pi) {
    pi = createPaymentIntentObject(app, {
      amount: session.amount_total,
      currency: session.currency,
      captureMethod,
      customer: session.customer,
      description: pid?.description ?? null,
      receiptEmail: pid?.receipt_email ?? null,
      metadata: { ...(pid?.metadata ?? {}) },
      types: session.payment_method_types,
    });
    app.store.internal(pi.id).sessionId = session.id;
    session.payment_intent = pi.id;
    emit(app, "payment_intent.created", pi);
  }
  pi.amount = session.amount_total; // the promotion code may have changed since the last attempt
  pi.capture_method = captureMethod;
  pi.payment_method = createPaymentMethod(app, method, email, pi.customer);
  app.store.internal(pi.id).paymentMethodType = method;
  const manual = method === "card" && captureMethod === "manual";
  const nowMs = app.clock.nowMs();
  const ttl = app.opts.authorizationTtlSeconds;
  const charge = createChargeObject(app, pi, {
    type: method,
    status: outcome === "decline" ? "failed" : outcome === "succeed" ? "succeeded" : "pending",
    captured: outcome !== "decline" && !manual,
    email,
    captureBefore: manual ? Math.floor(nowMs / 1000) + ttl : null,
  });
  pi.latest_charge = charge.id;
  pi.last_payment_error = null;
  if (outcome === "decline") {
    const card = method === "card";
    const code = card ? "card_declined" : "payment_method_provider_decline";
    const message = card ? "Your card was declined." : "The payment was declined.";
    pi.last_payment_error = {
      charge: charge.id,
      code,
      decline_code: "generic_decline",
      doc_url: `https://stripe.com/docs/error-codes/${code.replace(/_/g, "-")}`,
      message,
      payment_method: { id: pi.payment_method, object: "payment_method", type: method },
      type: "card_error",
    };
    pi.status = "requires_payment_method";
    app.store.changed();
    emit(app, "charge.failed", charge);
    emit(app, "payment_intent.payment_failed", pi);
    const declined = new StripeApiError(402, "card_error", message, code, undefined, {
      charge: charge.id,
      decline_code: "generic_decline",
      payment_intent: structuredClone(pi),
    });
    return { session, paymentIntent: pi, declined };
  }
  if (outcome === "succeed") {
    if (manual) {
      pi.status = "requires_capture";
      pi.amount_capturable = pi.amount;
      app.store.internal(pi.id).authExpiresAt = nowMs + ttl * 1000;
    } else {
      pi.status = "succeeded";
      pi.amount_received = pi.amount;
    }
    app.store.changed();
    emit(app, "charge.succeeded", charge);
    emit(app, manual ? "payment_intent.amount_capturable_updated" : "payment_intent.succeeded", pi);
    // Stripe's `paid` means funds available: an authorization-only card is not, until captured.
    finish(app, session, manual ? "unpaid" : "paid", email);
    return { session, paymentIntent: pi };
  }
  pi.status = "processing";
  const internal = app.store.internal(pi.id);
  internal.settleAt = nowMs + app.opts.asyncSettleSeconds * 1000;
  internal.settleOutcome = outcome;
  app.store.changed();
  emit(app, "payment_intent.processing", pi);
  emit(app, "charge.pending", charge);
  finish(app, session, "unpaid", email);
  return { session, paymentIntent: pi };
}

/** Sweeper: settles `processing` payments whose delay has passed. */
export function settleDuePayments(app: App): void {
  const now = app.clock.nowMs();
  for (const pi of app.store.all<PaymentIntent>("payment_intent").reverse()) {
    const internal = app.store.internal(pi.id);
    if (pi.status !== "processing" || internal.settleAt === undefined || internal.settleAt > now) continue;
    const success = internal.settleOutcome === "async_success";
    delete internal.settleAt;
    const charge = pi.latest_charge ? app.store.get<Charge>(pi.latest_charge, "charge") : undefined;
    const session = internal.sessionId ? app.store.get<CheckoutSession>(internal.sessionId, "checkout.session") : undefined;
    if (success) {
      if (charge) {
        const txn = createBalanceTransaction(app, {
          amount: charge.amount,
          currency: charge.currency,
          source: charge.id,
          kind: "charge",
          method: charge.payment_method_details.type,
        });
        Object.assign(charge, { status: "succeeded", paid: true, amount_captured: charge.amount, balance_transaction: txn });
      }
      pi.status = "succeeded";
      pi.amount_received = pi.amount;
      if (session) session.payment_status = "paid";
    } else {
      if (charge) Object.assign(charge, { status: "failed", failure_code: "payment_intent_payment_attempt_failed", failure_message: "The payment failed." });
      pi.status = "requires_payment_method";
      pi.last_payment_error = {
        charge: charge?.id ?? null,
        code: "payment_intent_payment_attempt_failed",
        message: "The payment failed.",
        type: "invalid_request_error",
      };
    }
    app.store.changed();
    if (charge) emit(app, success ? "charge.succeeded" : "charge.failed", charge);
    emit(app, success ? "payment_intent.succeeded" : "payment_intent.payment_failed", pi);
    if (session) {
      emit(app, success ? "checkout.session.async_payment_succeeded" : "checkout.session.async_payment_failed", session);
    }
  }
}
