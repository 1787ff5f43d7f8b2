import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { cancelCohort } from "../cohorts/cancel-cohort";
import { getDb } from "../db";
import { holdSeat } from "../enrollment/hold-seat";
import { startCheckout } from "../orders/start-checkout";
import { decideRefund } from "../refunds/decide-refund";
import { recordOfflinePayout } from "../refunds/record-offline-payout";
import { replaceFailedRefund } from "../refunds/replace-failed-refund";
import { requestRefund } from "../refunds/request-refund";
import { transferLearner } from "../transfers/transfer-learner";
import { testActor } from "../testing/actors";
import { createTestCohort, createTestUsers } from "../testing/fixtures";
import { failLatestStripeRefund, hasBackStripeRefund, hasFailedRefund, left, payOut, received, refundable, refunded, refundSeat, refunding, replaceFailedByPayout, type TModel, type TModelSeat } from "../testing/money-model";
import { createOfflineLearner } from "../testing/offline-learner";
import { createPaidLearner } from "../testing/paid-learner";
import { usePaymentsHarness } from "../testing/use-payments-harness";
import { chainOrdersSelect } from "./read-seat-account";
import { seatMoney, seatProblems } from "./seat-money";

const harness = usePaymentsHarness();

/** Three cohorts per run: the list price, a dearer and a cheaper one. */
const prices = [2_299_900, 2_599_900, 1_999_900];
type TReal = { cohorts: string[]; staff: ReturnType<typeof testActor>; staff2: ReturnType<typeof testActor> };
const idle = () => harness.local.control.idle(15_000);
const staffDecide = (real: TReal) => real.staff;

async function currentOrderId(learner: string): Promise<string> {
  const db = await getDb();
  const account = await db.seatAccount.findFirstOrThrow({ where: { userId: learner }, select: { orders: { where: { movedAt: null }, orderBy: { createdAt: "desc" }, take: 1, select: { id: true } } } });
  return account.orders[0]!.id;
}

let executed = 0;
/** How many steps of each kind ran (printed, so a run shows it exercised every kind). */
const ranByKind = new Map<string, number>();
const kindOf = (command: object) => ((command as { cmd?: object }).cmd ?? command).constructor.name;

/** After every step: each seat's money and status in the database equal the model's, and its invariants hold. */
async function agree(model: TModel): Promise<void> {
  executed += 1;
  const db = await getDb();
  for (const seat of model.seats) {
    const account = await db.seatAccount.findFirstOrThrow({
      where: { userId: seat.learner },
      select: { agreedPriceFen: true, waivedFen: true, enrollment: { select: { status: true } }, orders: chainOrdersSelect, refundRequests: { orderBy: { createdAt: "desc" }, take: 1, select: { status: true } } },
    });
    const money = seatMoney(account.orders);
    const where = `seat of ${seat.learner}`;
    expect({ received: money.receivedFen, refunded: money.refundedFen, refunding: money.refundingFen }, where).toEqual({ received: received(seat), refunded: refunded(seat), refunding: refunding(seat) });
    expect(account.enrollment?.status === "ACTIVE", where).toBe(seat.active);
    expect({ agreed: account.agreedPriceFen, waived: account.waivedFen }, where).toEqual({ agreed: seat.agreed, waived: seat.waived });
    expect(seatProblems({ orders: account.orders, agreedPriceFen: account.agreedPriceFen, waivedFen: account.waivedFen, holdsSeat: seat.active }), where).toEqual([]);
    if (seat.request) expect(account.refundRequests[0]?.status, where).toBe(seat.request.status);
  }
}

/**
 * Seats are picked by any number, modulo how many seats the step applies to (an active seat for
 * a request, a seat with a pending request for a decision …), so most generated steps run.
 */
function pickWhere(model: Readonly<TModel>, index: number, applies: (seat: TModelSeat) => boolean): TModelSeat | undefined {
  const eligible = model.seats.filter(applies);
  return eligible.length === 0 ? undefined : eligible[index % eligible.length];
}

const openRequest = (seat: TModelSeat) => seat.request !== null && (seat.request.status === "PENDING" || seat.request.status === "APPROVED");

