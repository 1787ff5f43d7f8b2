import "server-only";
import type { TTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { assertCohortOpen } from "../enrollment/check-cohort-open";
import { readLearnerClaim, type TLockedCohort } from "../enrollment/seat-accounting";
import { freeSeats } from "../enrollment/seat-rule";
import { checkoutExpiry } from "../stripe/checkout-expiry";

/**
 * Checks, under the cohort's lock, that a learner may take a group place, and keeps a seat for
 * them while they pay (a GROUP hold lasting as long as the checkout). `seatsNeeded` free seats
 * must remain: the whole group's size when starting one, one when joining.
 */
export async function claimGroupPlace(
  tx: TTransaction,
  input: { cohort: TLockedCohort | null; userId: string; seatsNeeded: number; now: Date },
): Promise<{ holdId: string; expiresAt: Date }> {
  const { cohort, userId, now } = input;
  assertCohortOpen(cohort, now);
  const claim = await readLearnerClaim(tx, cohort.id, userId, now);
  if (claim === "enrolled") throw new AppError("alreadyEnrolled");
  if (claim === "holding") {
    const inGroup = await tx.seatHold.findFirst({
      where: { cohortId: cohort.id, userId, status: "ACTIVE", expiresAt: { gt: now }, source: "GROUP" },
      select: { id: true },
    });
    throw new AppError(inGroup ? "alreadyInGroup" : "alreadyHolding");
  }
  if ((await freeSeats(tx, cohort, now, { waitlistFirst: true })) < input.seatsNeeded)
    throw new AppError(input.seatsNeeded > 1 ? "groupNoSeats" : "cohortFull");
  const expiresAt = checkoutExpiry(now, now);
  const hold = await tx.seatHold.create({ data: { cohortId: cohort.id, userId, source: "GROUP", expiresAt }, select: { id: true } });
  return { holdId: hold.id, expiresAt };
}
