import "server-only";
import { getDb } from "../db";
import { lockingTransactionOptions, type TTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { lockCohort } from "./seat-accounting";
import { enrollInSmallerClass, freeSeats, seatTakingHoldWhere } from "./seat-rule";

export type TConversion = { enrollmentId: string; classId: string; alreadyEnrolled: boolean };

/**
 * Turns a paid hold into an enrollment in the class with fewer learners. Called by payment
 * fulfilment. Idempotent: a hold already converted returns its enrollment. A hold that still
 * takes its seat (live, or with a pending checkout not settled yet) converts; one that stopped
 * taking it still converts while a seat is free (the learner paid); otherwise throws seatsGone, and the
 * caller refunds. Runs under the cohort's row lock: capacity and class sizes hold under races.
 */
export async function convertHoldToEnrollment(holdId: string, now: Date = new Date(), client?: TTransaction): Promise<TConversion> {
  if (client) return convertInTransaction(client, holdId, now);
  const db = await getDb();
  return db.$transaction((tx) => convertInTransaction(tx, holdId, now), lockingTransactionOptions);
}

async function convertInTransaction(tx: TTransaction, holdId: string, now: Date): Promise<TConversion> {
  const found = await tx.seatHold.findUnique({ where: { id: holdId }, select: { cohortId: true } });
  if (!found) throw new AppError("holdNotFound");
  const cohort = await lockCohort(tx, found.cohortId);
  if (!cohort) throw new AppError("cohortNotFound");
  const hold = await tx.seatHold.findUniqueOrThrow({
    where: { id: holdId },
    select: { id: true, userId: true, status: true, expiresAt: true, enrollment: { select: { id: true, classId: true } } },
  });
  if (hold.enrollment) return { enrollmentId: hold.enrollment.id, classId: hold.enrollment.classId, alreadyEnrolled: true };

  const existing = await tx.enrollment.findFirst({
    where: { cohortId: cohort.id, userId: hold.userId, status: "ACTIVE" },
    select: { id: true, classId: true },
  });
  if (existing) throw new AppError("alreadyEnrolled");

  // Still taking its seat (seatTakingHoldWhere): live, or past its time with a checkout nobody has settled yet.
  const live = (await tx.seatHold.count({ where: { id: hold.id, ...seatTakingHoldWhere(now) } })) === 1;
  if (!live) {
    // The hold no longer counts against capacity: the learner may only have a seat that is still free.
    if (cohort.status === "CANCELLED") throw new AppError("cohortCancelled");
    if ((await freeSeats(tx, cohort, now, { waitlistFirst: true })) <= 0) throw new AppError("seatsGone");
  }

  const { enrollmentId, classId } = await enrollInSmallerClass(tx, { cohortId: cohort.id, userId: hold.userId, holdId: hold.id }, "seatsGone");
  await tx.seatHold.update({ where: { id: hold.id }, data: { status: "CONVERTED" } });
  await tx.waitlistEntry.updateMany({ where: { holdId: hold.id }, data: { status: "ENROLLED" } });
  return { enrollmentId, classId, alreadyEnrolled: false };
}
