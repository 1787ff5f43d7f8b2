import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { holdSeat } from "../enrollment/hold-seat";
import { expireHolds } from "../enrollment/release-seats";
import { failsWith } from "../../test/support/actors";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";
import { settleLapsedCheckouts } from "./settle-lapsed-checkouts";
import { startCheckout } from "../orders/start-checkout";

const harness = usePaymentsHarness();

/** A learner whose 15-minute hold ran out 5 minutes ago, with the Checkout Session opened on it still open at Stripe (which keeps sessions open at least 30 minutes). */
async function lapsedCheckout(cohortId: string, userId: string) {
  const hold = await holdSeat({ userId, cohortId, holdMinutes: 15 });
  const { orderId } = await startCheckout({ userId, holdId: hold.holdId, locale: "zh" });
  const db = await getDb();
  await db.seatHold.update({ where: { id: hold.holdId }, data: { expiresAt: new Date(Date.now() - 5 * 60_000) } });
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { stripeCheckoutSessionId: true } });
  return { holdId: hold.holdId, orderId, sessionId: order.stripeCheckoutSessionId! };
}

describe("a hold whose time ran out with a Checkout Session open on it", () => {
  it("keeps its seat when the session was paid while every webhook was lost, and the learner ends enrolled", async () => {
    const { cohortId } = await createTestCohort({ capacity: 1, classes: [{ code: "A", capacity: 1 }] });
    const [payer, next] = (await createTestUsers(2, "lapsed-paid")) as [string, string];
    const lapsed = await lapsedCheckout(cohortId, payer);
    const webhookUrl = harness.local.app.opts.webhookUrl;
    harness.local.control.setWebhookUrl("");
    try {
      harness.local.control.completeCheckout(lapsed.sessionId, { method: "card", outcome: "succeed" });
      await harness.local.control.idle(15_000);
    } finally {
      harness.local.control.setWebhookUrl(webhookUrl);
    }
    const db = await getDb();
    expect((await db.order.findUniqueOrThrow({ where: { id: lapsed.orderId } })).status).toBe("PENDING");
    // Nobody has asked Stripe yet: the seat is not given to the next learner, and the sweep keeps the hold.
    await expect(holdSeat({ userId: next, cohortId })).rejects.toSatisfy(failsWith("cohortFull"));
    expect(await expireHolds()).toBe(0);
    expect(await settleLapsedCheckouts()).toBe(1);
    expect(await db.order.findUniqueOrThrow({ where: { id: lapsed.orderId }, select: { status: true, noSeatRefundAt: true } })).toEqual({
      status: "PAID",
      noSeatRefundAt: null,
    });
    expect(await db.enrollment.count({ where: { cohortId, userId: payer, status: "ACTIVE" } })).toBe(1);
    expect((await db.seatHold.findUniqueOrThrow({ where: { id: lapsed.holdId } })).status).toBe("CONVERTED");
  });

  it("expires an unpaid session at Stripe before the seat is released to the next learner", async () => {
    const { cohortId } = await createTestCohort({ capacity: 1, classes: [{ code: "A", capacity: 1 }] });
    const [idler, next] = (await createTestUsers(2, "lapsed-open")) as [string, string];
    const lapsed = await lapsedCheckout(cohortId, idler);
    await expect(holdSeat({ userId: next, cohortId })).rejects.toSatisfy(failsWith("cohortFull"));
    expect(await settleLapsedCheckouts()).toBe(1);
    expect((await harness.stripe.checkout.sessions.retrieve(lapsed.sessionId)).status).toBe("expired");
    const db = await getDb();
    expect((await db.order.findUniqueOrThrow({ where: { id: lapsed.orderId } })).status).toBe("EXPIRED");
    expect(await expireHolds()).toBe(1);
    await expect(holdSeat({ userId: next, cohortId })).resolves.toMatchObject({ holdId: expect.any(String) });
    await harness.local.control.idle(15_000);
  });
});
