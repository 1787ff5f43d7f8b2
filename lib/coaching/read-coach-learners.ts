import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { assignmentScope } from "../access/assignment-scope";

/**
 * A coach's learners (open assignments, newest first) with the learner's name and email, the
 * cohort they completed and their upcoming scheduled sessions (earliest first). A coach always
 * gets their own, whatever `coachId` says; staff and admins get one coach's (`coachId`) or all.
 * Anyone else: forbidden.
 */
export async function readCoachLearners(actor: TSessionUser, options: { coachId?: string; now?: Date } = {}) {
  const scope = assignmentScope(actor);
  const now = options.now ?? new Date();
  const db = await getDb();
  return db.coachAssignment.findMany({
    where: { ...(options.coachId ? { coachId: options.coachId } : {}), ...scope, endedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      id: true,
      createdAt: true,
      learner: { select: { name: true, email: true } },
      coach: { select: { name: true } },
      enrollment: { select: { status: true, cohort: { select: { number: true, campus: { select: { nameZh: true, nameEn: true } } } } } },
      sessions: {
        where: { status: "SCHEDULED", startsAt: { gt: now } },
        orderBy: { startsAt: "asc" },
        take: 5,
        select: { id: true, startsAt: true, durationMinutes: true, onlineUrl: true, topic: true },
      },
    },
  });
}

export type TCoachLearner = Awaited<ReturnType<typeof readCoachLearners>>[number];