/** A learner pays by card with the stand-in's WELCOME500 code (¥500 off) typed on Stripe's page. */
async function payWithPromotionCode(learner: string, cohortId: string): Promise<{ orderId: string }> {
  const hold = await holdSeat({ userId: learner, cohortId });
  const { orderId } = await startCheckout({ userId: learner, holdId: hold.holdId, locale: "zh" });
  const db = await getDb();
  const { stripeCheckoutSessionId } = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { stripeCheckoutSessionId: true } });
  const applied = await fetch(`${harness.local.url}/c/pay/${stripeCheckoutSessionId}/promotion_code`, {
    method: "POST", headers: { "content-type": "application/x-www-form-urlencoded" }, body: "action=apply&promotion_code=WELCOME500", redirect: "manual",
  });
  expect(applied.status).toBe(303);
  harness.local.control.completeCheckout(stripeCheckoutSessionId!, { method: "card", outcome: "succeed" });
  return { orderId };
}

class Pay implements fc.AsyncCommand<TModel, TReal> {
  constructor(readonly cohort: number, readonly method: "card" | "alipay" | "offline" | "promotion") {}
  check = (model: Readonly<TModel>) => !model.cancelled[this.cohort] && model.seats.length < 6;
  async run(model: TModel, real: TReal) {
    const [learner] = (await createTestUsers(1, "model")) as [string];
    const cohortId = real.cohorts[this.cohort]!;
    const { orderId } =
      this.method === "offline" ? await createOfflineLearner(learner, cohortId)
      : this.method === "promotion" ? await payWithPromotionCode(learner, cohortId)
      : await createPaidLearner(harness, learner, cohortId, this.method);
    await idle();
    const price = model.prices[this.cohort]! - (this.method === "promotion" ? 50_000 : 0);
    model.seats.push({ learner, cohort: this.cohort, orders: [{ orderId, amount: price, stripe: this.method !== "offline", seq: model.seq++, refunds: [] }], agreed: price, waived: 0, active: true, request: null });
    await agree(model);
  }
  toString = () => `pay(${this.cohort}, ${this.method})`;
}

class Transfer implements fc.AsyncCommand<TModel, TReal> {
  constructor(readonly seat: number, readonly to: number) {}
  applies = (model: Readonly<TModel>) => (seat: TModelSeat) => {
    if (!seat.active || openRequest(seat) || seat.cohort === this.to || model.cancelled[this.to]) return false;
    const difference = model.prices[this.to]! - (left(seat) + seat.waived);
    return difference >= 0 || -difference <= left(seat);
  };
  check = (model: Readonly<TModel>) => pickWhere(model, this.seat, this.applies(model)) !== undefined;
  async run(model: TModel, real: TReal) {
    const seat = pickWhere(model, this.seat, this.applies(model))!;
    const db = await getDb();
    const enrollment = await db.enrollment.findFirstOrThrow({ where: { userId: seat.learner, status: "ACTIVE" }, select: { id: true } });
    const result = await transferLearner(real.staff, { enrollmentId: enrollment.id, toCohortId: real.cohorts[this.to]! });
    const difference = model.prices[this.to]! - (left(seat) + seat.waived);
    expect(result.differenceFen).toBe(difference);
    if (difference > 0) {
      const order = await db.transfer.findUniqueOrThrow({ where: { id: result.transferId }, select: { order: { select: { id: true, stripeCheckoutSessionId: true } } } });
      harness.local.control.completeCheckout(order.order!.stripeCheckoutSessionId!, { method: "card", outcome: "succeed" });
      seat.orders.push({ orderId: order.order!.id, amount: difference, stripe: true, seq: model.seq++, refunds: [] });
    } else if (difference < 0) {
      refundSeat(seat, -difference, false);
    }
    await idle();
    seat.cohort = this.to;
    seat.agreed = model.prices[this.to]!;
    await agree(model);
  }
  toString = () => `transfer(${this.seat} → ${this.to})`;
}

class Request implements fc.AsyncCommand<TModel, TReal> {
  constructor(readonly seat: number) {}
  applies = (seat: TModelSeat) => seat.active && !openRequest(seat);
  check = (model: Readonly<TModel>) => pickWhere(model, this.seat, this.applies) !== undefined;
  async run(model: TModel) {
    const seat = pickWhere(model, this.seat, this.applies)!;
    const result = await requestRefund({ userId: seat.learner, orderId: await currentOrderId(seat.learner), reason: "模型测试的退款申请" });
    expect(result.refundableFen).toBe(refundable(seat));
    seat.request = { status: "PENDING", refundable: result.refundableFen, approved: 0, endSeat: false };
    await agree(model);
  }
  toString = () => `request(${this.seat})`;
}

