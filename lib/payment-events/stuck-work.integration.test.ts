import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { holdSeat } from "../enrollment/hold-seat";
import { needsPersonAfter } from "../retry/backoff";
import { readStuckWork, retryStuckWork } from "../ledger/read-stuck-work";
import { startCheckout } from "../orders/start-checkout";
import { testActor } from "../../test/support/actors";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";
import { reconcileOrders } from "./reconcile-orders";

const harness = usePaymentsHarness();

describe("reconciliation that cannot jam", () => {
  it("orders Stripe cannot answer for back off and end with a person, while a paid order behind them is still fulfilled", async () => {
    const { cohortId } = await createTestCohort({ capacity: 40, classes: [{ code: "A", capacity: 40 }] });
    const users = await createTestUsers(26, "stuck");
    const db = await getDb();
    const past = new Date(Date.now() - 3_600_000);
    // 25 pending orders whose Checkout Sessions Stripe does not know, older than the good one.
    const broken: string[] = [];
    for (const userId of users.slice(0, 25)) {
      const hold = await holdSeat({ userId, cohortId });
      const order = await db.order.create({
        data: {
          userId,
          cohortId,
          holdId: hold.holdId,
          listPriceFen: 2_299_900,
          amountFen: 2_299_900,
          stripeCheckoutSessionId: `cs_test_gone_${userId}`,
          checkoutExpiresAt: past,
          createdAt: past,
        },
        select: { id: true },
      });
      broken.push(order.id);
    }
    // A paid order whose webhooks were lost.
    const good = users[25]!;
    const hold = await holdSeat({ userId: good, cohortId });
    const { orderId } = await startCheckout({ userId: good, holdId: hold.holdId, locale: "zh" });
    harness.local.control.setWebhookUrl("");
    const { stripeCheckoutSessionId } = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { stripeCheckoutSessionId: true } });
    harness.local.control.completeCheckout(stripeCheckoutSessionId!, { method: "card", outcome: "succeed" });
    await db.order.update({ where: { id: orderId }, data: { checkoutExpiresAt: new Date(Date.now() - 10 * 60_000) } });
    harness.local.control.setWebhookUrl(harness.local.app.opts.webhookUrl || "");

    // Two runs of 20: the broken ones back off after their first failure, so the good one is reached.
    let now = new Date();
    await reconcileOrders(now, 20);
    await reconcileOrders(now, 20);
    expect((await db.order.findUniqueOrThrow({ where: { id: orderId } })).status).toBe("PAID");

    // Keep failing until a person is needed; then they are no longer tried.
    for (let round = 0; round < needsPersonAfter + 2; round++) {
      now = new Date(now.getTime() + 25 * 3_600_000);
      await reconcileOrders(now, 50);
    }
    const attempts = await db.order.findMany({ where: { id: { in: broken } }, select: { retryAttempts: true } });
    expect(attempts.every((row) => row.retryAttempts === needsPersonAfter)).toBe(true);
    const staff = testActor(users[0]!, "STAFF");
    const stuck = await readStuckWork(staff);
    expect(stuck.orders.map((order) => order.id)).toEqual(expect.arrayContaining(broken));
    await retryStuckWork(staff, { kind: "order", id: broken[0]! });
    expect((await db.order.findUniqueOrThrow({ where: { id: broken[0]! } })).retryAttempts).toBe(0);
    expect(await db.auditLog.count({ where: { action: "work.retry", entityId: broken[0]! } })).toBe(1);
  });
});
