import { beforeAll, describe, expect, it } from "vitest";
import { seedDatabase } from "../../prisma/seed/seed-database";
import { seedOrders } from "../../prisma/seed/seed-orders";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { endEnrollment } from "../enrollment/cancel-enrollment";
import { holdSeat } from "../enrollment/hold-seat";
import { AppError } from "../errors";
import type { Role } from "../generated/prisma/enums";
import { startCheckout } from "../orders/start-checkout";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";
import { readCohortTotals } from "./cohort-totals";
import { findAnomalies } from "./find-anomalies";
import { fixAnomaly } from "./fix-anomaly";
import { parseLedgerFilters } from "./ledger-filters";
import { readAuditLog, ZAuditFilters } from "./read-audit-log";
import { searchOrders } from "./search-orders";

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
const isForbidden = (error: unknown) => error instanceof AppError && error.code === "forbidden";
const filters = (values: Record<string, string>) => parseLedgerFilters(values);
const shanghaiToday = () => new Intl.DateTimeFormat("en-CA", { timeZone: "Asia/Shanghai" }).format(new Date());

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

describe("anomalies and their fixes", () => {
  it("a paid order whose enrollment was cancelled is found; enrolling it again happens once", async () => {
    const paid = await paidOrder();
    await endEnrollment(paid.enrollmentId, "CANCELLED");
    const found = (await findAnomalies(actors.staff)).paidWithoutEnrollment.find((anomaly) => anomaly.id === paid.orderId);
    expect(found).toMatchObject({ enrollmentStatus: "CANCELLED", fixes: ["enroll", "refund"] });

    const outcomes = await Promise.all([
      fixAnomaly(actors.staff, { fix: "enroll", id: paid.orderId }),
      fixAnomaly(actors.admin, { fix: "enroll", id: paid.orderId }),
    ]);
    expect(outcomes.sort()).toEqual(["alreadyFixed", "fixed"]);
    const db = await getDb();
    const order = await db.order.findUniqueOrThrow({ where: { id: paid.orderId }, select: { enrollment: { select: { id: true, status: true } } } });
    expect(order.enrollment?.status).toBe("ACTIVE");
    expect(order.enrollment?.id).not.toBe(paid.enrollmentId);
    expect(await db.enrollment.count({ where: { cohortId: paid.cohortId, userId: paid.userId, status: "ACTIVE" } })).toBe(1);
    expect(await auditCount("ledger.enrollPaid", paid.orderId)).toBe(1);
    const mails = await db.mailMessage.findMany({ where: { to: paid.email }, select: { subject: true } });
    expect(mails.filter((mail) => mail.subject.startsWith("报名成功"))).toHaveLength(2);
    expect((await findAnomalies(actors.staff)).paidWithoutEnrollment.some((anomaly) => anomaly.id === paid.orderId)).toBe(false);
  });

  it("refunding a paid order without a seat makes one Stripe refund even when pressed twice at once", async () => {
    const paid = await paidOrder();
    await endEnrollment(paid.enrollmentId, "CANCELLED");
    const outcomes = await Promise.all([
      fixAnomaly(actors.staff, { fix: "refund", id: paid.orderId }),
      fixAnomaly(actors.staff, { fix: "refund", id: paid.orderId }),
    ]);
    expect(outcomes.sort()).toEqual(["alreadyFixed", "fixed"]);
    expect(await fixAnomaly(actors.staff, { fix: "refund", id: paid.orderId })).toBe("alreadyFixed");
    await settle();
    const refunds = await harness.stripe.refunds.list({ payment_intent: paid.paymentIntentId });
    expect(refunds.data).toHaveLength(1);
    expect(refunds.data[0]!.amount).toBe(2_299_900);
    const db = await getDb();
    const order = await db.order.findUniqueOrThrow({
      where: { id: paid.orderId },
      select: { status: true, refundedFen: true, refunds: { select: { reason: true, amountFen: true } } },
    });
    expect(order).toMatchObject({ status: "REFUNDED", refundedFen: 2_299_900, refunds: [{ reason: "ledger_refund", amountFen: 2_299_900 }] });
    expect(await auditCount("ledger.refundUnfulfilled", paid.orderId)).toBe(1);
    expect((await findAnomalies(actors.staff)).paidWithoutEnrollment.some((anomaly) => anomaly.id === paid.orderId)).toBe(false);
  });

  it("an enrollment made without an order is found and ended once, and the seat goes to the waitlist; transfers and offline payments are not flagged", async () => {
    const { cohortId } = await createTestCohort({ capacity: 1, classes: [{ code: "A", capacity: 1 }] });
    const [squatter, waiting] = await createTestUsers(2, "seat");
    const db = await getDb();
    const klass = await db.cohortClass.findFirstOrThrow({ where: { cohortId }, select: { id: true } });
    const enrollment = await db.enrollment.create({ data: { cohortId, userId: squatter!, classId: klass.id }, select: { id: true } });
    await db.waitlistEntry.create({ data: { cohortId, userId: waiting! } });

    const offline = await createTestCohort();
    const [bankPayer, movedIn] = await createTestUsers(2, "fine");
    const offlineClass = await db.cohortClass.findFirstOrThrow({ where: { cohortId: offline.cohortId }, select: { id: true } });
    const offlineEnrollment = await db.enrollment.create({
      data: { cohortId: offline.cohortId, userId: bankPayer!, classId: offlineClass.id },
      select: { id: true },
    });
    const offlineHold = await db.seatHold.create({
      data: { cohortId: offline.cohortId, userId: bankPayer!, status: "CONVERTED", expiresAt: new Date(Date.now() - 86_400_000) },
    });
    await db.order.create({
      data: {
        userId: bankPayer!,
        cohortId: offline.cohortId,
        holdId: offlineHold.id,
        status: "PENDING",
        listPriceFen: 2_299_900,
        amountFen: 2_299_900,
        paymentMethod: "offline",
        enrollmentId: offlineEnrollment.id,
      },
    });
    const from = await db.enrollment.create({
      data: { cohortId: offline.cohortId, userId: movedIn!, classId: offlineClass.id, status: "TRANSFERRED" },
      select: { id: true },
    });
    const to = await db.enrollment.create({ data: { cohortId: offline.cohortId, userId: movedIn!, classId: offlineClass.id }, select: { id: true } });
    await db.transfer.create({
      data: {
        userId: movedIn!,
        fromEnrollmentId: from.id,
        toCohortId: offline.cohortId,
        toEnrollmentId: to.id,
        differenceFen: 0,
        status: "COMPLETED",
        createdById: actors.staff.id,
      },
    });

    const flagged = (await findAnomalies(actors.staff)).enrollmentWithoutPayment.map((anomaly) => anomaly.id);
    expect(flagged).toContain(enrollment.id);
    expect(flagged).not.toContain(offlineEnrollment.id);
    expect(flagged).not.toContain(to.id);

    const outcomes = await Promise.all([
      fixAnomaly(actors.staff, { fix: "endEnrollment", id: enrollment.id }),
      fixAnomaly(actors.staff, { fix: "endEnrollment", id: enrollment.id }),
    ]);
    expect(outcomes.sort()).toEqual(["alreadyFixed", "fixed"]);
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: enrollment.id } })).status).toBe("CANCELLED");
    expect((await db.waitlistEntry.findFirstOrThrow({ where: { cohortId, userId: waiting! } })).status).toBe("OFFERED");
    expect(await auditCount("ledger.endUnpaidEnrollment", enrollment.id)).toBe(1);
  });

  it("an order whose amount differs from Stripe is found and re-synced from Stripe once", async () => {
    const paid = await paidOrder();
    const db = await getDb();
    await db.order.update({ where: { id: paid.orderId }, data: { amountFen: 1_000 } });
    const found = (await findAnomalies(actors.staff)).differsFromStripe.find((anomaly) => anomaly.id === paid.orderId);
    expect(found).toMatchObject({
      differences: ["amount"],
      stripe: { intentStatus: "succeeded", amountReceivedFen: 2_299_900, amountRefundedFen: 0 },
      fixes: ["resync"],
    });
    expect(await fixAnomaly(actors.staff, { fix: "resync", id: paid.orderId })).toBe("fixed");
    expect(await fixAnomaly(actors.staff, { fix: "resync", id: paid.orderId })).toBe("alreadyFixed");
    expect((await db.order.findUniqueOrThrow({ where: { id: paid.orderId } })).amountFen).toBe(2_299_900);
    expect(await auditCount("ledger.resyncFromStripe", paid.orderId)).toBe(1);
    expect((await findAnomalies(actors.staff)).differsFromStripe.some((anomaly) => anomaly.id === paid.orderId)).toBe(false);
  });

  it("a fix that does not apply to the record is refused", async () => {
    const paid = await paidOrder();
    await expect(fixAnomaly(actors.staff, { fix: "resync", id: "missing-order" })).rejects.toSatisfy(
      (error) => error instanceof AppError && error.code === "notFound",
    );
    expect(await fixAnomaly(actors.staff, { fix: "refund", id: paid.orderId })).toBe("alreadyFixed");
    expect(await harness.stripe.refunds.list({ payment_intent: paid.paymentIntentId })).toMatchObject({ data: [] });
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

  it("the audit log is for admins only, filterable by actor, action prefix, entity and date", async () => {
    await expect(readAuditLog(actors.staff, ZAuditFilters.parse({}))).rejects.toSatisfy(isForbidden);
    const log = await readAuditLog(actors.admin, ZAuditFilters.parse({ action: "ledger.", actor: actors.staff.email.toUpperCase() }));
    expect(log.total).toBeGreaterThanOrEqual(3);
    expect(log.entries.every((entry) => entry.action.startsWith("ledger.") && entry.actor.email === actors.staff.email)).toBe(true);
    const resync = await readAuditLog(actors.admin, ZAuditFilters.parse({ action: "ledger.resyncFromStripe" }));
    expect(resync.entries[0]).toMatchObject({ entityType: "Order", before: { amountFen: 1_000 }, after: { amountFen: 2_299_900 } });
    const byEntity = await readAuditLog(actors.admin, ZAuditFilters.parse({ entityType: "Order", entityId: resync.entries[0]!.entityId }));
    expect(byEntity.total).toBe(1);
    expect((await readAuditLog(actors.admin, ZAuditFilters.parse({ action: "ledger.", to: "2020-01-01" }))).total).toBe(0);
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
