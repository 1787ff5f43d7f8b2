/**
 * PaymentIntents: created by checkout completion (POST /v1/payment_intents and
 * /confirm are NOT implemented).
 *
 *   GET  /v1/payment_intents/:id
 *   GET  /v1/payment_intents?customer=…
 *   POST /v1/payment_intents/:id/capture   amount_to_capture?, metadata?   (only from requires_capture)
 *   POST /v1/payment_intents/:id/cancel    cancellation_reason?            (requires_payment_method | requires_capture | processing)
 *
 * Uncaptured (manual capture) authorizations expire `authorizationTtlSeconds`
 * (default 7 days) of clock time after authorization: the intent becomes
 * `canceled` (cancellation_reason "expired"), its charge is released, and
 * `charge.expired` + `payment_intent.canceled` are emitted. Following 2025-03-31.basil ("Partially
 * capturing or canceling payments no longer creates a Refund"): neither a partial capture nor a
 * cancellation creates a Refund or moves the charge's `amount_refunded` / `refunded`.
 */
import type { App, Handler } from "../app";
import { invalid, unexpectedState } from "../errors";
import { paginate } from "../list";
import { formatAmount } from "../money";
import { newId, randomString } from "../store";
import type { Charge, CheckoutSession, EventRequest, Metadata, PaymentIntent, PaymentMethodType } from "../types";
import { NO_REQUEST } from "../types";
import { createBalanceTransaction } from "./balance-transactions";
import { emit } from "./events";

export interface PaymentIntentSpec {
  amount: number;
  currency: string;
  captureMethod: PaymentIntent["capture_method"];
  customer: string | null;
  description: string | null;
  receiptEmail: string | null;
  metadata: Metadata;
  types: PaymentMethodType[];
}

export function createPaymentIntentObject(app: App, s: PaymentIntentSpec): PaymentIntent {
  const id = newId("pi_");
  const pi: PaymentIntent = {
    id,
    object: "payment_intent",
    allowed_payment_method_types: null,
    amount: s.amount,
    amount_capturable: 0,
    amount_details: { tip: {} },
    amount_received: 0,
    application: null,
    application_fee_amount: null,
    automatic_payment_methods: null,
    canceled_at: null,
    cancellation_reason: null,
    capture_method: s.captureMethod,
    client_secret: `${id}_secret_${randomString(25)}`,
    confirmation_method: "automatic",
    created: app.clock.nowSec(),
    currency: s.currency,
    customer: s.customer,
    description: s.description,
    last_payment_error: null,
    latest_charge: null,
    livemode: false,
    metadata: s.metadata,
    next_action: null,
    on_behalf_of: null,
    payment_method: null,
    payment_method_configuration_details: null,
    payment_method_options: {},
    payment_method_types: s.types,
    payment_record: null,
    processing: null,
    receipt_email: s.receiptEmail,
    review: null,
    setup_future_usage: null,
    shipping: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: "requires_payment_method",
    transfer_data: null,
    transfer_group: null,
    source: null,
    excluded_payment_method_types: null,
    customer_account: null,
    managed_payments: null,
  };
  return app.store.put(pi);
}

function latestCharge(app: App, pi: PaymentIntent): Charge | undefined {
  return pi.latest_charge ? app.store.get<Charge>(pi.latest_charge, "charge") : undefined;
}

