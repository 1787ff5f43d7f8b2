/**
 * The world of the money model test (lib/seat-accounts/money-model.integration.test.ts): the
 * payments harness it runs against, the real side of each step, and the check after every step
 * that the database agrees with the in-memory model (test/support/money-model.ts).
 */
import { expect } from "vitest";
import { getDb } from "../../lib/db";
import { holdSeat } from "../../lib/enrollment/hold-seat";
import { startMemberCheckout } from "../../lib/group-buy/start-member-checkout";
import { startCheckout } from "../../lib/orders/start-checkout";
import { chainOrdersSelect } from "../../lib/seat-accounts/read-seat-account";
import { seatMoney, seatProblems } from "../../lib/seat-accounts/seat-money";
import type { testActor } from "./actors";
import { failedOwed, received, refunded, refunding, type TModel, type TModelSeat } from "./money-model";
import type { startPaymentsHarness } from "./stripe-harness";

let bound: Awaited<ReturnType<typeof startPaymentsHarness>> | undefined;
/** The harness the steps talk to (usePaymentsHarness's, bound once by the test file). */
export function bindMoneyWorld(harness: Awaited<ReturnType<typeof startPaymentsHarness>>): void {
  bound = harness;
}
export const harness = new Proxy({} as Awaited<ReturnType<typeof startPaymentsHarness>>, { get: (_target, key) => Reflect.get(bound!, key) });

export type TReal = { cohorts: string[]; staff: ReturnType<typeof testActor>; staff2: ReturnType<typeof testActor> };

/** Three cohorts per run: the list price, a dearer and a cheaper one. */
export const prices = [2_299_900, 2_599_900, 1_999_900];
/** Cohort 0 runs a group-buy of three at this price. */
export const groupPrice = 2_099_900;
export const idle = () => harness.local.control.idle(15_000);
export const staffDecide = (real: TReal) => real.staff;

export async function currentOrderId(learner: string): Promise<string> {
  const db = await getDb();
  const account = await db.seatAccount.findFirstOrThrow({
    where: { userId: learner },
    select: { orders: { where: { movedAt: null }, orderBy: { createdAt: "desc" }, take: 1, select: { id: true } } },
  });
  return account.orders[0]!.id;
}

export const tally = { executed: 0 };
/** How many steps of each kind ran (printed, so a run shows it exercised every kind). */
export const ranByKind = new Map<string, number>();
export const kindOf = (command: object) => ((command as { cmd?: object }).cmd ?? command).constructor.name;

/** After every step: each seat's money and status in the database equal the model's, and its invariants hold. */
export async function agree(model: TModel): Promise<void> {
  tally.executed += 1;
  const db = await getDb();
  for (const seat of model.seats) {
    const account = await db.seatAccount.findFirstOrThrow({
      where: { userId: seat.learner },
      select: {
        agreedPriceFen: true,
        waivedFen: true,
        enrollment: { select: { status: true } },
        orders: chainOrdersSelect,
        refundRequests: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true } },
      },
    });
    const money = seatMoney(account.orders);
    const where = `seat of ${seat.learner}`;
    expect({ received: money.receivedFen, refunded: money.refundedFen, refunding: money.refundingFen, failedOwed: money.failedOwedFen }, where).toEqual({
      received: received(seat),
      refunded: refunded(seat),
      refunding: refunding(seat),
      failedOwed: failedOwed(seat),
    });
    expect(account.enrollment?.status === "ACTIVE", where).toBe(seat.active);
    expect({ agreed: account.agreedPriceFen, waived: account.waivedFen }, where).toEqual({ agreed: seat.agreed, waived: seat.waived });
    expect(
      seatProblems({
        orders: account.orders,
        agreedPriceFen: account.agreedPriceFen,
        waivedFen: account.waivedFen,
        holdsSeat: seat.active && !(seat.request?.status === "APPROVED" && seat.request.endSeat),
      }),
      where,
    ).toEqual([]);
    if (seat.request) expect(account.refundRequests[0]?.status, where).toBe(seat.request.status);
  }
}

/**
 * Seats are picked by any number, modulo how many seats the step applies to (an active seat for
 * a request, a seat with a pending request for a decision …), so most generated steps run.
 */
export function pickWhere(model: Readonly<TModel>, index: number, applies: (seat: TModelSeat) => boolean): TModelSeat | undefined {
  const eligible = model.seats.filter(applies);
  return eligible.length === 0 ? undefined : eligible[index % eligible.length];
}

export const openRequest = (seat: TModelSeat) => seat.request !== null && (seat.request.status === "PENDING" || seat.request.status === "APPROVED");

/** A learner pays by card with the stand-in's WELCOME500 code (¥500 off) typed on Stripe's page. */
export async function payWithPromotionCode(learner: string, cohortId: string): Promise<{ orderId: string }> {
  const hold = await holdSeat({ userId: learner, cohortId });
  const { orderId } = await startCheckout({ userId: learner, holdId: hold.holdId, locale: "zh" });
  const db = await getDb();
  const { stripeCheckoutSessionId } = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { stripeCheckoutSessionId: true } });
  const applied = await fetch(`${harness.local.url}/c/pay/${stripeCheckoutSessionId}/promotion_code`, {
    method: "POST",
    headers: { "content-type": "application/x-www-form-urlencoded" },
    body: "action=apply&promotion_code=WELCOME500",
    redirect: "manual",
  });
  expect(applied.status).toBe(303);
  harness.local.control.completeCheckout(stripeCheckoutSessionId!, { method: "card", outcome: "succeed" });
  return { orderId };
}

export async function payAsMember(userId: string, memberId: string, method: "card" | "alipay"): Promise<string> {
  const { orderId } = await startMemberCheckout({ userId, memberId, locale: "zh" });
  const db = await getDb();
  const { stripeCheckoutSessionId } = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { stripeCheckoutSessionId: true } });
  harness.local.control.completeCheckout(stripeCheckoutSessionId!, { method, outcome: "succeed" });
  await idle();
  return orderId;
}
