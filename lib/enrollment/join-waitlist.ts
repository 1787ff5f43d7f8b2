import "server-only";
import { assertEmailVerified } from "../accounts/email-verification";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import { assertCohortOpen } from "./check-cohort-open";
import { readLearnerClaim, lockCohort } from "./seat-accounting";
import { countTakenSeats } from "./seat-rule";

/**
 * Puts the learner at the end of a full cohort's waitlist. Refused when seats are free (enroll
 * directly), when the learner already holds or owns a seat, or is already waiting. A learner who
 * left or let an offer lapse may join again, at the end of the line.
 */
export async function joinWaitlist(input: { userId: string; cohortId: string; now?: Date }): Promise<{ position: number }> {
  const now = input.now ?? new Date();
  const db = await getDb();
  await assertEmailVerified(input.userId, db);
  return db.$transaction(async (tx) => {
    const cohort = await lockCohort(tx, input.cohortId);
    assertCohortOpen(cohort, now);
    const claim = await readLearnerClaim(tx, cohort.id, input.userId, now);
    if (claim === "enrolled") throw new AppError("alreadyEnrolled");
    if (claim === "holding") throw new AppError("alreadyHolding");
    const existing = await tx.waitlistEntry.findUnique({
      where: { cohortId_userId: { cohortId: cohort.id, userId: input.userId } },
      select: { status: true },
    });
    if (existing && (existing.status === "WAITING" || existing.status === "OFFERED")) throw new AppError("alreadyWaitlisted");
    const waiting = await tx.waitlistEntry.count({ where: { cohortId: cohort.id, status: "WAITING" } });
    const taken = await countTakenSeats(tx, cohort.id, now);
    if (waiting === 0 && taken < cohort.capacity) throw new AppError("waitlistNotNeeded");
    await tx.waitlistEntry.upsert({
      where: { cohortId_userId: { cohortId: cohort.id, userId: input.userId } },
      create: { cohortId: cohort.id, userId: input.userId, joinedAt: now },
      update: { status: "WAITING", joinedAt: now, offeredAt: null, holdId: null },
    });
    return { position: waiting + 1 };
  }, lockingTransactionOptions);
}

/** Takes the learner off the waitlist (only their own entry; nothing happens if absent). */
export async function leaveWaitlist(input: { userId: string; cohortId: string }): Promise<void> {
  const db = await getDb();
  await db.waitlistEntry.updateMany({
    where: { cohortId: input.cohortId, userId: input.userId, status: "WAITING" },
    data: { status: "LEFT" },
  });
}
