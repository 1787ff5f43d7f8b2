import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { lockCohort } from "../enrollment/seat-accounting";
import { AppError } from "../errors";
import { assertStaff } from "../access/staff-access";

export type TClassMove = { enrollmentId: string; fromClassCode: string; toClassCode: string; moved: boolean };

/**
 * Staff move an active enrollment to another class of the same cohort. Runs under the cohort's
 * row lock, so concurrent moves (and enrollments, which pick classes under the same lock) never
 * put more active learners in a class than its capacity: the move into a full class throws
 * classFull. Moving to the class the learner is already in changes nothing. Audited as
 * enrollment.moveClass with the class before and after. Staff and admins only.
 */
export async function moveEnrollmentToClass(actor: TSessionUser, input: { enrollmentId: string; classId: string }): Promise<TClassMove> {
  assertStaff(actor);
  const db = await getDb();
  const found = await db.enrollment.findUnique({ where: { id: input.enrollmentId }, select: { cohortId: true } });
  if (!found) throw new AppError("notFound");
  return db.$transaction(async (tx) => {
    if (!(await lockCohort(tx, found.cohortId))) throw new AppError("cohortNotFound");
    const enrollment = await tx.enrollment.findUniqueOrThrow({
      where: { id: input.enrollmentId },
      select: { id: true, status: true, classId: true, class: { select: { code: true } } },
    });
    if (enrollment.status !== "ACTIVE") throw new AppError("enrollmentNotActive");
    const target = await tx.cohortClass.findFirst({ where: { id: input.classId, cohortId: found.cohortId }, select: { id: true, code: true, capacity: true } });
    if (!target) throw new AppError("notFound");
    const result = { enrollmentId: enrollment.id, fromClassCode: enrollment.class.code, toClassCode: target.code };
    if (target.id === enrollment.classId) return { ...result, moved: false };
    const size = await tx.enrollment.count({ where: { classId: target.id, status: "ACTIVE" } });
    if (size >= target.capacity) throw new AppError("classFull");
    await tx.enrollment.update({ where: { id: enrollment.id }, data: { classId: target.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "enrollment.moveClass",
      entityType: "Enrollment",
      entityId: enrollment.id,
      before: { classId: enrollment.classId, classCode: enrollment.class.code },
      after: { classId: target.id, classCode: target.code },
    });
    return { ...result, moved: true };
  }, lockingTransactionOptions);
}
