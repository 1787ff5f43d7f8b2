import "server-only";
import { assertEmailVerified } from "../accounts/email-verification";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { env } from "../env";
import { AppError } from "../errors";
import { jobNames } from "../jobs/job-names";
import { scheduleJobAt } from "../jobs/schedule-job";
import { assertCohortOpen } from "./check-cohort-open";
import { readLearnerClaim, lockCohort } from "./seat-accounting";
import { freeSeats, peekCohortSeats } from "./seat-rule";

export type THeldSeat = { holdId: string; expiresAt: Date };

/**
 * Keeps a seat for a signed-in learner for SEAT_HOLD_MINUTES while they pay.
 * Transactional under the cohort's row lock: never more holds + enrollments than capacity, even
 * with many processes; one claim per learner per cohort. While anyone is on the waitlist, freed
 * seats go to them, not to new direct holds. Throws AppError with the reason otherwise.
 * After the commit, a job is queued for the hold's expiry (the holds sweep is the safety net).
 */
export async function holdSeat(input: { userId: string; cohortId: string; now?: Date; holdMinutes?: number }): Promise<THeldSeat> {
  const now = input.now ?? new Date();
  const holdMinutes = input.holdMinutes ?? env().SEAT_HOLD_MINUTES;
  const db = await getDb();
  await assertEmailVerified(input.userId, db);
  // Fast refusal without the lock when the cohort is visibly full, in one read: under a rush most
  // attempts end here instead of queueing behind the row lock. Seats are only ever granted below.
  const peek = await peekCohortSeats(db, input.cohortId, input.userId, now);
  assertCohortOpen(peek, now);
  if (peek.free <= 0 && peek.claim === null) throw new AppError("cohortFull");
  const held = await db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, input.cohortId);
    assertCohortOpen(cohort, now);
    const claim = await readLearnerClaim(tx, cohort.id, input.userId, now);
    if (claim === "enrolled") throw new AppError("alreadyEnrolled");
    if (claim === "holding") throw new AppError("alreadyHolding");
    if ((await freeSeats(tx, cohort, now, { waitlistFirst: true })) <= 0) throw new AppError("cohortFull");
    const hold = await tx.seatHold.create({
      data: {
        cohortId: cohort.id,
        userId: input.userId,
        expiresAt: new Date(now.getTime() + holdMinutes * 60_000),
      },
      select: { id: true, expiresAt: true },
    });
    return { holdId: hold.id, expiresAt: hold.expiresAt };
  }, lockingTransactionOptions);
  await scheduleJobAt(jobNames.expireHold, { holdId: held.holdId }, held.expiresAt, held.holdId);
  return held;
}
