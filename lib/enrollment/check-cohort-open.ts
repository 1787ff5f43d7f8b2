import { AppError } from "../errors";
import type { TLockedCohort } from "./seat-accounting";

/** Throws the reason a cohort does not take enrollments now (cancelled, closed, not published). */
export function assertCohortOpen(cohort: TLockedCohort | null, now: Date): asserts cohort is TLockedCohort {
  if (!cohort || cohort.status === "DRAFT") throw new AppError("cohortNotFound");
  if (cohort.status === "CANCELLED") throw new AppError("cohortCancelled");
  if (cohort.status !== "OPEN" && cohort.status !== "FULL") throw new AppError("enrollmentClosed");
  if (now >= cohort.enrollmentDeadline) throw new AppError("enrollmentClosed");
}
