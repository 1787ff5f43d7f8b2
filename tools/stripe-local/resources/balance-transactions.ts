/**
 * Balance transactions: what a captured charge or a refund moved on the account, with Stripe's
 * fee. Created when money moves (capture, asynchronous settlement, refund); read through
 * `GET /v1/balance_transactions/:id` and `expand[]=…balance_transaction`.
 *
 * The fee is illustrative, not Stripe's price list for any country: 3.4 % + ¥1.80 for cards and
 * 2.2 % for Alipay / WeChat Pay, rounded to the fen. What matters is the shape Stripe documents —
 * `amount`, `fee`, `fee_details[{ type: "stripe_fee" }]`, `net` — and the rule that a refund
 * returns the amount but not the fee (its balance transaction has fee 0).
 */
import type { App, Handler } from "../app";
import { noSuch } from "../errors";
import { newId } from "../store";
import type { StripeObject } from "../types";

export interface BalanceTransaction extends StripeObject {
  object: "balance_transaction";
  amount: number;
  currency: string;
  fee: number;
  fee_details: { amount: number; currency: string; description: string; type: "stripe_fee" }[];
  net: number;
  source: string;
  status: "pending" | "available";
  type: "charge" | "payment" | "refund";
  reporting_category: "charge" | "refund";
}

export function feeFor(amount: number, method: string): number {
  return method === "card" ? Math.round(amount * 0.034) + 180 : Math.round(amount * 0.022);
}

/** Records the money of a captured charge (fee taken) or of a refund (no fee returned); returns its id. */
export function createBalanceTransaction(
  app: App,
  input: { amount: number; currency: string; source: string; kind: "charge" | "refund"; method: string },
): string {
  const fee = input.kind === "charge" ? feeFor(input.amount, input.method) : 0;
  const txn: BalanceTransaction = {
    id: newId("txn_"),
    object: "balance_transaction",
    created: app.clock.nowSec(),
    livemode: false,
    amount: input.amount,
    currency: input.currency,
    fee,
    fee_details: fee > 0 ? [{ amount: fee, currency: input.currency, description: "Stripe processing fees", type: "stripe_fee" }] : [],
    net: input.amount - fee,
    source: input.source,
    status: "pending",
    type: input.kind === "charge" ? (input.method === "card" ? "charge" : "payment") : "refund",
    reporting_category: input.kind,
  };
  app.store.put(txn);
  return txn.id;
}

export const retrieveBalanceTransaction: Handler = (app, { params, path }) => {
  params.allow(["expand"]);
  const txn = app.store.get<BalanceTransaction>(path.id ?? "", "balance_transaction");
  if (!txn) throw noSuch("balance_transaction", path.id ?? "", "id");
  return txn;
};
