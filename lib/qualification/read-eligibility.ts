import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";
import { openingSessionIndex, qualificationOpensAtSession } from "./qualification-rules";

export type TQualificationEligibility = {
  /** The enrollment the attempt belongs to: the first whose opening session has started, else the latest. */
  cohortId: string;
  cohortNumber: number;
  enrollmentStatus: "ACTIVE" | "COMPLETED";
  /** When the test opens (or opened) for that cohort; null when it has no sessions. */
  opensAt: Date | null;
  open: boolean;
  openingSession: number;
};

/**
 * Whether `actor` may take the qualification test of a course at `now` (see qualification-rules.ts):
 * only their own ACTIVE or COMPLETED enrollments in the course count. Throws forbidden for anyone
 * without one — staff and instructors do not sit the test.
 */
export async function readEligibility(actor: TSessionUser, courseSlug: string, now: Date): Promise<TQualificationEligibility> {
  const db = await getDb();
  const enrollments = await db.enrollment.findMany({
    where: { userId: actor.id, status: { in: ["ACTIVE", "COMPLETED"] }, cohort: { course: { slug: courseSlug } } },
    orderBy: { createdAt: "desc" },
    select: { status: true, cohort: { select: { id: true, number: true, sessions: { orderBy: { index: "asc" }, select: { index: true, startsAt: true } } } } },
  });
  if (enrollments.length === 0) throw new AppError("forbidden");
  const candidates = enrollments.map((enrollment) => {
    const sessions = enrollment.cohort.sessions;
    const openingSession = openingSessionIndex(sessions.length || qualificationOpensAtSession);
    const opensAt = sessions.find((session) => session.index === openingSession)?.startsAt ?? sessions.at(-1)?.startsAt ?? null;
    return {
      cohortId: enrollment.cohort.id,
      cohortNumber: enrollment.cohort.number,
      enrollmentStatus: enrollment.status as "ACTIVE" | "COMPLETED",
      opensAt,
      open: opensAt !== null && opensAt.getTime() <= now.getTime(),
      openingSession,
    };
  });
  return candidates.find((candidate) => candidate.open) ?? candidates[0]!;
}
