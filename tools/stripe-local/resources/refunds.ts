/**
 * Refunds (full and partial; they succeed immediately, and can be made to fail later with the
 * `failRefund` test control).
 *
 *   POST /v1/refunds       payment_intent | charge, amount?, reason?, metadata?
 *   GET  /v1/refunds/:id
 *   GET  /v1/refunds?charge=…&payment_intent=…
 *
 * Emits `charge.refunded` (charge with previous_attributes) and `refund.created`.
 *
 * Errors:
 * - amount above what is left: 400 invalid_request_error, param "amount",
 *   message "Refund amount (¥60.00) is greater than unrefunded amount on charge (¥50.00)".
 *   That wording is Stripe's (seen in many bug reports). Stripe sends no `code`
 *   for it as far as we can tell (one report: `code` empty, `param` "amount"),
 *   so none is sent here; `amount_too_large` is used for over-capture instead.
 * - charge already fully refunded: code `charge_already_refunded`,
 *   "Charge ch_… has already been refunded." (Stripe's documented code).
 * - intent without a successful captured charge: "This PaymentIntent does not
 *   have a successful charge to refund." (wording believed to match Stripe).
 */
import type { App, Handler } from "../app";
import { invalid, noSuch, StripeApiError } from "../errors";
import { paginate } from "../list";
import { formatAmount } from "../money";
import { newId } from "../store";
import { NO_REQUEST, type Charge, type PaymentIntent, type Refund } from "../types";
import { createBalanceTransaction } from "./balance-transactions";
import { emit } from "./events";

const IGNORED = ["currency", "customer", "instructions_email", "origin", "refund_application_fee", "reverse_transfer", "expand"];

function destinationDetails(type: string): Record<string, unknown> {
  if (type === "card") {
    return {
      card: { reference: null, reference_status: "pending", reference_type: "acquirer_reference_number", type: "refund" },
      type,
    };
  }
  return { [type]: { reference: null, reference_status: "available" }, type };
}

export const createRefund: Handler = (app, { params, request }) => {
  params.allow(["payment_intent", "charge", "amount", "reason", "metadata", ...IGNORED]);
  const piId = params.str("payment_intent");
  const chargeId = params.str("charge");
  let charge: Charge | undefined;
  if (chargeId) {
    charge = app.store.require<Charge>(chargeId, "charge", "charge");
    if (piId && charge.payment_intent !== piId) {
      throw invalid(`The charge ${chargeId} does not belong to the PaymentIntent ${piId}.`, "charge"); // approximate
    }
  } else if (piId) {
    const pi = app.store.require<PaymentIntent>(piId, "payment_intent", "payment_intent");
    charge = pi.latest_charge ? app.store.get<Charge>(pi.latest_charge, "charge") : undefined;
    if (!charge || pi.status !== "succeeded") {
      throw invalid("This PaymentIntent does not have a successful charge to refund.", "payment_intent");
    }
  } else {
    throw invalid("One of the following params should be provided for this request: payment_intent or charge.", "charge", "parameter_missing");
  }
  if (charge.status !== "succeeded" || !charge.captured) {
    throw invalid(`Charge ${charge.id} has not been captured or did not succeed, so it cannot be refunded.`, "charge"); // approximate
  }
  const remaining = charge.amount - charge.amount_refunded;
  if (remaining <= 0) {
    throw new StripeApiError(400, "invalid_request_error", `Charge ${charge.id} has already been refunded.`, "charge_already_refunded", "charge");
  }
  const amount = params.int("amount", { min: 1 }) ?? remaining;
  if (amount > remaining) {
    throw invalid(
      `Refund amount (${formatAmount(amount, charge.currency)}) is greater than unrefunded amount on charge (${formatAmount(remaining, charge.currency)})`,
      "amount",
    );
  }
  const reason = params.enumStr("reason", ["duplicate", "fraudulent", "requested_by_customer"] as const);
  const refundId = newId("re_");
  const refund: Refund = {
    id: refundId,
    object: "refund",
    amount,
    balance_transaction: createBalanceTransaction(app, {
      amount: -amount,
      currency: charge.currency,
      source: refundId,
      kind: "refund",
      method: charge.payment_method_details.type,
    }),
    charge: charge.id,
    created: app.clock.nowSec(),
    currency: charge.currency,
    destination_details: destinationDetails(charge.payment_method_details.type),
    metadata: params.metadata() ?? {},
    payment_intent: charge.payment_intent,
    reason: reason ?? null,
    receipt_number: null,
    source_transfer_reversal: null,
    status: "succeeded",
    transfer_reversal: null,
    customer: charge.customer,
    customer_account: null,
    payment_method: charge.payment_method,
  };
  app.store.put(refund);
  const previous = { amount_refunded: charge.amount_refunded, refunded: charge.refunded };
  charge.amount_refunded += amount;
  charge.refunded = charge.amount_refunded >= charge.amount;
  charge.refunds.data.unshift(refund);
  app.store.changed();
  emit(app, "charge.refunded", charge, request, previous);
  emit(app, "refund.created", refund, request);
  return refund;
};

export const retrieveRefund: Handler = (app, { params, path }) => {
  params.allow(["expand"]);
  const refund = app.store.get<Refund>(path.id ?? "", "refund");
  if (!refund) throw noSuch("refund", path.id ?? "", "refund");
  return refund;
};

export const listRefunds: Handler = (app, { params }) => {
  params.allow(["charge", "payment_intent", "created", "limit", "starting_after", "ending_before", "expand"]);
  const charge = params.str("charge");
  const pi = params.str("payment_intent");
  const refunds = app.store.all<Refund>("refund").filter((r) => (!charge || r.charge === charge) && (!pi || r.payment_intent === pi));
  return paginate(app, refunds, params, "/v1/refunds");
};

/** Reasons Stripe gives for a refund that failed (Refund object: `failure_reason`). */
export const REFUND_FAILURE_REASONS = [
  "lost_or_stolen_card",
  "expired_or_canceled_card",
  "charge_for_pending_refund_disputed",
  "insufficient_funds",
  "declined",
  "merchant_request",
  "unknown",
] as const;

/**
 * Test control: a refund fails (as card refunds can, days later, when the card was closed). Its
 * status becomes `failed` with `failure_reason`, the charge's `amount_refunded` goes back down
 * (the money was not returned), and `refund.failed` and `charge.refund.updated` are emitted, as
 * Stripe does for every refund since API 2024-10-28.
 */
export function failRefundObject(app: App, refundId: string, reason: (typeof REFUND_FAILURE_REASONS)[number]): Refund {
  const refund = app.store.require<Refund>(refundId, "refund", "refund");
  if (refund.status === "failed") return refund;
  const charge = app.store.require<Charge>(refund.charge, "charge", "charge");
  const previous = { status: refund.status };
  refund.status = "failed";
  refund.failure_reason = reason;
  charge.amount_refunded = Math.max(0, charge.amount_refunded - refund.amount);
  charge.refunded = charge.amount_refunded >= charge.amount;
  app.store.changed();
  emit(app, "refund.failed", refund, NO_REQUEST, previous);
  emit(app, "charge.refund.updated", refund, NO_REQUEST, previous);
  return refund;
}
