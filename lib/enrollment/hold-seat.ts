import "server-only";
import { getDb } from "../db";
import { env } from "../env";
import { jobNames } from "../jobs/job-names";
import { scheduleJobAt } from "../jobs/schedule-job";
import { grantHoldInTurn, type THeldSeat } from "./grant-hold-in-turn";

export type { THeldSeat };

/**
 * Keeps a seat for a signed-in learner for SEAT_HOLD_MINUTES while they pay.
 * Decided under the cohort's row lock, together with the learners asking at the same time in this
 * process (grantHoldInTurn: a rush costs a few transactions, not one per learner): never more
 * holds + enrollments than capacity, even with many processes; one claim per learner per cohort;
 * only for a verified email address. While anyone is on the waitlist, freed seats go to them, not
 * to new direct holds. Throws AppError with the reason otherwise.
 * After the commit, a job is queued for the hold's expiry (the holds sweep is the safety net).
 */
export async function holdSeat(input: { userId: string; cohortId: string; now?: Date; holdMinutes?: number }): Promise<THeldSeat> {
  const holdMinutes = input.holdMinutes ?? env().SEAT_HOLD_MINUTES;
  const held = await grantHoldInTurn(await getDb(), input.cohortId, { userId: input.userId, holdMinutes, now: input.now });
  await scheduleJobAt(jobNames.expireHold, { holdId: held.holdId }, held.expiresAt, held.holdId);
  return held;
}