class Decide implements fc.AsyncCommand<TModel, TReal> {
  constructor(readonly seat: number, readonly approve: boolean, readonly share: number, readonly endSeat: boolean) {}
  applies = (seat: TModelSeat) => seat.request?.status === "PENDING" && (!this.approve || (seat.active && Math.min(seat.request.refundable, left(seat)) >= 1));
  check = (model: Readonly<TModel>) => pickWhere(model, this.seat, this.applies) !== undefined;
  async run(model: TModel, real: TReal) {
    const seat = pickWhere(model, this.seat, this.applies)!;
    const request = seat.request!;
    const db = await getDb();
    const row = await db.refundRequest.findFirstOrThrow({ where: { userId: seat.learner, status: "PENDING" }, select: { id: true } });
    if (!this.approve) {
      await decideRefund(staffDecide(real), row.id, { kind: "reject", note: "模型测试拒绝" });
      request.status = "REJECTED";
      await agree(model);
      return;
    }
    const cap = Math.min(request.refundable, left(seat));
    const amount = Math.max(1, Math.floor(cap * this.share));
    await decideRefund(staffDecide(real), row.id, { kind: "approve", amountFen: amount, endEnrollment: this.endSeat, note: null });
    await idle();
    const endSeat = this.endSeat || amount >= left(seat);
    const payouts = refundSeat(seat, amount, true);
    if (!endSeat) seat.waived += amount;
    request.approved = amount;
    request.endSeat = endSeat;
    request.status = payouts === 0 ? "COMPLETED" : "APPROVED";
    if (payouts === 0 && endSeat) seat.active = false;
    await agree(model);
  }
  toString = () => `${this.approve ? `approve(${this.seat}, ${this.share.toFixed(2)}, end=${this.endSeat})` : `reject(${this.seat})`}`;
}

class Payout implements fc.AsyncCommand<TModel, TReal> {
  constructor(readonly seat: number) {}
  applies = (seat: TModelSeat) => refunding(seat) > 0;
  check = (model: Readonly<TModel>) => pickWhere(model, this.seat, this.applies) !== undefined;
  async run(model: TModel, real: TReal) {
    const seat = pickWhere(model, this.seat, this.applies)!;
    const db = await getDb();
    const waiting = await db.refund.findMany({ where: { method: "OFFLINE", status: "PENDING", order: { userId: seat.learner } }, select: { id: true } });
    for (const refund of waiting) await recordOfflinePayout(real.staff2, { refundId: refund.id, paidOutAt: new Date(), method: "bank_transfer", reference: "MODEL" });
    payOut(seat);
    await agree(model);
  }
  toString = () => `payout(${this.seat})`;
}

class FailRefund implements fc.AsyncCommand<TModel, TReal> {
  constructor(readonly seat: number) {}
  check = (model: Readonly<TModel>) => pickWhere(model, this.seat, hasBackStripeRefund) !== undefined;
  async run(model: TModel) {
    const seat = pickWhere(model, this.seat, hasBackStripeRefund)!;
    const { order, refund } = failLatestStripeRefund(seat);
    const db = await getDb();
    const row = await db.refund.findFirstOrThrow({
      where: { orderId: order.orderId, amountFen: refund.amount, method: "STRIPE", status: "SUCCEEDED", requestId: refund.byRequest ? { not: null } : null },
      orderBy: { createdAt: "desc" },
      select: { stripeRefundId: true },
    });
    harness.local.control.failRefund(row.stripeRefundId!, "expired_or_canceled_card");
    await idle();
    await agree(model);
  }
  toString = () => `failRefund(${this.seat})`;
}

class ReplaceFailed implements fc.AsyncCommand<TModel, TReal> {
  constructor(readonly seat: number) {}
  check = (model: Readonly<TModel>) => pickWhere(model, this.seat, hasFailedRefund) !== undefined;
  async run(model: TModel, real: TReal) {
    const seat = pickWhere(model, this.seat, hasFailedRefund)!;
    const db = await getDb();
    const failed = await db.refund.findMany({ where: { status: "FAILED", resolvedAt: null, order: { userId: seat.learner } }, select: { id: true } });
    for (const row of failed) await replaceFailedRefund(real.staff2, row.id, "offline");
    replaceFailedByPayout(seat);
    await agree(model);
  }
  toString = () => `payOutFailed(${this.seat})`;
}

