/**
 * A small in-memory model of the school's money, written independently of lib/seat-accounts, for
 * the model-based test: what each seat received and refunded, where each refund stands, and
 * whether the learner still holds the seat. The rules are the issue's, stated plainly.
 */
export type TModelRefund = { amount: number; byRequest: boolean; stripe: boolean; state: "back" | "waiting" | "failed" | "replaced" };
export type TModelOrder = { orderId: string; amount: number; stripe: boolean; seq: number; refunds: TModelRefund[] };

export type TModelRequest = { status: "PENDING" | "APPROVED" | "COMPLETED" | "REJECTED"; refundable: number; approved: number; endSeat: boolean };
export type TModelSeat = {
  learner: string;
  cohort: number;
  orders: TModelOrder[];
  agreed: number;
  waived: number;
  active: boolean;
  request: TModelRequest | null;
};

export type TModel = { seats: TModelSeat[]; prices: number[]; cancelled: boolean[]; seq: number };

const sum = (seat: TModelSeat, pick: (refund: TModelRefund) => boolean) =>
  seat.orders.reduce((total, order) => total + order.refunds.filter(pick).reduce((s, refund) => s + refund.amount, 0), 0);
/** A refund that takes money off the seat: back, waiting, or failed and not yet replaced (still owed to the learner). */
const live = (refund: TModelRefund) => refund.state === "back" || refund.state === "waiting" || refund.state === "failed";

export const received = (seat: TModelSeat) => seat.orders.reduce((total, order) => total + order.amount, 0);
export const refunded = (seat: TModelSeat) => sum(seat, (refund) => refund.state === "back");
export const refunding = (seat: TModelSeat) => sum(seat, (refund) => refund.state === "waiting");
export const failedOwed = (seat: TModelSeat) => sum(seat, (refund) => refund.state === "failed");
const out = (seat: TModelSeat) => sum(seat, live);
export const left = (seat: TModelSeat) => received(seat) - out(seat);
const requested = (seat: TModelSeat) => sum(seat, (refund) => refund.byRequest && live(refund));
const orderLeft = (order: TModelOrder) => order.amount - order.refunds.filter(live).reduce((s, refund) => s + refund.amount, 0);

/** What a request may refund now: the seat's price paid (less refunds nobody asked for) less what requests took, never more than is left. */
export function refundable(seat: TModelSeat): number {
  const paidTowardSeat = received(seat) - (out(seat) - requested(seat));
  return Math.max(0, Math.min(paidTowardSeat - requested(seat), left(seat)));
}

/** Returns `amount` newest order first; Stripe parts come back at once (the stand-in succeeds), offline parts wait for a payout. Returns how many payouts wait. */
export function refundSeat(seat: TModelSeat, amount: number, byRequest: boolean): number {
  let rest = amount;
  let payouts = 0;
  for (const order of [...seat.orders].sort((a, b) => b.seq - a.seq)) {
    const take = Math.min(rest, orderLeft(order));
    if (take <= 0) continue;
    order.refunds.push({ amount: take, byRequest, stripe: order.stripe, state: order.stripe ? "back" : "waiting" });
    if (!order.stripe) payouts += 1;
    rest -= take;
    if (rest === 0) break;
  }
  if (rest !== 0) throw new Error("model: refund above what the seat holds");
  return payouts;
}

/** Whether every refund of the seat's open request is back; settles it (and ends the seat if meant to). */
function settle(seat: TModelSeat): void {
  const request = seat.request;
  if (!request || (request.status !== "APPROVED" && request.status !== "COMPLETED")) return;
  const back = sum(seat, (refund) => refund.byRequest && refund.state === "back");
  const owedByRequests = seat.orders.some((order) =>
    order.refunds.some((refund) => refund.byRequest && refund.state !== "back" && refund.state !== "replaced"),
  );
  if (!owedByRequests && back > 0) {
    request.status = "COMPLETED";
    if (request.endSeat) seat.active = false;
  } else if (request.status === "COMPLETED") {
    request.status = "APPROVED";
  }
}

/** Staff pay out every offline refund of the seat that waits. */
export function payOut(seat: TModelSeat): void {
  for (const order of seat.orders) for (const refund of order.refunds) if (refund.state === "waiting") refund.state = "back";
  settle(seat);
}

/**
 * A Stripe refund of the seat that reached the learner fails after all (a closed card): the one
 * of this order, amount and kind (refunds alike in all three are interchangeable here).
 */
export function failStripeRefund(seat: TModelSeat, like: { orderId: string; amount: number; byRequest: boolean }): void {
  const order = seat.orders.find((candidate) => candidate.orderId === like.orderId && candidate.stripe);
  const refund = order?.refunds.find(
    (candidate) => candidate.stripe && candidate.state === "back" && candidate.amount === like.amount && candidate.byRequest === like.byRequest,
  );
  if (!refund) throw new Error(`model: no Stripe refund of ${like.amount} on ${like.orderId} to fail`);
  refund.state = "failed";
  settle(seat);
}

/** Staff turn every failed refund of the seat into an offline payout (same amount, same request). */
export function replaceFailedByPayout(seat: TModelSeat): void {
  for (const order of seat.orders) {
    for (const refund of [...order.refunds]) {
      if (refund.state !== "failed") continue;
      refund.state = "replaced";
      order.refunds.push({ amount: refund.amount, byRequest: refund.byRequest, stripe: false, state: "waiting" });
    }
  }
}

export const hasBackStripeRefund = (seat: TModelSeat) => seat.orders.some((order) => order.refunds.some((refund) => refund.stripe && refund.state === "back"));
export const hasFailedRefund = (seat: TModelSeat) => seat.orders.some((order) => order.refunds.some((refund) => refund.state === "failed"));
