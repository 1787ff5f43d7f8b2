import type { Prisma } from "../generated/prisma/client";

/**
 * Enrollments that make a learner eligible for a career coach at `now`: completed, or still
 * active in a cohort whose sessions have all ended (staff have not closed the cohort yet).
 */
export function eligibleEnrollmentWhere(now: Date): Prisma.EnrollmentWhereInput {
  return {
    OR: [{ status: "COMPLETED" }, { status: "ACTIVE", cohort: { sessions: { some: {}, every: { endsAt: { lte: now } } } } }],
  };
}
