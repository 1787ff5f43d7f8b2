import { beforeAll, expect } from "vitest";
import type { TSessionUser } from "../../lib/auth/session";
import { getDb } from "../../lib/db";
import { holdSeat } from "../../lib/enrollment/hold-seat";
import type { Role } from "../../lib/generated/prisma/enums";
import { startCheckout } from "../../lib/orders/start-checkout";
import { createTestCohort, createTestUsers } from "./fixtures";
import { usePaymentsHarness } from "./use-payments-harness";

/**
 * For the ledger's integration tests: the payments harness (local Stripe), one user of each role,
 * and a learner who paid by card and was enrolled by the webhook. Call once at a test file's top.
 */
export function ledgerTestKit() {
  const harness = usePaymentsHarness();
  const actors = {} as Record<"learner" | "instructor" | "coach" | "staff" | "admin", TSessionUser>;

  beforeAll(async () => {
    const db = await getDb();
    const roles: [keyof typeof actors, Role][] = [
      ["learner", "LEARNER"],
      ["instructor", "INSTRUCTOR"],
      ["coach", "COACH"],
      ["staff", "STAFF"],
      ["admin", "ADMIN"],
    ];
    for (const [key, role] of roles) {
      const user = await db.user.create({
        data: { email: `ledger-${key}-${Date.now()}@example.com`, name: `账务${key}`, role },
        select: { id: true, email: true, name: true, role: true },
      });
      actors[key] = { ...user, locale: "zh" };
    }
  });

  const settle = () => harness.local.control.idle(10_000);

  /** A learner who paid by card through the local Stripe and was enrolled by the webhook. */
  async function paidOrder(cohortId?: string) {
    const cohort = cohortId ?? (await createTestCohort()).cohortId;
    const [userId] = await createTestUsers(1, "payer");
    const hold = await holdSeat({ userId: userId!, cohortId: cohort });
    const checkout = await startCheckout({ userId: userId!, holdId: hold.holdId, locale: "zh" });
    const db = await getDb();
    const { stripeCheckoutSessionId } = await db.order.findUniqueOrThrow({ where: { id: checkout.orderId }, select: { stripeCheckoutSessionId: true } });
    harness.local.control.completeCheckout(stripeCheckoutSessionId!, { method: "card", outcome: "succeed" });
    await settle();
    const order = await db.order.findUniqueOrThrow({
      where: { id: checkout.orderId },
      select: { id: true, status: true, enrollmentId: true, stripePaymentIntentId: true, user: { select: { email: true } } },
    });
    expect(order.status).toBe("PAID");
    return {
      cohortId: cohort,
      userId: userId!,
      orderId: order.id,
      enrollmentId: order.enrollmentId!,
      paymentIntentId: order.stripePaymentIntentId!,
      email: order.user.email,
    };
  }

  async function auditCount(action: string, entityId: string) {
    const db = await getDb();
    return db.auditLog.count({ where: { action, entityId } });
  }
  return { harness, actors, settle, paidOrder, auditCount };
}
