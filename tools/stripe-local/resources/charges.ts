/**
 * Charges: created by checkout completion (one per payment attempt), never
 * directly (POST /v1/charges is not implemented).
 *
 *   GET /v1/charges/:id
 *   GET /v1/charges?payment_intent=pi_…
 *
 * `amount_refunded` / `refunded` move with refunds only: since 2025-03-31.basil
 * a partial capture or the cancel/expiry of an uncaptured authorization
 * releases the rest without a Refund and without touching them.
 */
import type { App, Handler } from "../app";
import { paginate } from "../list";
import { createBalanceTransaction } from "./balance-transactions";
import { newId, randomString } from "../store";
import type { Charge, PaymentIntent, PaymentMethodType } from "../types";

function digits(n: number): string {
  let s = "";
  while (s.length < n) s += Math.floor(Math.random() * 10);
  return s;
}

function methodDetails(type: PaymentMethodType, amount: number, declined: boolean, captureBefore: number | null) {
  if (type === "alipay") {
    return { alipay: { buyer_id: `2088${digits(12)}`, fingerprint: randomString(16), transaction_id: digits(28) }, type };
  }
  if (type === "wechat_pay") {
    return { wechat_pay: { fingerprint: randomString(16), location: null, reader: null, transaction_id: digits(28) }, type };
  }
  const card: Record<string, unknown> = {
    amount_authorized: declined ? null : amount,
    authorization_code: declined ? null : digits(6),
    brand: "visa",
    checks: { address_line1_check: null, address_postal_code_check: null, cvc_check: "pass" },
    country: "US",
    exp_month: 12,
    exp_year: new Date().getUTCFullYear() + 3,
    extended_authorization: { status: "disabled" },
    fingerprint: randomString(16),
    funding: "credit",
    incremental_authorization: { status: "unavailable" },
    installments: null,
    // Stripe's test cards: 4242… succeeds, 4000 0000 0000 0002 is declined.
    last4: declined ? "0002" : "4242",
    mandate: null,
    multicapture: { status: "unavailable" },
    network: "visa",
    network_token: { used: false },
    network_transaction_id: declined ? null : digits(15),
    overcapture: { maximum_amount_capturable: amount, status: "unavailable" },
    regulated_status: "unregulated",
    three_d_secure: null,
    wallet: null,
  };
  if (captureBefore !== null) card.capture_before = captureBefore;
  return { card, type };
}

export interface ChargeSpec {
  type: PaymentMethodType;
  status: Charge["status"];
  captured: boolean;
  email: string | null;
  /** Unix seconds when an uncaptured authorization expires (manual capture only). */
  captureBefore?: number | null;
}

export function createChargeObject(app: App, pi: PaymentIntent, spec: ChargeSpec): Charge {
  const failed = spec.status === "failed";
  const succeeded = spec.status === "succeeded";
  const id = newId("ch_");
  const charge: Charge = {
    id,
    object: "charge",
    amount: pi.amount,
    amount_captured: succeeded && spec.captured ? pi.amount : 0,
    amount_refunded: 0,
    application: null,
    application_fee: null,
    application_fee_amount: null,
    balance_transaction:
      succeeded && spec.captured
        ? createBalanceTransaction(app, { amount: pi.amount, currency: pi.currency, source: id, kind: "charge", method: spec.type })
        : null,
    billing_details: {
      address: { city: null, country: null, line1: null, line2: null, postal_code: null, state: null },
      email: spec.email,
      name: null,
      phone: null,
      tax_id: null,
    },
    calculated_statement_descriptor: "STRIPE-LOCAL",
    captured: spec.captured,
    created: app.clock.nowSec(),
    currency: pi.currency,
    customer: pi.customer,
    description: (pi.description as string | null) ?? null,
    disputed: false,
    failure_balance_transaction: null,
    failure_code: failed ? (spec.type === "card" ? "card_declined" : "payment_intent_payment_attempt_failed") : null,
    failure_message: failed ? (spec.type === "card" ? "Your card was declined." : "The payment failed.") : null,
    fraud_details: {},
    livemode: false,
    metadata: { ...pi.metadata },
    on_behalf_of: null,
    outcome: failed
      ? {
          advice_code: null,
          network_advice_code: null,
          network_decline_code: null,
          network_status: "declined_by_network",
          reason: "generic_decline",
          risk_level: "normal",
          risk_score: 20,
          seller_message: "The bank did not return any further details with this decline.",
          type: "issuer_declined",
        }
      : {
          advice_code: null,
          network_advice_code: null,
          network_decline_code: null,
          network_status: "approved_by_network",
          reason: null,
          risk_level: "normal",
          risk_score: 20,
          seller_message: "Payment complete.",
          type: "authorized",
        },
    paid: succeeded,
    payment_intent: pi.id,
    payment_method: pi.payment_method,
    payment_method_details: methodDetails(spec.type, pi.amount, failed, spec.captureBefore ?? null),
    receipt_email: (pi.receipt_email as string | null) ?? null,
    receipt_number: null,
    receipt_url: null,
    refunded: false,
    refunds: { object: "list", data: [], has_more: false, url: `/v1/charges/${id}/refunds` },
    review: null,
    shipping: null,
    source_transfer: null,
    statement_descriptor: null,
    statement_descriptor_suffix: null,
    status: spec.status,
    transfer_data: null,
    transfer_group: null,
    source: null,
  };
  return app.store.put(charge);
}

export const retrieveCharge: Handler = (app, { params, path }) => {
  params.allow(["expand"]);
  return app.store.require<Charge>(path.id ?? "", "charge");
};

export const listCharges: Handler = (app, { params }) => {
  params.allow(["payment_intent", "customer", "created", "limit", "starting_after", "ending_before", "expand", "transfer_group"]);
  const pi = params.str("payment_intent");
  const customer = params.str("customer");
  const charges = app.store.all<Charge>("charge").filter((c) => (!pi || c.payment_intent === pi) && (!customer || c.customer === customer));
  return paginate(app, charges, params, "/v1/charges");
};
