import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { lockCohort } from "../enrollment/seat-accounting";
import { countTakenSeats } from "../enrollment/seat-rule";
import { AppError } from "../errors";
import { policyFromTerms } from "../refunds/refund-policy";
import { assertStaff } from "../access/staff-access";
import type { TCohortForm } from "./cohort-form";
import { createCohortIn } from "./create-cohort";
import { nextCohortDefaults } from "./next-cohort-defaults";
import { localDateOf } from "./generate-sessions";

function policyOf(form: TCohortForm) {
  return policyFromTerms({ fullRefundDays: form.fullRefundDays, adminFeeFen: form.adminFee ?? 0, lastRefundSession: form.lastRefundSession });
}

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/**
 * Staff create the course's next cohort: the number is the next free one (taken inside the
 * transaction; a concurrent creation that took it makes this one retry with the next), ten
 * weekend sessions come from the start date, and the creation is audited. Staff and admins only.
 */
export async function staffCreateCohort(
  actor: TSessionUser,
  courseId: string,
  form: TCohortForm,
  now: Date = new Date(),
): Promise<{ id: string; number: number }> {
  assertStaff(actor);
  const db = await getDb();
  const campus = await db.campus.findUnique({ where: { id: form.campusId }, select: { id: true } });
  if (!campus) throw new AppError("notFound");
  for (let attempt = 0; ; attempt++) {
    try {
      return await db.$transaction(async (tx) => {
        const { number } = await nextCohortDefaults(tx, courseId, localDateOf(now, "Asia/Shanghai"));
        const input = {
          courseId,
          campusId: form.campusId,
          number,
          startDate: form.startDate,
          status: form.status,
          classes: form.classes,
          listPriceFen: form.listPrice,
          groupPriceFen: form.groupPrice,
          groupSize: form.groupSize,
          groupBuyStartsAt: form.groupBuyStartsAt,
          groupBuyEndsAt: form.groupBuyEndsAt,
          enrollmentDeadline: form.enrollmentDeadline ?? undefined,
          refundPolicy: policyOf(form),
          disputeSeatRule: form.disputeSeatRule,
        };
        const { id } = await createCohortIn(tx, input);
        await recordAudit(tx, { actorId: actor.id, action: "cohort.create", entityType: "Cohort", entityId: id, after: input });
        return { id, number };
      });
    } catch (error) {
      if (!isUniqueViolation(error) || attempt >= 3) throw error;
    }
  }
}

/**
 * Staff edit a cohort: campus, classes and their sizes (capacity is their sum; never below the
 * seats taken, and no class below its learners), prices, group-buy window, deadline, refund
 * policy, and DRAFT ↔ OPEN. The start date stays (sessions are edited one by one). Under the
 * cohort's row lock, so seats cannot change meanwhile; audited with before and after.
 */
export async function staffUpdateCohort(actor: TSessionUser, cohortId: string, form: TCohortForm, now: Date = new Date()): Promise<void> {
  assertStaff(actor);
  const db = await getDb();
  await db.$transaction(async (tx) => {
    const locked = await lockCohort(tx, cohortId);
    if (!locked) throw new AppError("cohortNotFound");
    const before = await tx.cohort.findUniqueOrThrow({
      where: { id: cohortId },
      select: {
        status: true,
        campusId: true,
        capacity: true,
        listPriceFen: true,
        groupPriceFen: true,
        groupSize: true,
        groupBuyStartsAt: true,
        groupBuyEndsAt: true,
        enrollmentDeadline: true,
        refundPolicy: true,
        disputeSeatRule: true,
        classes: { select: { id: true, code: true, capacity: true, _count: { select: { enrollments: { where: { status: "ACTIVE" } } } } } },
      },
    });
    if (before.status === "CANCELLED" || before.status === "FINISHED") throw new AppError("enrollmentClosed");
    const capacity = form.classes.reduce((sum, c) => sum + c.capacity, 0);
    if (capacity < (await countTakenSeats(tx, cohortId, now))) throw new AppError("capacityBelowTaken");
    for (const existing of before.classes) {
      const wanted = form.classes.find((c) => c.code === existing.code);
      if ((wanted?.capacity ?? 0) < existing._count.enrollments) throw new AppError("classBelowEnrolled", { code: existing.code });
    }
    for (const wanted of form.classes) {
      const existing = before.classes.find((c) => c.code === wanted.code);
      if (existing) await tx.cohortClass.update({ where: { id: existing.id }, data: { capacity: wanted.capacity } });
      else await tx.cohortClass.create({ data: { cohortId, code: wanted.code, capacity: wanted.capacity } });
    }
    const removed = before.classes.filter((c) => !form.classes.some((w) => w.code === c.code)).map((c) => c.id);
    if (removed.length > 0) await tx.cohortClass.deleteMany({ where: { id: { in: removed }, enrollments: { none: {} } } });
    const after = {
      status: before.status === "DRAFT" || before.status === "OPEN" ? form.status : before.status,
      campusId: form.campusId,
      capacity,
      listPriceFen: form.listPrice,
      groupPriceFen: form.groupPrice,
      groupSize: form.groupSize,
      groupBuyStartsAt: form.groupBuyStartsAt,
      groupBuyEndsAt: form.groupBuyEndsAt,
      enrollmentDeadline: form.enrollmentDeadline ?? before.enrollmentDeadline,
      refundPolicy: policyOf(form),
      disputeSeatRule: form.disputeSeatRule,
    };
    await tx.cohort.update({ where: { id: cohortId }, data: after });
    const { classes, ...beforeFields } = before;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "cohort.update",
      entityType: "Cohort",
      entityId: cohortId,
      before: { ...beforeFields, classes: classes.map((c) => ({ code: c.code, capacity: c.capacity })) },
      after: { ...after, classes: form.classes },
    });
  }, lockingTransactionOptions);
}
