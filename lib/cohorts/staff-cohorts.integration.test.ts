import { describe, expect, it } from "vitest";
import { getDb } from "../db";
import { holdSeat } from "../enrollment/hold-seat";
import { joinWaitlist } from "../enrollment/join-waitlist";
import { createTestCohort, createTestUsers } from "../../test/support/fixtures";
import { createPaidLearner } from "../../test/support/paid-learner";
import { usePaymentsHarness } from "../../test/support/use-payments-harness";
import { cancelCohort } from "./cancel-cohort";
import { ZCohortForm } from "./cohort-form";
import { nextCohortDefaults } from "./next-cohort-defaults";
import { rescheduleSession } from "./reschedule-session";
import { staffCreateCohort, staffUpdateCohort } from "./save-cohort";
import { failsWith, testActor } from "../../test/support/actors";

const harness = usePaymentsHarness();

async function staff() {
  const [id] = (await createTestUsers(1, "ops")) as [string];
  return testActor(id, "STAFF");
}

function form(campusId: string, overrides: Record<string, string> = {}) {
  return ZCohortForm.parse({
    campusId,
    startDate: "2030-06-01",
    classes: "A=2, B=2",
    listPrice: "24999",
    groupPrice: "22999",
    groupSize: "3",
    groupBuyStartsAt: "",
    groupBuyEndsAt: "",
    enrollmentDeadline: "",
    fullRefundDays: "7",
    adminFee: "500",
    lastRefundSession: "5",
    status: "OPEN",
    ...overrides,
  });
}

describe("staff cohorts", () => {
  it("a new cohort takes the next number and defaults to the previous price + ¥1,000 with the same group discount; concurrent creations get distinct numbers", async () => {
    const { cohortId, courseId } = await createTestCohort();
    const db = await getDb();
    await db.cohort.update({ where: { id: cohortId }, data: { groupPriceFen: 2_099_900 } });
    const defaults = await nextCohortDefaults(db, courseId, "2026-11-28");
    expect(defaults).toMatchObject({ number: 14, listPriceFen: 2_399_900, groupPriceFen: 2_199_900 });
    const ops = await staff();
    const campusId = (await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).campusId;
    const created = await Promise.all([staffCreateCohort(ops, courseId, form(campusId)), staffCreateCohort(ops, courseId, form(campusId))]);
    expect(created.map((c) => c.number).sort()).toEqual([14, 15]);
    const cohort = await db.cohort.findUniqueOrThrow({
      where: { id: created[0]!.id },
      select: { capacity: true, sessions: { select: { id: true } }, classes: { select: { code: true } } },
    });
    expect(cohort.capacity).toBe(4);
    expect(cohort.sessions).toHaveLength(10);
    expect(await db.auditLog.count({ where: { action: "cohort.create", entityId: { in: created.map((c) => c.id) } } })).toBe(2);
    const [learner] = (await createTestUsers(1, "nope")) as [string];
    await expect(staffCreateCohort(testActor(learner, "INSTRUCTOR"), courseId, form(campusId))).rejects.toSatisfy(failsWith("forbidden"));
  });

  it("editing never takes capacity below the seats taken or a class below its learners", async () => {
    const { cohortId } = await createTestCohort({
      capacity: 4,
      classes: [
        { code: "A", capacity: 2 },
        { code: "B", capacity: 2 },
      ],
    });
    const db = await getDb();
    const campusId = (await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).campusId;
    const learners = (await createTestUsers(3, "seat")) as string[];
    for (const userId of learners) await holdSeat({ userId, cohortId });
    const ops = await staff();
    await expect(staffUpdateCohort(ops, cohortId, form(campusId, { classes: "A=1, B=1" }))).rejects.toSatisfy(failsWith("capacityBelowTaken"));
    await staffUpdateCohort(ops, cohortId, form(campusId, { classes: "A=3, B=2, C=1", listPrice: "25999" }));
    const after = await db.cohort.findUniqueOrThrow({
      where: { id: cohortId },
      select: { capacity: true, listPriceFen: true, classes: { select: { code: true } } },
    });
    expect(after).toMatchObject({ capacity: 6, listPriceFen: 2_599_900 });
    expect(after.classes.map((c) => c.code).sort()).toEqual(["A", "B", "C"]);
    expect(await db.auditLog.count({ where: { action: "cohort.update", entityId: cohortId } })).toBe(1);
  });

  it("rescheduling a session bumps its calendar sequence and emails each enrolled learner once", async () => {
    const { cohortId } = await createTestCohort();
    const [payer] = (await createTestUsers(1, "resched")) as [string];
    await createPaidLearner(harness, payer, cohortId);
    const db = await getDb();
    const session = await db.cohortSession.findFirstOrThrow({ where: { cohortId, index: 3 } });
    const ops = await staff();
    const later = {
      startsAt: new Date(session.startsAt.getTime() + 86_400_000),
      endsAt: new Date(session.endsAt.getTime() + 86_400_000),
      room: "新教室 305",
      onlineUrl: null,
    };
    await expect(rescheduleSession(ops, session.id, { ...later, endsAt: later.startsAt })).rejects.toSatisfy(failsWith("sessionEndsBeforeStart"));
    expect(await rescheduleSession(ops, session.id, later)).toEqual({ changed: true, emailed: 1 });
    expect(await rescheduleSession(ops, session.id, later)).toEqual({ changed: false, emailed: 0 });
    expect((await db.cohortSession.findUniqueOrThrow({ where: { id: session.id } })).sequence).toBe(session.sequence + 1);
    const email = (await db.user.findUniqueOrThrow({ where: { id: payer } })).email;
    const mails = await db.mailMessage.findMany({ where: { to: email, subject: { contains: "第 3 次课时间调整" } } });
    expect(mails).toHaveLength(1);
    expect(mails[0]!.text).toContain("新教室 305");
  });

  it("cancelling refunds every Stripe payment in full once, ends holds and the waitlist, and can be run again safely", async () => {
    const { cohortId } = await createTestCohort({ capacity: 1, classes: [{ code: "A", capacity: 1 }] });
    const [payer, waiting] = (await createTestUsers(2, "cancel")) as [string, string];
    const paid = await createPaidLearner(harness, payer, cohortId);
    await joinWaitlist({ userId: waiting, cohortId });
    const ops = await staff();
    expect(await cancelCohort(ops, cohortId)).toEqual({ refunded: 1, offline: 0 });
    await harness.local.control.idle(15_000);
    expect(await cancelCohort(ops, cohortId)).toEqual({ refunded: 0, offline: 0 });
    expect((await harness.stripe.refunds.list({ payment_intent: paid.paymentIntentId })).data).toHaveLength(1);
    const db = await getDb();
    expect((await db.cohort.findUniqueOrThrow({ where: { id: cohortId } })).status).toBe("CANCELLED");
    expect((await db.order.findUniqueOrThrow({ where: { id: paid.orderId } })).status).toBe("REFUNDED");
    expect((await db.enrollment.findUniqueOrThrow({ where: { id: paid.enrollmentId } })).status).toBe("REFUNDED");
    expect((await db.waitlistEntry.findFirstOrThrow({ where: { cohortId, userId: waiting } })).status).toBe("LEFT");
    const email = (await db.user.findUniqueOrThrow({ where: { id: payer } })).email;
    expect(await db.mailMessage.count({ where: { to: email, subject: { contains: "已取消" } } })).toBe(1);
  });
});
