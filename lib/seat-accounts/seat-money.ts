import type { OrderStatus, RefundMethod, RefundStatus } from "../generated/prisma/enums";

/** An order of a seat's chain, with its refunds: what the money rules look at. */
export type TChainOrder = {
  id: string;
  status: OrderStatus;
  amountFen: number;
  /** Stripe's payment; null for an order paid offline (bank transfer). */
  stripePaymentIntentId: string | null;
  createdAt: Date;
  /** `resolvedAt`: set on a failed refund once staff replaced it (retried through Stripe, or paid out offline). */
  refunds: readonly { amountFen: number; status: RefundStatus; method: RefundMethod; requestId: string | null; resolvedAt: Date | null }[];
};

type TChainRefund = TChainOrder["refunds"][number];

/**
 * A failed refund staff have not dealt with yet is still owed to the learner: its money is
 * spoken for (staff retry it or pay it out), so no other refund may take it again.
 */
const failedAndOwed = (refund: TChainRefund) => refund.status === "FAILED" && refund.resolvedAt === null;
/** A refund that takes money off the seat: succeeded, on its way, or failed and still owed. */
const takesMoney = (refund: TChainRefund) => refund.status !== "FAILED" || failedAndOwed(refund);

export type TSeatMoney = {
  /** Money received for the seat over its whole chain (first order, transfer differences). */
  receivedFen: number;
  /** Refunds that reached the learner (Stripe succeeded, or paid out offline). */
  refundedFen: number;
  /** Refunds on their way (Stripe pending, or awaiting an offline payout). */
  refundingFen: number;
  /** Refunds that failed and wait for staff to retry them or pay them out: still owed. */
  failedOwedFen: number;
  /** What is left to refund: received − refunded − refunding − failed and owed. */
  netFen: number;
  /** Refunds the learner asked for (requests), succeeded, on their way, or failed and owed. */
  requestedRefundsFen: number;
  /**
   * What the learner paid for the seat as it is now: received less refunds that were not
   * requests (a cheaper transfer's difference, …). The refund policy is applied to this.
   */
  paidTowardSeatFen: number;
};

const receivedStatuses: readonly OrderStatus[] = ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"];

/** The money of a seat from its chain of orders. Pure. */
export function seatMoney(orders: readonly TChainOrder[]): TSeatMoney {
  let receivedFen = 0;
  let refundedFen = 0;
  let refundingFen = 0;
  let failedOwedFen = 0;
  let requestedRefundsFen = 0;
  for (const order of orders) {
    if (receivedStatuses.includes(order.status)) receivedFen += order.amountFen;
    for (const refund of order.refunds) {
      if (!takesMoney(refund)) continue;
      if (refund.status === "SUCCEEDED") refundedFen += refund.amountFen;
      else if (refund.status === "FAILED") failedOwedFen += refund.amountFen;
      else refundingFen += refund.amountFen;
      if (refund.requestId) requestedRefundsFen += refund.amountFen;
    }
  }
  const outFen = refundedFen + refundingFen + failedOwedFen;
  return {
    receivedFen,
    refundedFen,
    refundingFen,
    failedOwedFen,
    netFen: receivedFen - outFen,
    requestedRefundsFen,
    paidTowardSeatFen: receivedFen - (outFen - requestedRefundsFen),
  };
}

/**
 * Whether all the money a seat received is returned or in staff's hands: nothing is left to
 * refund, and no Stripe refund is still on its way (an offline payout awaiting staff counts as
 * returned, and so does a failed refund awaiting staff's retry or payout: the learner is owed it,
 * listed for staff). False for a seat that received nothing.
 * A seat for which this holds ends (a cancelled cohort, a refund made in Stripe's Dashboard).
 */
export function seatMoneyAllReturned(orders: readonly TChainOrder[]): boolean {
  const money = seatMoney(orders);
  const stripeOnItsWay = orders.some((order) =>
    order.refunds.some((refund) => refund.method === "STRIPE" && refund.status !== "SUCCEEDED" && refund.status !== "FAILED"),
  );
  return money.receivedFen > 0 && money.netFen <= 0 && !stripeOnItsWay;
}

/** What one order's refunds take: succeeded, on their way, or failed and still owed. */
const orderOutFen = (order: TChainOrder) => order.refunds.filter(takesMoney).reduce((sum, refund) => sum + refund.amountFen, 0);

/** What is left to refund on one order: its amount less refunds succeeded, on their way, or failed and still owed. */
export function orderLeftFen(order: TChainOrder): number {
  if (!receivedStatuses.includes(order.status)) return 0;
  return Math.max(0, order.amountFen - orderOutFen(order));
}

export type TRefundPart = { orderId: string; amountFen: number; method: RefundMethod };

/**
 * Splits a refund of a seat over its orders, newest first (a transfer's difference before the
 * first payment), never more than each order has left: through Stripe where the order was paid
 * through Stripe, as an offline payout otherwise. Throws when the chain cannot cover the amount
 * (callers cap the amount first). Pure.
 */
export function allocateRefund(orders: readonly TChainOrder[], amountFen: number): TRefundPart[] {
  const parts: TRefundPart[] = [];
  let rest = amountFen;
  const newestFirst = [...orders].sort((a, b) => b.createdAt.getTime() - a.createdAt.getTime() || (a.id < b.id ? 1 : -1));
  for (const order of newestFirst) {
    if (rest <= 0) break;
    const take = Math.min(rest, orderLeftFen(order));
    if (take <= 0) continue;
    parts.push({ orderId: order.id, amountFen: take, method: order.stripePaymentIntentId ? "STRIPE" : "OFFLINE" });
    rest -= take;
  }
  if (rest > 0) throw new Error(`the seat's orders cannot cover a refund of ${amountFen} fen`);
  return parts;
}

export type TSeatProblem = "refundedMoreThanReceived" | "seatNotCovered" | "orderOverRefunded";

/**
 * The invariants of a seat's money: refunds never exceed what was received (per order and in
 * all), and a learner holds the seat only while the money left covers the price agreed, less
 * what staff waived (refunds on their way count once they succeed). Returns the broken ones (empty when the seat balances). Pure.
 */
export function seatProblems(input: { orders: readonly TChainOrder[]; agreedPriceFen: number; waivedFen: number; holdsSeat: boolean }): TSeatProblem[] {
  const money = seatMoney(input.orders);
  const problems: TSeatProblem[] = [];
  if (money.netFen < 0) problems.push("refundedMoreThanReceived");
  if (input.orders.some((order) => receivedStatuses.includes(order.status) && orderLeftFen(order) === 0 && orderOutFen(order) > order.amountFen)) {
    problems.push("orderOverRefunded");
  }
  // Refunds still on their way do not count yet: a seat ends when its refund succeeds.
  if (input.holdsSeat && money.receivedFen - money.refundedFen < input.agreedPriceFen - input.waivedFen) problems.push("seatNotCovered");
  return problems;
}
