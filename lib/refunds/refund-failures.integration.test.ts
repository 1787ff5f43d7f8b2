import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { failsWith, testActor } from "../../test/support/actors";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { createPaidLearner } from "../../test/support/paid-learner";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";
import { decideRefund } from "./decide-refund";
import { readRefundWork } from "./read-refund-work";
import { recordOfflinePayout } from "./record-offline-payout";
import { replaceFailedRefund } from "./replace-failed-refund";
import { requestRefund } from "./request-refund";

const harness = usePaymentsHarness();

const idle = () => harness.local.control.idle(15_000);

async function refundedLearner(prefix: string) {
  const { cohortId } = await createTestCohort();
  const [learner, ops] = (await createTestUsers(2, prefix)) as [string, string];
  const paid = await createPaidLearner(harness, learner, cohortId);
  const { requestId } = await requestRefund({ userId: learner, orderId: paid.orderId, reason: "退款后卡片注销" });
  const staff = testActor(ops, "STAFF");
  await decideRefund(staff, requestId, { kind: "approve", amountFen: 2_299_900, endEnrollment: true, note: null });
  await idle();
  const db = await getDb();
  const refund = await db.refund.findFirstOrThrow({ where: { requestId }, select: { id: true, stripeRefundId: true, status: true } });
  expect(refund.status).toBe("SUCCEEDED");
  return { ...paid, requestId, staff, refund };
}

describe("a refund that fails after it was issued", () => {
  it("reopens the learner's money for staff with Stripe's reason; the order counts only refunds that succeeded; staff pay it out offline once", async () => {
    const seat = await refundedLearner("refund-fails");
    const db = await getDb();
    expect((await db.refundRequest.findUniqueOrThrow({ where: { id: seat.requestId } })).status).toBe("COMPLETED");
    harness.local.control.failRefund(seat.refund.stripeRefundId!, "expired_or_canceled_card");
    await idle();

    expect(await db.refund.findUniqueOrThrow({ where: { id: seat.refund.id }, select: { status: true, failureReason: true } })).toEqual({
      status: "FAILED",
      failureReason: "expired_or_canceled_card",
    });
    expect(await db.order.findUniqueOrThrow({ where: { id: seat.orderId }, select: { status: true, refundedFen: true } })).toEqual({
      status: "PAID",
      refundedFen: 0,
    });
    expect((await db.refundRequest.findUniqueOrThrow({ where: { id: seat.requestId } })).status).toBe("APPROVED");
    const work = await readRefundWork(seat.staff);
    expect(work.failed.map((row) => row.id)).toContain(seat.refund.id);

    const [first, second] = await Promise.allSettled([
      replaceFailedRefund(seat.staff, seat.refund.id, "offline"),
      replaceFailedRefund(seat.staff, seat.refund.id, "offline"),
    ]);
    expect([first.status, second.status].sort()).toEqual(["fulfilled", "rejected"]);
    await expect(replaceFailedRefund(seat.staff, seat.refund.id, "stripe")).rejects.toSatisfy(failsWith("refundAlreadyHandled"));
    const payout = (await readRefundWork(seat.staff)).awaitingPayout.find((row) => row.requestId === seat.requestId)!;
    expect(payout).toMatchObject({ amountFen: 2_299_900, method: "OFFLINE" });
    expect((await readRefundWork(seat.staff)).failed.map((row) => row.id)).not.toContain(seat.refund.id);
    await recordOfflinePayout(seat.staff, { refundId: payout.id, paidOutAt: new Date(), method: "bank_transfer", reference: "BOC-0001" });
    expect((await db.refundRequest.findUniqueOrThrow({ where: { id: seat.requestId } })).status).toBe("COMPLETED");
    expect(await db.order.findUniqueOrThrow({ where: { id: seat.orderId }, select: { status: true, refundedFen: true } })).toEqual({
      status: "REFUNDED",
      refundedFen: 2_299_900,
    });
  });

  it("can be retried through Stripe", async () => {
    const seat = await refundedLearner("refund-retry");
    harness.local.control.failRefund(seat.refund.stripeRefundId!, "declined");
    await idle();
    await replaceFailedRefund(seat.staff, seat.refund.id, "stripe");
    await idle();
    const db = await getDb();
    expect((await db.refundRequest.findUniqueOrThrow({ where: { id: seat.requestId } })).status).toBe("COMPLETED");
    expect(await db.order.findUniqueOrThrow({ where: { id: seat.orderId }, select: { status: true, refundedFen: true } })).toEqual({
      status: "REFUNDED",
      refundedFen: 2_299_900,
    });
    expect((await harness.stripe.refunds.list({ payment_intent: seat.paymentIntentId })).data.map((refund) => refund.status).sort()).toEqual([
      "failed",
      "succeeded",
    ]);
  });
});
