import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import { assertStaff } from "../access/staff-access";
import { eligibleEnrollmentWhere } from "./eligible-enrollment";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { queueAssignmentMails } from "./queue-assignment-mails";

export type TAssignResult = { assignmentId: string; changed: boolean };

/**
 * Assigns a career coach to a learner (staff and admins only). The learner must be eligible
 * (a completed enrollment, or an active one whose cohort's last session has ended) and the coach
 * must hold the COACH role. Under a lock on the learner's row, so a learner never has two open
 * assignments: a different coach ends the open one; the same coach again changes nothing.
 * Audited as `coach.assign` (before/after) in the same transaction; the learner's and the coach's
 * mails are queued in it too.
 */
export async function assignCoach(actor: TSessionUser, input: { learnerId: string; coachId: string; now?: Date }): Promise<TAssignResult> {
  assertStaff(actor);
  const now = input.now ?? new Date();
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const coach = await tx.user.findUnique({ where: { id: input.coachId }, select: { role: true } });
    if (coach?.role !== "COACH") throw new AppError("notACoach");
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "User" WHERE id = ${input.learnerId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("notFound");
    const enrollment = await tx.enrollment.findFirst({
      where: { userId: input.learnerId, ...eligibleEnrollmentWhere(now) },
      orderBy: { createdAt: "desc" },
      select: { id: true },
    });
    if (!enrollment) throw new AppError("notEligibleForCoach");
    const open = await tx.coachAssignment.findFirst({ where: { learnerId: input.learnerId, endedAt: null }, select: { id: true, coachId: true } });
    if (open?.coachId === input.coachId) return { assignmentId: open.id, changed: false, mailIds: [] };
    if (open) await tx.coachAssignment.update({ where: { id: open.id }, data: { endedAt: now } });
    const created = await tx.coachAssignment.create({
      data: { learnerId: input.learnerId, coachId: input.coachId, enrollmentId: enrollment.id, assignedById: actor.id },
      select: { id: true },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "coach.assign",
      entityType: "CoachAssignment",
      entityId: created.id,
      before: open ? { assignmentId: open.id, coachId: open.coachId } : null,
      after: { assignmentId: created.id, learnerId: input.learnerId, coachId: input.coachId, enrollmentId: enrollment.id },
    });
    return { assignmentId: created.id, changed: true, mailIds: await queueAssignmentMails(tx, created.id) };
  }, lockingTransactionOptions);
  await deliverQueuedMails(result.mailIds);
  return { assignmentId: result.assignmentId, changed: result.changed };
}
