import "server-only";
import type { TPrismaClient } from "../db";
import { seatTakingHoldWhere } from "../enrollment/seat-rule";

/**
 * Seats left per cohort: capacity minus active enrollments and holds that take a seat (seatTakingHoldWhere). Two grouped queries
 * for any number of cohorts. A display figure: the authoritative check happens under the row
 * lock when a seat is held.
 */
export async function seatsLeftByCohort(db: TPrismaClient, cohorts: readonly { id: string; capacity: number }[], now: Date): Promise<Map<string, number>> {
  const ids = cohorts.map((cohort) => cohort.id);
  const [enrolled, held] = await Promise.all([
    db.enrollment.groupBy({ by: ["cohortId"], where: { cohortId: { in: ids }, status: "ACTIVE" }, _count: { _all: true } }),
    db.seatHold.groupBy({
      by: ["cohortId"],
      where: { cohortId: { in: ids }, ...seatTakingHoldWhere(now) },
      _count: { _all: true },
    }),
  ]);
  const taken = new Map<string, number>();
  for (const row of [...enrolled, ...held]) taken.set(row.cohortId, (taken.get(row.cohortId) ?? 0) + row._count._all);
  return new Map(cohorts.map((cohort) => [cohort.id, Math.max(0, cohort.capacity - (taken.get(cohort.id) ?? 0))]));
}
