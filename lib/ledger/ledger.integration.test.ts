import { describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/seed-database";
import { seedOrders } from "../../prisma/seed/seed-orders";
import { getDb } from "../db";
import { holdSeat } from "../enrollment/hold-seat";
import { AppError } from "../errors";
import { startCheckout } from "../orders/start-checkout";
import { createTestUsers } from "../../test/support/fixtures";
import { ledgerTestKit } from "../../test/support/ledger-kit";
import { readCohortTotals } from "./cohort-totals";
import { findAnomalies } from "./find-anomalies";
import { fixAnomaly } from "./fix-anomaly";
import { parseLedgerFilters } from "./ledger-filters";
import { readAuditLog, ZAuditFilters } from "./read-audit-log";
import { searchOrders } from "./search-orders";

const { harness, actors, settle, paidOrder } = ledgerTestKit();
const isForbidden = (error: unknown) => error instanceof AppError && error.code === "forbidden";
const filters = (values: Record<string, string>) => parseLedgerFilters(values);
const shanghaiToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());
describe("search and totals", () => {
  it("filters orders by cohort, learner, status, method and Shanghai dates, and totals the paid ones per cohort", async () => {
    const paid = await paidOrder();
    const [other] = await createTestUsers(1, "pending");
    const hold = await holdSeat({ userId: other!, cohortId: paid.cohortId });
    const pending = await startCheckout({ userId: other!, holdId: hold.holdId, locale: "zh" });

    const all = await searchOrders(actors.staff, filters({ cohortId: paid.cohortId }));
    expect(all.total).toBe(2);
    expect(all.rows.map((row) => row.id)).toEqual([pending.orderId, paid.orderId]);
    expect(all.rows[1]).toMatchObject({
      status: "PAID",
      paymentMethod: "card",
      amountFen: 2_299_900,
      stripePaymentIntentId: paid.paymentIntentId,
      cohort: { number: 13 },
    });
    expect((await searchOrders(actors.staff, filters({ cohortId: paid.cohortId, status: "PAID" }))).rows.map((row) => row.id)).toEqual([paid.orderId]);
    expect((await searchOrders(actors.staff, filters({ learner: paid.email.slice(0, 14).toUpperCase() }))).rows.map((row) => row.id)).toEqual([paid.orderId]);
    expect((await searchOrders(actors.staff, filters({ cohortId: paid.cohortId, method: "card" }))).total).toBe(1);
    expect((await searchOrders(actors.staff, filters({ cohortId: paid.cohortId, method: "offline" }))).total).toBe(0);
    const today = shanghaiToday();
    expect((await searchOrders(actors.staff, filters({ cohortId: paid.cohortId, from: today, to: today }))).total).toBe(2);
    expect((await searchOrders(actors.staff, filters({ cohortId: paid.cohortId, to: "2020-01-01" }))).total).toBe(0);

    const totals = await readCohortTotals(actors.staff, filters({ cohortId: paid.cohortId }));
    const { stripeFeeFen } = await (await getDb()).order.findUniqueOrThrow({ where: { id: paid.orderId }, select: { stripeFeeFen: true } });
    expect(stripeFeeFen).toBeGreaterThan(0);
    expect(totals.rows).toEqual([
      expect.objectContaining({
        cohortId: paid.cohortId,
        paidCount: 1,
        grossFen: 2_299_900,
        refundedFen: 0,
        feesFen: stripeFeeFen,
        netFen: 2_299_900 - stripeFeeFen!,
      }),
    ]);
    expect((await readCohortTotals(actors.staff, filters({ cohortId: paid.cohortId, method: "alipay" }))).rows).toEqual([]);

    // Leave no open checkout behind: on PostgreSQL later test files share this database (and not this Stripe).
    const db = await getDb();
    const { stripeCheckoutSessionId } = await db.order.findUniqueOrThrow({ where: { id: pending.orderId }, select: { stripeCheckoutSessionId: true } });
    await harness.stripe.checkout.sessions.expire(stripeCheckoutSessionId!);
    await settle();
    expect((await db.order.findUniqueOrThrow({ where: { id: pending.orderId } })).status).toBe("EXPIRED");
  });
});

