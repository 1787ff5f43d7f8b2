import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { AppError } from "../errors";
import { endEnrollment } from "../enrollment/cancel-enrollment";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { ledgerTestKit } from "../../test/support/ledger-kit";
import { findAnomalies } from "./find-anomalies";
import { fixAnomaly } from "./fix-anomaly";
import { readAuditLog, ZAuditFilters } from "./read-audit-log";

/** The ledger's anomalies and their fixes (search, totals, access and the audit log: ledger.integration.test.ts). */
const { harness, actors, settle, paidOrder, auditCount } = ledgerTestKit();
const isForbidden = (error: unknown) => error instanceof AppError && error.code === "forbidden";

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

// Reads the audit entries the fixes above wrote.
describe("the audit log", () => {
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
