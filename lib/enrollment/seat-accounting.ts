import "server-only";
import type { TTransaction } from "../db/transaction";
import type { CohortStatus } from "../generated/prisma/enums";

export type TLockedCohort = {
  id: string;
  status: CohortStatus;
  capacity: number;
  enrollmentDeadline: Date;
};

/**
 * Locks the cohort row until the transaction ends (SELECT … FOR UPDATE). Every change to the
 * cohort's seats takes this lock first, so concurrent holds, enrollments and promotions in any
 * number of processes are serialised by the database and capacity cannot be exceeded.
 */
export async function lockCohort(tx: TTransaction, cohortId: string): Promise<TLockedCohort | null> {
  // One round trip: the lock and the row it locks (read after the lock is granted).
  const rows = await tx.$queryRaw<{ id: string; status: CohortStatus; capacity: number; enrollmentDeadline: Date }[]>`
    SELECT "id", "status"::text AS "status", "capacity", "enrollmentDeadline" FROM "Cohort" WHERE "id" = ${cohortId} FOR UPDATE`;
  const row = rows[0];
  return row ? { id: row.id, status: row.status, capacity: Number(row.capacity), enrollmentDeadline: new Date(row.enrollmentDeadline) } : null;
}

/** The learner's current claim on the cohort, if any: an active enrollment or a live hold. */
export async function readLearnerClaim(tx: TTransaction, cohortId: string, userId: string, now: Date): Promise<"enrolled" | "holding" | null> {
  const enrollment = await tx.enrollment.findFirst({ where: { cohortId, userId, status: "ACTIVE" }, select: { id: true } });
  if (enrollment) return "enrolled";
  const hold = await tx.seatHold.findFirst({
    where: { cohortId, userId, status: "ACTIVE", expiresAt: { gt: now } },
    select: { id: true },
  });
  return hold ? "holding" : null;
}

/**
 * The claims of several learners on the cohort at once, in two reads: each one with an active
 * enrollment ("enrolled") or a live hold ("holding"); learners without a claim are absent.
 */
export async function readLearnerClaims(
  tx: TTransaction,
  cohortId: string,
  userIds: readonly string[],
  now: Date,
): Promise<Map<string, "enrolled" | "holding">> {
  const ids = [...new Set(userIds)];
  const [enrollments, holds] = await Promise.all([
    tx.enrollment.findMany({ where: { cohortId, userId: { in: ids }, status: "ACTIVE" }, select: { userId: true } }),
    tx.seatHold.findMany({ where: { cohortId, userId: { in: ids }, status: "ACTIVE", expiresAt: { gt: now } }, select: { userId: true } }),
  ]);
  const claims = new Map<string, "enrolled" | "holding">();
  for (const { userId } of holds) claims.set(userId, "holding");
  for (const { userId } of enrollments) claims.set(userId, "enrolled");
  return claims;
}
