import { describe, expect, it } from "vitest";
import { allocateRefund, seatMoney, seatMoneyAllReturned, seatProblems, type TChainOrder } from "./seat-money";

const at = (day: number) => new Date(Date.UTC(2026, 11, day));
const card = (id: string, amountFen: number, day: number, refunds: TChainOrder["refunds"] = []): TChainOrder => ({
  id,
  status: "PAID",
  amountFen,
  stripePaymentIntentId: `pi_${id}`,
  createdAt: at(day),
  refunds,
});

describe("a seat's money", () => {
  it("sums the chain: the first payment and a transfer's difference, less refunds succeeded and on their way", () => {
    const first = card("first", 2_159_910, 1, [{ amountFen: 100_000, status: "SUCCEEDED", method: "STRIPE", requestId: null, resolvedAt: null }]);
    const difference = card("diff", 439_990, 5, [
      { amountFen: 50_000, status: "PENDING", method: "STRIPE", requestId: "rq", resolvedAt: null },
      { amountFen: 9, status: "FAILED", method: "STRIPE", requestId: "rq", resolvedAt: at(6) },
    ]);
    expect(seatMoney([first, difference])).toEqual({
      receivedFen: 2_599_900,
      refundedFen: 100_000,
      refundingFen: 50_000,
      failedOwedFen: 0,
      netFen: 2_449_900,
      requestedRefundsFen: 50_000,
      paidTowardSeatFen: 2_499_900,
    });
  });

  it("splits a refund newest order first, offline orders as payouts, and refuses more than the chain holds", () => {
    const offline: TChainOrder = { ...card("bank", 2_299_900, 1), stripePaymentIntentId: null };
    const difference = card("diff", 200_000, 9, [{ amountFen: 50_000, status: "SUCCEEDED", method: "STRIPE", requestId: null, resolvedAt: null }]);
    expect(allocateRefund([offline, difference], 400_000)).toEqual([
      { orderId: "diff", amountFen: 150_000, method: "STRIPE" },
      { orderId: "bank", amountFen: 250_000, method: "OFFLINE" },
    ]);
    expect(() => allocateRefund([offline, difference], 2_449_901)).toThrow();
  });

  it("flags a seat whose money no longer covers the agreed price unless waived, and refunds above what was received", () => {
    const partly = card("a", 2_299_900, 1, [{ amountFen: 500_000, status: "SUCCEEDED", method: "STRIPE", requestId: "rq", resolvedAt: null }]);
    expect(seatProblems({ orders: [partly], agreedPriceFen: 2_299_900, waivedFen: 0, holdsSeat: true })).toEqual(["seatNotCovered"]);
    expect(seatProblems({ orders: [partly], agreedPriceFen: 2_299_900, waivedFen: 500_000, holdsSeat: true })).toEqual([]);
    expect(seatProblems({ orders: [partly], agreedPriceFen: 2_299_900, waivedFen: 0, holdsSeat: false })).toEqual([]);
    const over = card("b", 100, 1, [
      { amountFen: 80, status: "SUCCEEDED", method: "STRIPE", requestId: null, resolvedAt: null },
      { amountFen: 80, status: "PENDING", method: "OFFLINE", requestId: "rq", resolvedAt: null },
    ]);
    expect(seatProblems({ orders: [over], agreedPriceFen: 100, waivedFen: 0, holdsSeat: false })).toEqual(["refundedMoreThanReceived", "orderOverRefunded"]);
  });

  it("is all returned once Stripe has returned the rest, even while an offline payout still awaits staff (found by the money model, seed −1675706152 path 15)", () => {
    // Paid ¥20,999 by card, moved to a ¥19,999 cohort: the ¥1,000 difference failed through Stripe and became a payout; the cohort was cancelled and Stripe returned ¥19,999.
    const seat = card("a", 2_099_900, 1, [
      { amountFen: 100_000, status: "FAILED", method: "STRIPE", requestId: null, resolvedAt: at(3) },
      { amountFen: 100_000, status: "PENDING", method: "OFFLINE", requestId: null, resolvedAt: null },
      { amountFen: 1_999_900, status: "SUCCEEDED", method: "STRIPE", requestId: null, resolvedAt: null },
    ]);
    expect(seatMoneyAllReturned([seat])).toBe(true);
    // While Stripe still has the rest on its way, the seat is not over yet.
    const onItsWay = card("b", 2_099_900, 1, [{ amountFen: 2_099_900, status: "PENDING", method: "STRIPE", requestId: null, resolvedAt: null }]);
    expect(seatMoneyAllReturned([onItsWay])).toBe(false);
    // Money left that nobody is returning.
    expect(
      seatMoneyAllReturned([card("c", 2_099_900, 1, [{ amountFen: 1_999_900, status: "SUCCEEDED", method: "STRIPE", requestId: null, resolvedAt: null }])]),
    ).toBe(false);
    // Nothing received: nothing to return (an unpaid seat is not ended by this rule).
    expect(seatMoneyAllReturned([{ ...card("d", 2_099_900, 1), status: "PENDING" }])).toBe(false);
  });

  it("keeps a failed refund staff have not dealt with as owed: no other refund takes its money again (found by the money model, seed −1420693338 path 23)", () => {
    // Paid ¥25,999, moved to a ¥19,999 cohort: the ¥6,000 difference failed through Stripe and waits for staff.
    const failed = { amountFen: 600_000, status: "FAILED", method: "STRIPE", requestId: null, resolvedAt: null } as const;
    const seat = card("a", 2_599_900, 1, [failed]);
    expect(seatMoney([seat])).toMatchObject({ refundedFen: 0, refundingFen: 0, failedOwedFen: 600_000, netFen: 1_999_900, paidTowardSeatFen: 1_999_900 });
    // The cohort is cancelled: all that is left is ¥19,999, not ¥25,999.
    expect(allocateRefund([seat], 1_999_900)).toEqual([{ orderId: "a", amountFen: 1_999_900, method: "STRIPE" }]);
    expect(() => allocateRefund([seat], 1_999_901)).toThrow();
    // Staff then pay the failed refund out: the seat is returned in full, once.
    const paidOut = card("a", 2_599_900, 1, [
      { ...failed, resolvedAt: at(4) },
      { amountFen: 600_000, status: "SUCCEEDED", method: "OFFLINE", requestId: null, resolvedAt: null },
      { amountFen: 1_999_900, status: "SUCCEEDED", method: "STRIPE", requestId: null, resolvedAt: null },
    ]);
    expect(seatMoney([paidOut]).netFen).toBe(0);
    expect(seatProblems({ orders: [paidOut], agreedPriceFen: 1_999_900, waivedFen: 0, holdsSeat: false })).toEqual([]);
    // Refunding the failed amount a second time while it is still owed is flagged.
    const twice = card("a", 2_599_900, 1, [failed, { amountFen: 2_599_900, status: "SUCCEEDED", method: "STRIPE", requestId: null, resolvedAt: null }]);
    expect(seatProblems({ orders: [twice], agreedPriceFen: 1_999_900, waivedFen: 0, holdsSeat: false })).toEqual([
      "refundedMoreThanReceived",
      "orderOverRefunded",
    ]);
  });
});
