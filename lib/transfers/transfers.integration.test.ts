import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { createPricedCohort, createTestUsers } from "../../test/support/fixtures";
import { createPaidLearner } from "../../test/support/paid-learner";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";
import { refundTransferDifference } from "./refund-transfer-difference";
import { transferLearner } from "./transfer-learner";
import { failsWith, testActor } from "../../test/support/actors";

const harness = usePaymentsHarness();

describe("transfers between cohorts", () => {
  it("to a cheaper cohort: moved at once and the difference refunded once", async () => {
    const from = await createPricedCohort(2_299_900);
    const to = await createPricedCohort(2_099_900);
    const [learner, ops] = (await createTestUsers(2, "cheaper")) as [string, string];
    const paid = await createPaidLearner(harness, learner, from);
    const result = await transferLearner(testActor(ops, "STAFF"), { enrollmentId: paid.enrollmentId, toCohortId: to });
    expect(result).toMatchObject({ status: "COMPLETED", differenceFen: -200_000 });
    await refundTransferDifference(result.transferId);
    await harness.local.control.idle(15_000);
    const refunds = (await harness.stripe.refunds.list({ payment_intent: paid.paymentIntentId })).data;
    expect(refunds.map((refund) => refund.amount)).toEqual([200_000]);
    const db = await getDb();
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: paid.enrollmentId } })).status).toBe("TRANSFERRED");
    expect(await db.enrollment.count({ where: { cohortId: to, userId: learner, status: "ACTIVE" } })).toBe(1);
    expect(await db.order.findUniqueOrThrow({ where: { id: paid.orderId }, select: { status: true, refundedFen: true } })).toEqual({
      status: "PARTIALLY_REFUNDED",
      refundedFen: 200_000,
    });
    expect(await db.auditLog.count({ where: { action: "enrollment.transfer", entityId: paid.enrollmentId } })).toBe(1);
  });

  it("to a dearer cohort: the seat is held, the learner pays the difference through Checkout, then the move completes", async () => {
    const from = await createPricedCohort(2_299_900);
    const to = await createPricedCohort(2_499_900);
    const [learner, ops] = (await createTestUsers(2, "dearer")) as [string, string];
    const paid = await createPaidLearner(harness, learner, from);
    const result = await transferLearner(testActor(ops, "STAFF"), { enrollmentId: paid.enrollmentId, toCohortId: to });
    expect(result).toMatchObject({ status: "AWAITING_PAYMENT", differenceFen: 200_000 });
    const db = await getDb();
    const transfer = await db.transfer.findUniqueOrThrow({
      where: { id: result.transferId },
      select: { order: { select: { amountFen: true, stripeCheckoutSessionId: true } }, hold: { select: { status: true } } },
    });
    expect(transfer).toMatchObject({ order: { amountFen: 200_000 }, hold: { status: "ACTIVE" } });
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: paid.enrollmentId } })).status).toBe("ACTIVE");
    const email = (await db.user.findUniqueOrThrow({ where: { id: learner } })).email;
    expect(await db.mailMessage.count({ where: { to: email, subject: { startsWith: "转期补差价" } } })).toBe(1);

    harness.local.control.completeCheckout(transfer.order!.stripeCheckoutSessionId!, { method: "alipay", outcome: "succeed" });
    await harness.local.control.idle(15_000);
    expect((await db.transfer.findUniqueOrThrow({ where: { id: result.transferId } })).status).toBe("COMPLETED");
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: paid.enrollmentId } })).status).toBe("TRANSFERRED");
    expect(await db.enrollment.count({ where: { cohortId: to, userId: learner, status: "ACTIVE" } })).toBe(1);
  });

  it("refuses a full cohort, the same cohort, a second transfer, and anyone but staff", async () => {
    const from = await createPricedCohort(2_299_900);
    const full = await createPricedCohort(2_299_900, 1);
    const [learner, other, ops] = (await createTestUsers(3, "refuse")) as [string, string, string];
    await createPaidLearner(harness, other, full);
    const paid = await createPaidLearner(harness, learner, from);
    const staff = testActor(ops, "STAFF");
    await expect(transferLearner(staff, { enrollmentId: paid.enrollmentId, toCohortId: full })).rejects.toSatisfy(failsWith("cohortFull"));
    await expect(transferLearner(staff, { enrollmentId: paid.enrollmentId, toCohortId: from })).rejects.toSatisfy(failsWith("transferSameCohort"));
    await expect(transferLearner(testActor(ops, "INSTRUCTOR"), { enrollmentId: paid.enrollmentId, toCohortId: full })).rejects.toSatisfy(
      failsWith("forbidden"),
    );
    const dearer = await createPricedCohort(2_599_900);
    await transferLearner(staff, { enrollmentId: paid.enrollmentId, toCohortId: dearer });
    await expect(transferLearner(staff, { enrollmentId: paid.enrollmentId, toCohortId: dearer })).rejects.toSatisfy(failsWith("transferPending"));
  });
});
