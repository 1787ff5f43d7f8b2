/**
 * The steps of the money model test: each runs on the real code (test/support/money-model-world.ts)
 * and on the model (test/support/money-model.ts), then checks both agree.
 */
import fc from "fast-check";
import { expect } from "vitest";
import { cancelCohort } from "../../lib/cohorts/cancel-cohort";
import { getDb } from "../../lib/db";
import { decideRefund } from "../../lib/refunds/decide-refund";
import { recordOfflinePayout } from "../../lib/refunds/record-offline-payout";
import { replaceFailedRefund } from "../../lib/refunds/replace-failed-refund";
import { requestRefund } from "../../lib/refunds/request-refund";
import { transferLearner } from "../../lib/transfers/transfer-learner";
import { createTestUsers } from "./fixtures";
import {
  failStripeRefund,
  hasBackStripeRefund,
  hasFailedRefund,
  left,
  payOut,
  refundable,
  refundSeat,
  refunding,
  replaceFailedByPayout,
  type TModel,
  type TModelSeat,
} from "./money-model";
import { agree, currentOrderId, harness, idle, openRequest, payWithPromotionCode, pickWhere, staffDecide, type TReal } from "./money-model-world";
import { createOfflineLearner } from "./offline-learner";
import { createPaidLearner } from "./paid-learner";
import { GroupFail, GroupFill } from "./money-model-group-steps";

export class Pay implements fc.AsyncCommand<TModel, TReal> {
  constructor(
    readonly cohort: number,
    readonly method: "card" | "alipay" | "offline" | "promotion",
  ) {}
  check = (model: Readonly<TModel>) => !model.cancelled[this.cohort] && model.seats.length < 6;
  async run(model: TModel, real: TReal) {
    const [learner] = (await createTestUsers(1, "model")) as [string];
    const cohortId = real.cohorts[this.cohort]!;
    const { orderId } =
      this.method === "offline"
        ? await createOfflineLearner(learner, cohortId)
        : this.method === "promotion"
          ? await payWithPromotionCode(learner, cohortId)
          : await createPaidLearner(harness, learner, cohortId, this.method);
    await idle();
    const price = model.prices[this.cohort]! - (this.method === "promotion" ? 50_000 : 0);
    model.seats.push({
      learner,
      cohort: this.cohort,
      orders: [{ orderId, amount: price, stripe: this.method !== "offline", seq: model.seq++, refunds: [] }],
      agreed: price,
      waived: 0,
      active: true,
      request: null,
    });
    await agree(model);
  }
  toString = () => `pay(${this.cohort}, ${this.method})`;
}

export class Transfer implements fc.AsyncCommand<TModel, TReal> {
  constructor(
    readonly seat: number,
    readonly to: number,
  ) {}
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
    if (hasFailedRefund(seat)) {
      // Money owed back first (found by this model: seed 1586999789, path 39): refused, nothing changes.
      await expect(transferLearner(real.staff, { enrollmentId: enrollment.id, toCohortId: real.cohorts[this.to]! })).rejects.toMatchObject({
        code: "failedRefundUnresolved",
      });
      await agree(model);
      return;
    }
    const result = await transferLearner(real.staff, { enrollmentId: enrollment.id, toCohortId: real.cohorts[this.to]! });
    const difference = model.prices[this.to]! - (left(seat) + seat.waived);
    expect(result.differenceFen).toBe(difference);
    if (difference > 0) {
      const order = await db.transfer.findUniqueOrThrow({
        where: { id: result.transferId },
        select: { order: { select: { id: true, stripeCheckoutSessionId: true } } },
      });
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

export class Request implements fc.AsyncCommand<TModel, TReal> {
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

export class Decide implements fc.AsyncCommand<TModel, TReal> {
  constructor(
    readonly seat: number,
    readonly approve: boolean,
    readonly share: number,
    readonly endSeat: boolean,
  ) {}
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

export class Payout implements fc.AsyncCommand<TModel, TReal> {
  constructor(readonly seat: number) {}
  applies = (seat: TModelSeat) => refunding(seat) > 0;
  check = (model: Readonly<TModel>) => pickWhere(model, this.seat, this.applies) !== undefined;
  async run(model: TModel, real: TReal) {
    const seat = pickWhere(model, this.seat, this.applies)!;
    const db = await getDb();
    const waiting = await db.refund.findMany({ where: { method: "OFFLINE", status: "PENDING", order: { userId: seat.learner } }, select: { id: true } });
    for (const refund of waiting)
      await recordOfflinePayout(real.staff2, { refundId: refund.id, paidOutAt: new Date(), method: "bank_transfer", reference: "MODEL" });
    payOut(seat);
    await agree(model);
  }
  toString = () => `payout(${this.seat})`;
}

export class FailRefund implements fc.AsyncCommand<TModel, TReal> {
  constructor(readonly seat: number) {}
  check = (model: Readonly<TModel>) => pickWhere(model, this.seat, hasBackStripeRefund) !== undefined;
  async run(model: TModel) {
    const seat = pickWhere(model, this.seat, hasBackStripeRefund)!;
    // The latest Stripe refund of the seat that succeeded fails; the model fails one alike.
    const db = await getDb();
    const row = await db.refund.findFirstOrThrow({
      where: { method: "STRIPE", status: "SUCCEEDED", orderId: { in: seat.orders.map((order) => order.orderId) } },
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      select: { stripeRefundId: true, orderId: true, amountFen: true, requestId: true },
    });
    failStripeRefund(seat, { orderId: row.orderId, amount: row.amountFen, byRequest: row.requestId !== null });
    harness.local.control.failRefund(row.stripeRefundId!, "expired_or_canceled_card");
    await idle();
    await agree(model);
  }
  toString = () => `failRefund(${this.seat})`;
}

export class ReplaceFailed implements fc.AsyncCommand<TModel, TReal> {
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

export class Cancel implements fc.AsyncCommand<TModel, TReal> {
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
const pay = fc
  .tuple(fc.integer({ min: 0, max: 2 }), fc.constantFrom("card" as const, "alipay" as const, "offline" as const, "promotion" as const))
  .map(([cohort, method]) => new Pay(cohort, method));
const cohortIndex = fc.integer({ min: 0, max: 2 });
const transfer = fc.tuple(seatIndex, cohortIndex).map(([seat, to]) => new Transfer(seat, to));
const request = seatIndex.map((seat) => new Request(seat));
const decide = fc
  .tuple(seatIndex, fc.boolean(), fc.double({ min: 0.05, max: 1, noNaN: true }), fc.boolean())
  .map(([seat, approve, share, end]) => new Decide(seat, approve, share, end));
const payout = seatIndex.map((seat) => new Payout(seat));
const failRefund = seatIndex.map((seat) => new FailRefund(seat));
const replaceFailed = seatIndex.map((seat) => new ReplaceFailed(seat));
/** Listed more than once = generated more often: histories spend their steps on money, not on cancelling. */
const groupMethod = fc.constantFrom("card" as const, "alipay" as const);
const groupFill = fc.array(groupMethod, { minLength: 3, maxLength: 3 }).map((methods) => new GroupFill(methods));
const groupFail = fc.array(groupMethod, { minLength: 2, maxLength: 2 }).map((methods) => new GroupFail(methods));
export const commands = [
  pay,
  pay,
  pay,
  groupFill,
  groupFail,
  transfer,
  transfer,
  request,
  request,
  request,
  decide,
  decide,
  decide,
  payout,
  payout,
  failRefund,
  failRefund,
  replaceFailed,
  replaceFailed,
  cohortIndex.map((cohort) => new Cancel(cohort)),
];
