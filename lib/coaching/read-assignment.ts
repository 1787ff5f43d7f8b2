import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import { assignmentScope } from "../access/assignment-scope";

/**
 * One assignment with its private notes (newest first) and every session (earliest first): its
 * coach, staff and admins only. Another coach's assignment is not found (the scope is part of the
 * query); a learner or instructor is forbidden. Learners never read notes through here.
 */
export async function readAssignment(actor: TSessionUser, assignmentId: string) {
  const scope = assignmentScope(actor);
  const db = await getDb();
  const assignment = await db.coachAssignment.findFirst({
    where: { ...scope, id: assignmentId },
    select: {
      id: true,
      createdAt: true,
      endedAt: true,
      learner: { select: { name: true, email: true } },
      coach: { select: { name: true, email: true } },
      enrollment: { select: { status: true, completedAt: true, cohort: { select: { number: true, campus: { select: { nameZh: true, nameEn: true } } } } } },
      notes: { orderBy: { createdAt: "desc" }, select: { id: true, body: true, createdAt: true, author: { select: { name: true } } } },
      sessions: { orderBy: { startsAt: "asc" }, select: { id: true, startsAt: true, durationMinutes: true, onlineUrl: true, topic: true, status: true } },
    },
  });
  if (!assignment) throw new AppError("notFound");
  return assignment;
}

export type TAssignmentDetails = Awaited<ReturnType<typeof readAssignment>>;
