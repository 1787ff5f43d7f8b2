import { describe, expect, it } from "vitest";
import { getDb } from "../../lib/db";
import { decideRefund } from "../../lib/refunds/decide-refund";
import { issueStripeRefund } from "../../lib/refunds/issue-stripe-refund";
import { planSeatRefund } from "../../lib/refunds/plan-refund";
import { readMyOrderRefunds } from "../../lib/refunds/read-refund-requests";
import { readRefundWork } from "../../lib/refunds/read-refund-work";
import { recordOfflinePayout } from "../../lib/refunds/record-offline-payout";
import { requestRefund } from "../../lib/refunds/request-refund";
import { transferLearner } from "../../lib/transfers/transfer-learner";
import { lockSeatAccount } from "../../lib/seat-accounts/read-seat-account";
import { failsWith, testActor } from "../support/actors";
import { createPricedCohort, createTestUsers } from "../support/fixtures";
import { createOfflineLearner } from "../support/offline-learner";
import { createPaidLearner } from "../support/paid-learner";
import { usePaymentsHarness } from "../support/use-payments-harness";

const harness = usePaymentsHarness();

const idle = () => harness.local.control.idle(15_000);

describe("one account per seat", () => {
  it("after a transfer to a dearer cohort the old order cannot be refunded; the seat is refunded as a whole, over both payments", async () => {
    const from = await createPricedCohort(2_159_910);
    const to = await createPricedCohort(2_599_900);
    const [learner, ops, ops2] = (await createTestUsers(3, "moved")) as [string, string, string];
    const paid = await createPaidLearner(harness, learner, from);
    const transfer = await transferLearner(testActor(ops, "STAFF"), { enrollmentId: paid.enrollmentId, toCohortId: to });
    expect(transfer.differenceFen).toBe(439_990);
    const db = await getDb();
    const differenceOrder = await db.transfer.findUniqueOrThrow({
      where: { id: transfer.transferId },
      select: { order: { select: { id: true, stripeCheckoutSessionId: true } } },
    });
    harness.local.control.completeCheckout(differenceOrder.order!.stripeCheckoutSessionId!, { method: "card", outcome: "succeed" });
    await idle();

    // The reported attack: a refund of the old order while keeping the new seat.
    await expect(requestRefund({ userId: learner, orderId: paid.orderId, reason: "退掉旧的订单" })).rejects.toSatisfy(failsWith("refundOrderMoved"));
    expect(await db.refundRequest.count({ where: { userId: learner } })).toBe(0);
    const old = await readMyOrderRefunds(learner, paid.orderId);
    expect(old).toMatchObject({ quote: null, moved: { orderId: differenceOrder.order!.id } });

    // From the current order the whole seat is quoted and refunded, newest payment first.
    const current = await readMyOrderRefunds(learner, differenceOrder.order!.id);
    expect(current?.quote).toMatchObject({ refundableFen: 2_599_900, rule: "fullBeforeCutoff" });
    const { requestId } = await requestRefund({ userId: learner, orderId: differenceOrder.order!.id, reason: "不读了" });
    await expect(
      decideRefund(testActor(ops2, "STAFF"), requestId, { kind: "approve", amountFen: 2_599_901, endEnrollment: true, note: null }),
    ).rejects.toSatisfy(failsWith("refundAmountTooLarge"));
    await decideRefund(testActor(ops2, "STAFF"), requestId, { kind: "approve", amountFen: 2_599_900, endEnrollment: true, note: null });
    await idle();
    const refunds = await db.refund.findMany({ where: { requestId }, orderBy: { amountFen: "asc" }, select: { amountFen: true, status: true, orderId: true } });
    expect(refunds).toEqual([
      { amountFen: 439_990, status: "SUCCEEDED", orderId: differenceOrder.order!.id },
      { amountFen: 2_159_910, status: "SUCCEEDED", orderId: paid.orderId },
    ]);
    expect((await db.refundRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("COMPLETED");
    expect(await db.enrollment.count({ where: { userId: learner, status: "ACTIVE" } })).toBe(0);
  });

  it("one open request per seat: a second one is refused while the first waits or is approved and not paid back", async () => {
    const cohortId = await createPricedCohort(2_299_900);
    const [learner, ops] = (await createTestUsers(2, "twice")) as [string, string];
    const paid = await createOfflineLearner(learner, cohortId);
    const { requestId } = await requestRefund({ userId: learner, orderId: paid.orderId, reason: "第一次申请" });
    await expect(requestRefund({ userId: learner, orderId: paid.orderId, reason: "第二次申请" })).rejects.toSatisfy(failsWith("refundAlreadyRequested"));
    await decideRefund(testActor(ops, "STAFF"), requestId, { kind: "approve", amountFen: 1_489_930, endEnrollment: false, note: null });
    expect((await readMyOrderRefunds(learner, paid.orderId))?.quote).toBeNull();
    await expect(requestRefund({ userId: learner, orderId: paid.orderId, reason: "批准后再申请" })).rejects.toSatisfy(failsWith("refundAlreadyRequested"));
    const db = await getDb();
    expect(await db.refundRequest.count({ where: { userId: learner } })).toBe(1);
  });

  it("an offline payment is refunded as a payout staff record once; the order, ledger and enrollment follow only then", async () => {
    const cohortId = await createPricedCohort(2_299_900);
    const [learner, ops, ops2] = (await createTestUsers(3, "offline")) as [string, string, string];
    const paid = await createOfflineLearner(learner, cohortId);
    const { requestId } = await requestRefund({ userId: learner, orderId: paid.orderId, reason: "家里有事" });
    await decideRefund(testActor(ops, "STAFF"), requestId, { kind: "approve", amountFen: 2_299_900, endEnrollment: true, note: null });
    const db = await getDb();
    expect(await db.order.findUniqueOrThrow({ where: { id: paid.orderId }, select: { status: true, refundedFen: true } })).toEqual({
      status: "PAID",
      refundedFen: 0,
    });
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: paid.enrollmentId } })).status).toBe("ACTIVE");
    const work = await readRefundWork(testActor(ops2, "STAFF"));
    const payout = work.awaitingPayout.find((row) => row.requestId === requestId);
    expect(payout).toMatchObject({ amountFen: 2_299_900, method: "OFFLINE", status: "PENDING" });
    const email = (await db.user.findUniqueOrThrow({ where: { id: learner } })).email;
    const approvedMail = await db.mailMessage.findFirstOrThrow({ where: { to: email, subject: { startsWith: "退款已批准" } } });
    expect(approvedMail.text).toContain("线下转账");
    expect(approvedMail.text).not.toContain("原路退回");

    await expect(
      recordOfflinePayout(testActor(learner, "LEARNER"), { refundId: payout!.id, paidOutAt: new Date(), method: "bank_transfer", reference: "X" }),
    ).rejects.toSatisfy(failsWith("forbidden"));
    const record = () =>
      recordOfflinePayout(testActor(ops2, "STAFF"), { refundId: payout!.id, paidOutAt: new Date(), method: "bank_transfer", reference: "ICBC-20261206-001" });
    const both = await Promise.allSettled([record(), record()]);
    expect(both.filter((result) => result.status === "fulfilled")).toHaveLength(1);
    expect(both.find((result) => result.status === "rejected")).toMatchObject({ reason: expect.objectContaining({ code: "payoutAlreadyRecorded" }) });
    expect(await db.order.findUniqueOrThrow({ where: { id: paid.orderId }, select: { status: true, refundedFen: true } })).toEqual({
      status: "REFUNDED",
      refundedFen: 2_299_900,
    });
    expect((await db.refundRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("COMPLETED");
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: paid.enrollmentId } })).status).toBe("REFUNDED");
    expect(await db.mailMessage.count({ where: { to: email, subject: { startsWith: "退款已打款" } } })).toBe(1);
    expect(await db.auditLog.count({ where: { entityId: payout!.id, action: "refund.payout" } })).toBe(1);
  });

  it("staff never decide a request they filed or one for their own seat", async () => {
    const cohortId = await createPricedCohort(2_299_900);
    const [staffLearner, ops] = (await createTestUsers(2, "own")) as [string, string];
    const paid = await createPaidLearner(harness, staffLearner, cohortId);
    const { requestId } = await requestRefund({ userId: staffLearner, orderId: paid.orderId, reason: "员工自己报名后退款" });
    await expect(
      decideRefund(testActor(staffLearner, "STAFF"), requestId, { kind: "approve", amountFen: 2_299_900, endEnrollment: true, note: null }),
    ).rejects.toSatisfy(failsWith("refundOwnRequest"));
    const db = await getDb();
    expect((await db.refundRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("PENDING");
    await decideRefund(testActor(ops, "STAFF"), requestId, { kind: "reject", note: "不符合政策" });
    expect((await db.refundRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("REJECTED");
  });

  it("a partial refund meant to end the enrollment ends it even when charge.refunded is handled before the refund is linked", async () => {
    const cohortId = await createPricedCohort(2_299_900);
    const [learner, ops] = (await createTestUsers(2, "race")) as [string, string];
    const paid = await createPaidLearner(harness, learner, cohortId);
    const { requestId } = await requestRefund({ userId: learner, orderId: paid.orderId, reason: "部分退款并退出" });
    const db = await getDb();
    // Staff's decision is written (request approved, refund planned) and the Stripe refund created,
    // but the process stops before it links Stripe's id: the webhook arrives first.
    const planned = await db.$transaction(async (tx) => {
      await tx.refundRequest.update({ where: { id: requestId }, data: { status: "APPROVED", approvedFen: 500_000, endEnrollment: true, decidedById: ops } });
      const account = (await lockSeatAccount(tx, (await tx.order.findUniqueOrThrow({ where: { id: paid.orderId } })).accountId!))!;
      return planSeatRefund(tx, account, { amountFen: 500_000, reason: "learner_request", requestId });
    });
    const rowId = planned.stripeRefundIds[0]!;
    await harness.stripe.refunds.create({
      payment_intent: paid.paymentIntentId,
      amount: 500_000,
      metadata: { orderId: paid.orderId, reason: "learner_request", refundId: rowId, refundRequestId: requestId },
    });
    await idle();
    expect(await db.refund.findUniqueOrThrow({ where: { id: rowId }, select: { status: true, stripeRefundId: true } })).toMatchObject({
      status: "SUCCEEDED",
      stripeRefundId: expect.stringMatching(/^re_/),
    });
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: paid.enrollmentId } })).status).toBe("REFUNDED");
    expect((await db.refundRequest.findUniqueOrThrow({ where: { id: requestId } })).status).toBe("COMPLETED");
    // Issuing again (the scheduler's retry) finds the refund linked and asks Stripe for nothing more.
    expect(await issueStripeRefund(rowId)).toBe(true);
    expect((await harness.stripe.refunds.list({ payment_intent: paid.paymentIntentId })).data).toHaveLength(1);
    expect(await db.refund.count({ where: { orderId: paid.orderId } })).toBe(1);
  });
});
