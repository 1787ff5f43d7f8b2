/**
 * Checkout Sessions (mode=payment only).
 *
 *   POST /v1/checkout/sessions              see CREATE_PARAMS; the ones in IGNORED are accepted and ignored
 *   GET  /v1/checkout/sessions/:session     expand[]=payment_intent | line_items | customer | …
 *   GET  /v1/checkout/sessions?payment_intent=…&customer=…&status=…
 *   POST /v1/checkout/sessions/:session/expire
 *
 * Like Stripe (API ≥ 2022-08-01) the PaymentIntent is created when the
 * customer pays, so `payment_intent` is null while the session is open and
 * unpaid. `url` points at this server's hosted page and becomes null once the
 * session is complete or expired. Open sessions past `expires_at` expire on
 * their own (checkout.session.expired).
 */
import type { App, Handler } from "../app";
import { exclusive, invalid } from "../errors";
import { paginate } from "../list";
import { newId } from "../store";
import { NO_REQUEST } from "../types";
import type { CheckoutSession, Customer, EventRequest } from "../types";
import { createLineItems, parseLineItems, recomputeTotals } from "./checkout-line-items";
import { emit } from "./events";
import { IGNORED, IMPLEMENTED, LOCALES, checkExpiresAt, parseMethods, resolveDiscounts, url } from "./checkout-session-params";
import { findByCode, promotionProblem } from "./promotion-codes";

export const createSession: Handler = (app, { params: p }) => {
  p.allow([...IMPLEMENTED, ...IGNORED]);
  const mode = p.enumStr("mode", ["payment", "setup", "subscription"] as const, true);
  if (mode !== "payment") throw invalid(`stripe-local only implements mode=payment (got ${mode}).`, "mode");
  const uiMode = p.str("ui_mode");
  if (uiMode && uiMode !== "hosted_page" && uiMode !== "hosted") {
    throw invalid(`stripe-local only implements the hosted page (ui_mode=${uiMode} is not supported).`, "ui_mode");
  }
  const inputs = parseLineItems(p);
  const currency = (inputs[0] as { currency: string }).currency;
  const customer = p.str("customer");
  const customerEmail = p.str("customer_email", { max: 800 });
  if (customer && customerEmail) throw exclusive("customer", "customer_email");
  if (customer) app.store.require<Customer>(customer, "customer", "customer");
  const allowPromotionCodes = p.bool("allow_promotion_codes");
  if (allowPromotionCodes !== undefined && p.has("discounts")) throw exclusive("allow_promotion_codes", "discounts");
  const subtotal = inputs.reduce((s, li) => s + li.unitAmount * li.quantity, 0);
  const discounts = resolveDiscounts(app, p, currency, subtotal);
  const methods = parseMethods(app, p);
  const pid = p
    .obj("payment_intent_data")
    ?.allow([
      "application_fee_amount",
      "capture_method",
      "description",
      "metadata",
      "on_behalf_of",
      "receipt_email",
      "setup_future_usage",
      "shipping",
      "statement_descriptor",
      "statement_descriptor_suffix",
      "transfer_data",
      "transfer_group",
    ]);
  const captureMethod = pid?.enumStr("capture_method", ["automatic", "automatic_async", "manual"] as const) ?? "automatic";
  const id = newId("cs_test_");
  const session: CheckoutSession = {
    id,
    object: "checkout.session",
    after_expiration: null,
    allow_promotion_codes: allowPromotionCodes ?? null,
    allowed_payment_method_types: methods.allowed,
    amount_subtotal: 0,
    amount_total: 0,
    automatic_tax: { enabled: false, liability: null, provider: null, status: null },
    billing_address_collection: null,
    cancel_url: url(p, "cancel_url"),
    client_reference_id: p.str("client_reference_id", { max: 200 }) ?? null,
    client_secret: null,
    consent: null,
    consent_collection: null,
    created: app.clock.nowSec(),
    currency,
    custom_fields: [],
    custom_text: { after_submit: null, shipping_address: null, submit: null, terms_of_service_acceptance: null },
    customer: customer ?? null,
    customer_creation: customer ? null : (p.enumStr("customer_creation", ["always", "if_required"] as const) ?? "if_required"),
    customer_details: null,
    customer_email: customerEmail ?? null,
    expires_at: checkExpiresAt(app, p),
    invoice: null,
    invoice_creation: {
      enabled: false,
      invoice_data: { account_tax_ids: null, custom_fields: null, description: null, footer: null, issuer: null, metadata: {}, rendering_options: null },
    },
    livemode: false,
    locale: p.enumStr("locale", LOCALES) ?? null,
    metadata: p.metadata() ?? {},
    mode: "payment",
    payment_intent: null,
    payment_link: null,
    payment_method_collection: "if_required",
    payment_method_configuration_details: methods.explicit ? null : { id: "pmc_stripe_local_default", parent: null },
    payment_method_options: methods.options,
    payment_method_types: methods.types,
    payment_status: "unpaid",
    phone_number_collection: { enabled: false },
    recovered_from: null,
    saved_payment_method_options: null,
    setup_intent: null,
    shipping_address_collection: null,
    shipping_cost: null,
    shipping_options: [],
    status: "open",
    submit_type: null,
    subscription: null,
    success_url: url(p, "success_url"),
    total_details: { amount_discount: 0, amount_shipping: 0, amount_tax: 0 },
    ui_mode: "hosted_page",
    url: `${app.baseUrl}/c/pay/${id}`,
    adaptive_pricing: { enabled: false },
    discounts,
    collected_information: null,
    permissions: null,
    wallet_options: null,
    origin_context: null,
    currency_conversion: null,
    customer_account: null,
    integration_identifier: null,
    managed_payments: null,
  };
  app.store.state.lineItems[id] = createLineItems(app, inputs);
  app.store.internal(id).paymentIntentData = {
    capture_method: captureMethod,
    metadata: pid?.metadata() ?? {},
    description: pid?.str("description") ?? null,
    receipt_email: pid?.str("receipt_email") ?? null,
  };
  app.store.put(session);
  recomputeTotals(app, session);
  return withLineItems(app, session, p.expand());
};

