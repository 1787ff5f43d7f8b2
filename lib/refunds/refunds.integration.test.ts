import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { joinWaitlist } from "../enrollment/join-waitlist";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { createPaidLearner } from "../../test/support/paid-learner";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";
import { decideRefund } from "./decide-refund";
import { readMyOrderRefunds, readRefundRequests } from "./read-refund-requests";
import { requestRefund } from "./request-refund";
import { failsWith, testActor } from "../../test/support/actors";

const harness = usePaymentsHarness();

const idle = () => harness.local.control.idle(15_000);

async function staffPair() {
  const [a, b] = (await createTestUsers(2, "staff")) as [string, string];
  return [testActor(a, "STAFF"), testActor(b, "STAFF")] as const;
}

describe("refund requests", () => {
  it("a full refund approved by two staff at once makes one Stripe refund, ends the enrollment and offers the seat to the waitlist", async () => {
    const { cohortId } = await createTestCohort({ capacity: 1, classes: [{ code: "A", capacity: 1 }] });
    const [payer, waiting] = (await createTestUsers(2, "refund")) as [string, string];
    const paid = await createPaidLearner(harness, payer, cohortId);
    await joinWaitlist({ userId: waiting, cohortId });

    const quote = await readMyOrderRefunds(payer, paid.orderId);
    expect(quote?.quote).toMatchObject({ refundableFen: 2_299_900, rule: "fullBeforeCutoff" });
    const { requestId } = await requestRefund({ userId: payer, orderId: paid.orderId, reason: "工作调动，无法参加" });
    await expect(requestRefund({ userId: payer, orderId: paid.orderId, reason: "再申请一次" })).rejects.toSatisfy(failsWith("refundAlreadyRequested"));
    await expect(requestRefund({ userId: waiting, orderId: paid.orderId, reason: "不是我的订单" })).rejects.toSatisfy(failsWith("notFound"));

    const [first, second] = await staffPair();
    const decisions = await Promise.all([
      decideRefund(first, requestId, { kind: "approve", amountFen: 2_299_900, endEnrollment: false, note: null }),
      decideRefund(second, requestId, { kind: "approve", amountFen: 2_299_900, endEnrollment: false, note: null }),
    ]);
    expect(decisions.filter((decision) => !decision.alreadyDecided)).toHaveLength(1);
    await idle();

    expect((await harness.stripe.refunds.list({ payment_intent: paid.paymentIntentId })).data).toHaveLength(1);
    const db = await getDb();
    expect(await db.order.findUniqueOrThrow({ where: { id: paid.orderId }, select: { status: true, refundedFen: true } })).toEqual({
      status: "REFUNDED",
      refundedFen: 2_299_900,
    });
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: paid.enrollmentId } })).status).toBe("REFUNDED");
    expect((await db.waitlistEntry.findFirstOrThrow({ where: { cohortId, userId: waiting } })).status).toBe("OFFERED");
    expect(await db.auditLog.count({ where: { entityId: requestId, action: "refund.approve" } })).toBe(1);
    const payerEmail = (await db.user.findUniqueOrThrow({ where: { id: payer } })).email;
    expect(await db.mailMessage.count({ where: { to: payerEmail, subject: { startsWith: "退款已批准" } } })).toBe(1);
  });

  it("a partial refund keeps the enrollment unless staff choose to end it, and cannot exceed what the policy allows", async () => {
    const { cohortId } = await createTestCohort();
    const [keep, leave] = (await createTestUsers(2, "partial")) as [string, string];
    const [staff] = await staffPair();
    for (const [userId, endEnrollment] of [
      [keep, false],
      [leave, true],
    ] as const) {
      const paid = await createPaidLearner(harness, userId, cohortId);
      const { requestId } = await requestRefund({ userId, orderId: paid.orderId, reason: "部分退款测试" });
      await expect(decideRefund(staff, requestId, { kind: "approve", amountFen: 2_299_901, endEnrollment, note: null })).rejects.toSatisfy(
        failsWith("refundAmountTooLarge"),
      );
      await decideRefund(staff, requestId, { kind: "approve", amountFen: 500_000, endEnrollment, note: "按协议退部分" });
      await idle();
      const db = await getDb();
      expect(await db.order.findUniqueOrThrow({ where: { id: paid.orderId }, select: { status: true, refundedFen: true } })).toEqual({
        status: "PARTIALLY_REFUNDED",
        refundedFen: 500_000,
      });
      expect((await db.enrollment.findUniqueOrThrow({ where: { id: paid.enrollmentId } })).status).toBe(endEnrollment ? "REFUNDED" : "ACTIVE");
    }
  });

  it("a rejection carries the reason the learner sees; only staff decide or list requests", async () => {
    const { cohortId } = await createTestCohort();
    const [payer, instructor] = (await createTestUsers(2, "reject")) as [string, string];
    const paid = await createPaidLearner(harness, payer, cohortId);
    const { requestId } = await requestRefund({ userId: payer, orderId: paid.orderId, reason: "想换到下一期" });
    for (const outsider of [testActor(payer, "LEARNER"), testActor(instructor, "INSTRUCTOR"), testActor(instructor, "COACH")]) {
      await expect(decideRefund(outsider, requestId, { kind: "reject", note: "no" })).rejects.toSatisfy(failsWith("forbidden"));
      await expect(readRefundRequests(outsider)).rejects.toSatisfy(failsWith("forbidden"));
    }
    const [staff] = await staffPair();
    await decideRefund(staff, requestId, { kind: "reject", note: "已过退款期，可申请转期" });
    const mine = await readMyOrderRefunds(payer, paid.orderId);
    expect(mine?.requests[0]).toMatchObject({ status: "REJECTED", decisionNote: "已过退款期，可申请转期" });
    expect(mine?.quote?.refundableFen).toBe(2_299_900);
    const db = await getDb();
    expect((await db.order.findUniqueOrThrow({ where: { id: paid.orderId } })).status).toBe("PAID");
  });
});