class Cancel implements fc.AsyncCommand<TModel, TReal> {
  constructor(readonly cohort: number) {}
  // At most one cancellation per history, once it has seats: the rest of the history still has money to move.
  check = (model: Readonly<TModel>) => !model.cancelled.some(Boolean) && model.seats.length >= 2;
  async run(model: TModel, real: TReal) {
    await cancelCohort(real.staff, real.cohorts[this.cohort]!);
    await idle();
    model.cancelled[this.cohort] = true;
    for (const seat of model.seats.filter((candidate) => candidate.active && candidate.cohort === this.cohort)) {
      const rest = left(seat);
      if (rest > 0) refundSeat(seat, rest, false);
      seat.active = false;
    }
    await agree(model);
  }
  toString = () => `cancel(${this.cohort})`;
}

const seatIndex = fc.nat({ max: 1_000 });
const pay = fc.tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom("card" as const, "alipay" as const, "offline" as const, "promotion" as const)).map(([cohort, method]) => new Pay(cohort, method));
const cohortIndex = fc.integer({ min: 0, max: 2 });
const transfer = fc.tuple(seatIndex, cohortIndex).map(([seat, to]) => new Transfer(seat, to));
const request = seatIndex.map((seat) => new Request(seat));
const decide = fc.tuple(seatIndex, fc.boolean(), fc.double({ min: 0.05, max: 1, noNaN: true }), fc.boolean()).map(([seat, approve, share, end]) => new Decide(seat, approve, share, end));
const payout = seatIndex.map((seat) => new Payout(seat));
const failRefund = seatIndex.map((seat) => new FailRefund(seat));
const replaceFailed = seatIndex.map((seat) => new ReplaceFailed(seat));
/** Listed more than once = generated more often: histories spend their steps on money, not on cancelling. */
const commands = [pay, pay, pay, transfer, transfer, request, request, request, decide, decide, decide, payout, payout, failRefund, failRefund, replaceFailed, replaceFailed, cohortIndex.map((cohort) => new Cancel(cohort))];

describe("the money of every seat, against a model", () => {
  it("agrees with an in-memory model after every step of generated histories (pay by card, wallet, offline or with a promotion code; transfer; request; approve; reject; payout; cancel; a refund failing; paying a failed one out)", async () => {
    const runs = Number(process.env.MODEL_RUNS ?? 60);
    const started = Date.now();
    let steps = 0;
    await fc.assert(
      fc.asyncProperty(fc.commands(commands, { maxCommands: 24, size: "max" }), async (history) => {
        const cohorts: string[] = [];
        for (const price of prices) {
          const { cohortId } = await createTestCohort({ capacity: 10, classes: [{ code: "A", capacity: 10 }] });
          const db = await getDb();
          await db.cohort.update({ where: { id: cohortId }, data: { listPriceFen: price } });
          cohorts.push(cohortId);
        }
        const [staff, staff2] = (await createTestUsers(2, "model-staff")) as [string, string];
        const real: TReal = { cohorts, staff: testActor(staff, "STAFF"), staff2: testActor(staff2, "STAFF") };
        const model: TModel = { seats: [], prices: [...prices], cancelled: [false, false, false], seq: 0 };
        steps += [...history].length;
        const tallied = [...history].map((command) => {
          const run = command.run.bind(command);
          command.run = async (m: TModel, r: TReal) => {
            ranByKind.set(kindOf(command), (ranByKind.get(kindOf(command)) ?? 0) + 1);
            await run(m, r);
          };
          return command;
        });
        await fc.asyncModelRun(() => ({ model, real }), tallied);
      }),
      { numRuns: runs, endOnFailure: true },
    );
    console.log(`[money model] ${runs} histories, ${steps} steps generated, ${executed} run and checked (${[...ranByKind].map(([kind, count]) => `${kind} ${count}`).join(", ")}), ${((Date.now() - started) / 1000).toFixed(1)} s`);
    expect(executed).toBeGreaterThan(runs);
  }, 600_000);
});
