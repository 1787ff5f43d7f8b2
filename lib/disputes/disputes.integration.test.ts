import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { readDisputes } from "../ledger/read-disputes";
import { testActor } from "../../test/support/actors";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { createPaidLearner } from "../../test/support/paid-learner";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";

const harness = usePaymentsHarness();

const idle = () => harness.local.control.idle(15_000);

async function disputedLearner(prefix: string, rule: "KEEP" | "RELEASE") {
  const { cohortId } = await createTestCohort();
  const db = await getDb();
  await db.cohort.update({ where: { id: cohortId }, data: { disputeSeatRule: rule } });
  const [learner, ops] = (await createTestUsers(2, prefix)) as [string, string];
  await db.user.update({ where: { id: ops }, data: { role: "STAFF" } });
  const paid = await createPaidLearner(harness, learner, cohortId);
  const charge = (await harness.stripe.paymentIntents.retrieve(paid.paymentIntentId)).latest_charge as string;
  const dispute = harness.local.control.openDispute(charge, "product_not_received");
  await idle();
  const staffEmail = (await db.user.findUniqueOrThrow({ where: { id: ops } })).email;
  return { ...paid, dispute, staff: testActor(ops, "STAFF"), staffEmail };
}

describe("disputes (chargebacks)", () => {
  it("are recorded on the order with the money withdrawn, staff are told, the seat is kept and flagged, and a won dispute reinstates the money", async () => {
    const seat = await disputedLearner("dispute-keep", "KEEP");
    const db = await getDb();
    expect(
      await db.dispute.findUniqueOrThrow({
        where: { stripeDisputeId: seat.dispute.id },
        select: { orderId: true, status: true, amountFen: true, withdrawnFen: true, reinstatedFen: true, closedAt: true },
      }),
    ).toEqual({
      orderId: seat.orderId,
      status: "needs_response",
      amountFen: 2_299_900,
      withdrawnFen: 2_299_900,
      reinstatedFen: 0,
      closedAt: null,
    });
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: seat.enrollmentId } })).status).toBe("ACTIVE");
    expect(await db.mailMessage.count({ where: { to: seat.staffEmail, subject: { startsWith: "付款争议：" } } })).toBe(1);
    expect((await readDisputes(seat.staff)).map((row) => row.order.id)).toContain(seat.orderId);

    harness.local.control.closeDispute(seat.dispute.id, "won");
    await idle();
    expect(
      await db.dispute.findUniqueOrThrow({ where: { stripeDisputeId: seat.dispute.id }, select: { status: true, reinstatedFen: true, closedAt: true } }),
    ).toMatchObject({ status: "won", reinstatedFen: 2_299_900, closedAt: expect.any(Date) });
    expect(await db.mailMessage.count({ where: { to: seat.staffEmail, subject: { startsWith: "付款争议已结束" } } })).toBe(1);
    expect((await readDisputes(seat.staff)).map((row) => row.order.id)).not.toContain(seat.orderId);
  });

  it("release the seat when the cohort's rule says so; a lost dispute stays in reconciliation", async () => {
    const seat = await disputedLearner("dispute-release", "RELEASE");
    const db = await getDb();
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: seat.enrollmentId } })).status).toBe("CANCELLED");
    harness.local.control.closeDispute(seat.dispute.id, "lost");
    await idle();
    const listed = (await readDisputes(seat.staff)).find((row) => row.order.id === seat.orderId);
    expect(listed).toMatchObject({ status: "lost", withdrawnFen: 2_299_900, reinstatedFen: 0 });
  });
});