/** Adds the includable `line_items` list when `expand[]=line_items` (or a sub-path) is asked for. */
function withLineItems(app: App, session: CheckoutSession, expand: string[]): CheckoutSession {
  if (!expand.some((e) => e === "line_items" || e.startsWith("line_items."))) return session;
  const data = app.store.state.lineItems[session.id] ?? [];
  return { ...session, line_items: { object: "list", data, has_more: false, url: `/v1/checkout/sessions/${session.id}/line_items` } };
}

export const retrieveSession: Handler = (app, { params, path }) => {
  params.allow(["expand"]);
  const session = app.store.require<CheckoutSession>(path.session ?? "", "checkout.session", "session");
  return withLineItems(app, session, params.expand());
};

export const listSessions: Handler = (app, { params }) => {
  params.allow([
    "payment_intent",
    "customer",
    "status",
    "customer_details",
    "payment_link",
    "subscription",
    "created",
    "limit",
    "starting_after",
    "ending_before",
    "expand",
    "customer_account",
  ]);
  const pi = params.str("payment_intent");
  const customer = params.str("customer");
  const status = params.enumStr("status", ["open", "complete", "expired"] as const);
  const sessions = app.store
    .all<CheckoutSession>("checkout.session")
    .filter((s) => (!pi || s.payment_intent === pi) && (!customer || s.customer === customer) && (!status || s.status === status));
  return paginate(app, sessions, params, "/v1/checkout/sessions");
};

export function expireSessionObject(app: App, session: CheckoutSession, request: EventRequest): CheckoutSession {
  session.status = "expired";
  session.url = null;
  app.store.changed();
  emit(app, "checkout.session.expired", session, request);
  return session;
}

export const expireSession: Handler = (app, { params, path, request }) => {
  params.allow(["expand"]);
  const session = app.store.require<CheckoutSession>(path.session ?? "", "checkout.session", "session");
  if (session.status !== "open") {
    // Stripe's wording (seen in real error reports).
    throw invalid(`Only Checkout Sessions with a status in ["open"] can be expired. This Checkout Session has a status of \`${session.status}\`.`);
  }
  return expireSessionObject(app, session, request);
};

/** Sweeper: open sessions past `expires_at` expire. */
export function expireDueSessions(app: App): void {
  const now = app.clock.nowSec();
  for (const s of app.store.all<CheckoutSession>("checkout.session")) {
    if (s.status === "open" && s.expires_at <= now) expireSessionObject(app, s, NO_REQUEST);
  }
}

/** Hosted page: apply (or with `code === null` remove) a customer-entered promotion code. */
export function applyPromotionCode(app: App, session: CheckoutSession, code: string | null): string | null {
  if (code === null) {
    session.discounts = [];
  } else {
    const promo = findByCode(app, code);
    if (!promo || promotionProblem(app, promo, session.currency, session.amount_subtotal)) return "This code is invalid.";
    session.discounts = [{ coupon: promo.promotion.coupon, promotion_code: promo.id }];
  }
  recomputeTotals(app, session);
  return null;
}
