/**
 * A small in-memory model of the school's money, written independently of lib/seat-accounts, for
 * the model-based test: what each seat received and refunded, where its refunds stand, and
 * whether the learner still holds it. The rules are the issue's, stated plainly.
 */
export type TModelOrder = { amount: number; stripe: boolean; refunded: number; refunding: number; seq: number; requestRefunds: number };
export type TModelRequest = { status: "PENDING" | "APPROVED" | "COMPLETED" | "REJECTED"; refundable: number; approved: number; endSeat: boolean; pendingPayouts: number };
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

export const received = (seat: TModelSeat) => seat.orders.reduce((sum, order) => sum + order.amount, 0);
export const refunded = (seat: TModelSeat) => seat.orders.reduce((sum, order) => sum + order.refunded, 0);
export const refunding = (seat: TModelSeat) => seat.orders.reduce((sum, order) => sum + order.refunding, 0);
export const left = (seat: TModelSeat) => received(seat) - refunded(seat) - refunding(seat);
const requested = (seat: TModelSeat) => seat.orders.reduce((sum, order) => sum + order.requestRefunds, 0);

/** What a request may refund now: the seat's price paid (less refunds nobody asked for) less what requests took, never more than is left. */
export function refundable(seat: TModelSeat): number {
  const paidTowardSeat = received(seat) - (refunded(seat) + refunding(seat) - requested(seat));
  return Math.max(0, Math.min(paidTowardSeat - requested(seat), left(seat)));
}

/** Returns `amount` newest order first; Stripe parts come back at once (the stand-in succeeds), offline parts wait for a payout. Returns how many payouts wait. */
export function refundSeat(seat: TModelSeat, amount: number, byRequest: boolean): number {
  let rest = amount;
  let payouts = 0;
  for (const order of [...seat.orders].sort((a, b) => b.seq - a.seq)) {
    const take = Math.min(rest, order.amount - order.refunded - order.refunding);
    if (take <= 0) continue;
    if (order.stripe) order.refunded += take;
    else {
      order.refunding += take;
      payouts += 1;
    }
    if (byRequest) order.requestRefunds += take;
    rest -= take;
    if (rest === 0) break;
  }
  if (rest !== 0) throw new Error("model: refund above what the seat holds");
  return payouts;
}

/** Staff pay out every offline refund of the seat that waits. */
export function payOut(seat: TModelSeat): void {
  for (const order of seat.orders) {
    order.refunded += order.refunding;
    order.refunding = 0;
  }
  const request = seat.request;
  if (request?.status === "APPROVED") {
    request.status = "COMPLETED";
    if (request.endSeat) seat.active = false;
  }
}
