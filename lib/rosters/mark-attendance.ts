import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { AttendanceStatus } from "../generated/prisma/enums";
import { visibleClassIds } from "../access/staff-access";

export const attendanceStatuses = ["PRESENT", "LATE", "ABSENT", "EXCUSED"] as const satisfies readonly AttendanceStatus[];

/** One learner's mark; null clears it. */
export type TAttendanceMark = { enrollmentId: string; status: AttendanceStatus | null };

/** Marks that need the session to have started: a learner cannot have attended, or missed, a session still ahead. */
const needsStartedSession: readonly (AttendanceStatus | null)[] = ["PRESENT", "LATE", "ABSENT"];

/**
 * Marks (or clears) attendance of one session for one learner or a whole list, in one transaction:
 * all marks are saved or none. One row per session and enrollment (upsert), so re-marking updates
 * it. Only active and completed enrollments of the session's cohort, in classes the actor may see
 * (staff: all; an instructor: the classes they teach; anyone else: forbidden). A session that has
 * not started by `now` may only be marked EXCUSED (leave asked in advance) or cleared.
 */
export async function markAttendance(
  actor: TSessionUser,
  sessionId: string,
  marks: readonly TAttendanceMark[],
  now: Date = new Date(),
): Promise<{ saved: number; cleared: number }> {
  const db = await getDb();
  const session = await db.cohortSession.findUnique({ where: { id: sessionId }, select: { id: true, cohortId: true, startsAt: true } });
  // The actor's role is checked before anything about the session is revealed.
  const visible = await visibleClassIds(actor, session?.cohortId ?? "");
  if (!session) throw new AppError("notFound");
  if (visible.length === 0) throw new AppError("forbidden");
  if (session.startsAt > now && marks.some((mark) => needsStartedSession.includes(mark.status))) throw new AppError("sessionNotStarted");

  const byEnrollment = new Map(marks.map((mark) => [mark.enrollmentId, mark.status]));
  const enrollments = await db.enrollment.findMany({
    where: { id: { in: [...byEnrollment.keys()] }, cohortId: session.cohortId },
    select: { id: true, classId: true, status: true },
  });
  if (enrollments.length !== byEnrollment.size) throw new AppError("notFound");
  for (const enrollment of enrollments) {
    if (!visible.includes(enrollment.classId)) throw new AppError("forbidden");
    if (enrollment.status !== "ACTIVE" && enrollment.status !== "COMPLETED") throw new AppError("enrollmentNotActive");
  }

  let saved = 0;
  let cleared = 0;
  await db.$transaction(async (tx) => {
    for (const [enrollmentId, status] of byEnrollment) {
      const key = { sessionId_enrollmentId: { sessionId, enrollmentId } };
      if (status === null) {
        cleared += (await tx.attendance.deleteMany({ where: { sessionId, enrollmentId } })).count;
        continue;
      }
      const existing = await tx.attendance.findUnique({ where: key, select: { status: true } });
      if (existing?.status === status) continue;
      await tx.attendance.upsert({
        where: key,
        create: { sessionId, enrollmentId, status, markedById: actor.id, markedAt: now },
        update: { status, markedById: actor.id, markedAt: now },
      });
      saved += 1;
    }
  });
  return { saved, cleared };
}