describe("access", () => {
  it("learners, instructors and coaches cannot see money or fix anything; staff can", async () => {
    const paid = await paidOrder();
    for (const actor of [actors.learner, actors.instructor, actors.coach]) {
      await expect(searchOrders(actor, filters({}))).rejects.toSatisfy(isForbidden);
      await expect(readCohortTotals(actor, filters({}))).rejects.toSatisfy(isForbidden);
      await expect(findAnomalies(actor)).rejects.toSatisfy(isForbidden);
      await expect(fixAnomaly(actor, { fix: "refund", id: paid.orderId })).rejects.toSatisfy(isForbidden);
      await expect(readAuditLog(actor, ZAuditFilters.parse({}))).rejects.toSatisfy(isForbidden);
    }
    expect((await searchOrders(actors.staff, filters({ cohortId: paid.cohortId }))).total).toBe(1);
    expect(await harness.stripe.refunds.list({ payment_intent: paid.paymentIntentId })).toMatchObject({ data: [] });
  });
});

describe("seeded demo", () => {
  // Seeds the demo: only on the embedded database, where this file has its own copy. On PostgreSQL
  // every test file shares one database, and prisma/seed/seed.integration.test.ts must seed it first.
  it("pays every seeded seat by bank transfer, so none is flagged, and a second run adds nothing", async ({ skip }) => {
    if (harness.databaseKind === "postgres") skip();
    const db = await getDb();
    await seedDatabase(db, new Date());
    expect(await seedOrders(db, new Date())).toEqual({ ordersCreated: 0 });
    const running = await db.cohort.findFirstOrThrow({
      where: { course: { slug: "ai-trainer" }, number: 12 },
      select: { id: true, listPriceFen: true, sessions: { where: { index: 1 }, select: { startsAt: true } } },
    });
    const orders = await db.order.findMany({
      where: { cohortId: running.id, paymentMethod: "offline" },
      select: { status: true, amountFen: true, paidAt: true, enrollment: { select: { status: true } }, hold: { select: { status: true, expiresAt: true } } },
    });
    // 李明 and his 20 classmates at least (other seed steps may add learners).
    expect(orders.length).toBeGreaterThanOrEqual(21);
    expect(await db.enrollment.count({ where: { cohortId: running.id, status: "ACTIVE", transferIn: { is: null }, order: { is: null } } })).toBe(0);
    for (const order of orders) {
      expect(order).toMatchObject({ status: "PAID", amountFen: running.listPriceFen, hold: { status: "CONVERTED" } });
      expect(["ACTIVE", "COMPLETED", "TRANSFERRED"]).toContain(order.enrollment?.status);
      expect(order.paidAt!.getTime()).toBeLessThan(running.sessions[0]!.startsAt.getTime());
      expect(order.hold.expiresAt.getTime()).toBeLessThan(Date.now());
    }
    const anomalies = await findAnomalies(actors.staff);
    const seededCohorts = new Set((await db.cohort.findMany({ where: { course: { slug: "ai-trainer" } }, select: { id: true } })).map((cohort) => cohort.id));
    expect(anomalies.enrollmentWithoutPayment.filter((anomaly) => seededCohorts.has(anomaly.enrollment.cohort.id))).toEqual([]);
    const totals = await readCohortTotals(actors.staff, filters({ cohortId: running.id, method: "offline" }));
    expect(totals.sum).toEqual({
      paidCount: orders.length,
      grossFen: orders.length * running.listPriceFen,
      refundedFen: 0,
      feesFen: 0,
      netFen: orders.length * running.listPriceFen,
    });
  });
});
