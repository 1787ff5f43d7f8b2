import "server-only";
import { getDb } from "../db";

/**
 * The signed-in learner's coach (name and email of their open assignment) and their upcoming
 * scheduled sessions, earliest first; null without an open assignment. Read with the learner's
 * own id only, and nothing else: never the coach's notes.
 */
export async function readMyCoach(learnerId: string, now: Date = new Date()) {
  const db = await getDb();
  const assignment = await db.coachAssignment.findFirst({
    where: { learnerId, endedAt: null },
    orderBy: { createdAt: "desc" },
    select: {
      coach: { select: { name: true, email: true } },
      // Sessions that started up to 4 hours ago may still be running (240 minutes at most).
      sessions: {
        where: { status: "SCHEDULED", startsAt: { gt: new Date(now.getTime() - 4 * 3_600_000) } },
        orderBy: { startsAt: "asc" },
        select: { id: true, startsAt: true, durationMinutes: true, onlineUrl: true, topic: true },
      },
    },
  });
  if (!assignment) return null;
  return {
    coach: assignment.coach,
    sessions: assignment.sessions.filter((session) => session.startsAt.getTime() + session.durationMinutes * 60_000 > now.getTime()),
  };
}

export type TMyCoach = NonNullable<Awaited<ReturnType<typeof readMyCoach>>>;