export const capturePaymentIntent: Handler = (app, { params, path, request }) => {
  params.allow([
    "amount_to_capture",
    "metadata",
    "expand",
    "final_capture",
    "statement_descriptor",
    "statement_descriptor_suffix",
    "application_fee_amount",
    "amount_details",
    "hooks",
    "payment_details",
    "transfer_data",
  ]);
  const pi = app.store.require<PaymentIntent>(path.intent ?? "", "payment_intent", "intent");
  if (pi.status !== "requires_capture") {
    throw unexpectedState(
      pi.status === "succeeded"
        ? "This PaymentIntent could not be captured because it has already been captured."
        : `This PaymentIntent could not be captured because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be captured: requires_capture.`,
    );
  }
  const amount = params.int("amount_to_capture", { min: 1 }) ?? pi.amount_capturable;
  if (amount > pi.amount_capturable) {
    // Approximate wording; the code/param follow Stripe's documented error codes.
    throw invalid(
      `The amount to capture (${formatAmount(amount, pi.currency)}) is greater than the amount capturable (${formatAmount(pi.amount_capturable, pi.currency)}).`,
      "amount_to_capture",
      "amount_too_large",
    );
  }
  const metadata = params.metadata();
  if (metadata) pi.metadata = { ...pi.metadata, ...metadata };
  const charge = latestCharge(app, pi);
  if (charge) {
    charge.captured = true;
    charge.amount_captured = amount;
    charge.balance_transaction = createBalanceTransaction(app, {
      amount,
      currency: charge.currency,
      source: charge.id,
      kind: "charge",
      method: charge.payment_method_details.type,
    });
    emit(app, "charge.captured", charge, request);
  }
  pi.status = "succeeded";
  pi.amount_received = amount;
  pi.amount_capturable = 0;
  delete app.store.internal(pi.id).authExpiresAt;
  // The Checkout Session that authorized it now has its funds.
  for (const session of app.store.all<CheckoutSession>("checkout.session")) {
    if (session.payment_intent === pi.id && session.payment_status === "unpaid") session.payment_status = "paid";
  }
  app.store.changed();
  emit(app, "payment_intent.succeeded", pi, request);
  return pi;
};

const CANCELABLE = ["requires_payment_method", "requires_capture", "requires_confirmation", "requires_action", "processing"];

function cancel(app: App, pi: PaymentIntent, reason: string | null, request: EventRequest): void {
  const charge = latestCharge(app, pi);
  if (charge && !charge.captured) charge.amount_captured = 0;
  pi.status = "canceled";
  pi.canceled_at = app.clock.nowSec();
  pi.cancellation_reason = reason;
  pi.amount_capturable = 0;
  const internal = app.store.internal(pi.id);
  delete internal.authExpiresAt;
  delete internal.settleAt;
  app.store.changed();
  if (charge && reason === "expired") emit(app, "charge.expired", charge, request);
  emit(app, "payment_intent.canceled", pi, request);
}

export const cancelPaymentIntent: Handler = (app, { params, path, request }) => {
  params.allow(["cancellation_reason", "expand"]);
  const pi = app.store.require<PaymentIntent>(path.intent ?? "", "payment_intent", "intent");
  const reason = params.enumStr("cancellation_reason", ["abandoned", "duplicate", "fraudulent", "requested_by_customer"] as const);
  if (!CANCELABLE.includes(pi.status)) {
    throw unexpectedState(
      `You cannot cancel this PaymentIntent because it has a status of ${pi.status}. Only a PaymentIntent with one of the following statuses may be canceled: ${CANCELABLE.join(", ")}.`,
    );
  }
  const sessionId = app.store.internal(pi.id).sessionId;
  const session = sessionId ? app.store.get<CheckoutSession>(sessionId, "checkout.session") : undefined;
  if (session?.status === "open") {
    // Approximate wording: Stripe refuses to cancel an intent owned by an open Checkout Session.
    throw unexpectedState(`This PaymentIntent is managed by the open Checkout Session ${session.id}. Expire the Checkout Session instead.`);
  }
  cancel(app, pi, reason ?? null, request);
  return pi;
};

/** Sweeper: cancels uncaptured authorizations whose time is up. */
export function expireAuthorizations(app: App): void {
  const now = app.clock.nowMs();
  for (const pi of app.store.all<PaymentIntent>("payment_intent")) {
    const at = app.store.internal(pi.id).authExpiresAt;
    if (pi.status === "requires_capture" && at !== undefined && at <= now) cancel(app, pi, "expired", NO_REQUEST);
  }
}

export const retrievePaymentIntent: Handler = (app, { params, path }) => {
  params.allow(["expand", "client_secret"]);
  return app.store.require<PaymentIntent>(path.intent ?? "", "payment_intent", "intent");
};

export const listPaymentIntents: Handler = (app, { params }) => {
  params.allow(["customer", "created", "limit", "starting_after", "ending_before", "expand"]);
  const customer = params.str("customer");
  const intents = app.store.all<PaymentIntent>("payment_intent").filter((p) => !customer || p.customer === customer);
  return paginate(app, intents, params, "/v1/payment_intents");
};
