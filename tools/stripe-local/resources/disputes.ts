/**
 * Disputes (chargebacks), opened, won and lost by test controls; read through the API.
 *
 *   GET /v1/disputes/:id
 *
 * Following Stripe's Dispute object and events: opening a dispute withdraws its amount (a
 * balance transaction of −amount, `charge.dispute.funds_withdrawn`) and sets the charge's
 * `disputed`; statuses go `needs_response` → `under_review` → `won` | `lost`. Winning reinstates
 * the funds (a +amount balance transaction, `charge.dispute.funds_reinstated`); both endings emit
 * `charge.dispute.closed`. A dispute's `reason` is one of Stripe's (`fraudulent`,
 * `product_not_received`, `subscription_canceled`, `general`, …).
 */
import type { App, Handler } from "../app";
import { invalid, noSuch } from "../errors";
import { newId } from "../store";
import { NO_REQUEST, type Charge, type StripeObject } from "../types";
import { emit } from "./events";

export interface Dispute extends StripeObject {
  object: "dispute";
  amount: number;
  currency: string;
  charge: string;
  payment_intent: string | null;
  reason: string;
  status: "warning_needs_response" | "needs_response" | "under_review" | "won" | "lost" | "warning_closed" | "warning_under_review" | "prevented";
  balance_transactions: {
    id: string;
    object: "balance_transaction";
    amount: number;
    fee: number;
    net: number;
    type: "adjustment";
    reporting_category: string;
  }[];
  is_charge_refundable: boolean;
  metadata: Record<string, string>;
}

export const DISPUTE_REASONS = [
  "fraudulent",
  "product_not_received",
  "product_unacceptable",
  "subscription_canceled",
  "duplicate",
  "credit_not_processed",
  "general",
] as const;

const balanceTransaction = (amount: number, category: string) => ({
  id: newId("txn_"),
  object: "balance_transaction" as const,
  amount,
  fee: amount < 0 ? 1_500 : -1_500,
  net: amount < 0 ? amount - 1_500 : amount + 1_500,
  type: "adjustment" as const,
  reporting_category: category,
});

/** Test control: the cardholder's bank opens a dispute on a charge (its whole amount by default). */
export function openDisputeObject(app: App, chargeId: string, reason: (typeof DISPUTE_REASONS)[number] = "general"): Dispute {
  const charge = app.store.require<Charge>(chargeId, "charge", "charge");
  if (charge.status !== "succeeded") throw invalid(`Charge ${chargeId} did not succeed, so it cannot be disputed.`, "charge");
  const dispute: Dispute = {
    id: newId("dp_"),
    object: "dispute",
    created: app.clock.nowSec(),
    livemode: false,
    amount: charge.amount - charge.amount_refunded,
    currency: charge.currency,
    charge: charge.id,
    payment_intent: charge.payment_intent,
    reason,
    status: "needs_response",
    balance_transactions: [],
    is_charge_refundable: false,
    metadata: {},
  };
  dispute.balance_transactions.push(balanceTransaction(-dispute.amount, "dispute"));
  app.store.put(dispute);
  charge.disputed = true;
  app.store.changed();
  emit(app, "charge.dispute.created", dispute, NO_REQUEST);
  emit(app, "charge.dispute.funds_withdrawn", dispute, NO_REQUEST);
  return dispute;
}

/** Test control: the dispute ends, won (funds reinstated) or lost (funds kept by the bank). */
export function closeDisputeObject(app: App, disputeId: string, outcome: "won" | "lost"): Dispute {
  const dispute = app.store.require<Dispute>(disputeId, "dispute", "dispute");
  if (dispute.status === "won" || dispute.status === "lost") throw invalid(`This dispute is already ${dispute.status}.`, "dispute");
  const previous = { status: dispute.status };
  dispute.status = outcome;
  if (outcome === "won") dispute.balance_transactions.push(balanceTransaction(dispute.amount, "dispute_reversal"));
  app.store.changed();
  if (outcome === "won") emit(app, "charge.dispute.funds_reinstated", dispute, NO_REQUEST, previous);
  emit(app, "charge.dispute.closed", dispute, NO_REQUEST, previous);
  return dispute;
}

export const retrieveDispute: Handler = (app, { params, path }) => {
  params.allow(["expand"]);
  const dispute = app.store.get<Dispute>(path.id ?? "", "dispute");
  if (!dispute) throw noSuch("dispute", path.id ?? "", "dispute");
  return dispute;
};
