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
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Cohort" WHERE id = ${cohortId} FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.cohort.findUnique({
    where: { id: cohortId },
    select: { id: true, status: true, capacity: true, enrollmentDeadline: true },
  });
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
