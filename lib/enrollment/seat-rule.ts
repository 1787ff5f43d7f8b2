import "server-only";
import type { TTransaction } from "../db/transaction";
import { AppError, type TAppErrorCode } from "../errors";
import type { Prisma } from "../generated/prisma/client";
import { pickClassForNewLearner } from "./pick-class";

/**
 * The seat rule, written once: which holds take a seat, how many seats are free for someone new,
 * and which class a new learner joins. Every way into a cohort — a hold, its conversion after
 * payment, an offline or staff enrollment, a transfer, a group place — asks these, under the
 * cohort's row lock (lockCohort), so capacity holds under any concurrency.
 */

/**
 * Holds that take a seat: a live hold (not expired yet), and a hold past its time whose Checkout
 * Session may still have been paid — an order still pending on an open Stripe Checkout — until
 * someone has asked Stripe (lib/payment-events/settle-lapsed-checkouts.ts), so a learner who paid while
 * webhooks were lost never loses the seat to the next in line.
 */
export function seatTakingHoldWhere(now: Date): Prisma.SeatHoldWhereInput {
  return {
    status: "ACTIVE",
    OR: [{ expiresAt: { gt: now } }, { orders: { some: { status: "PENDING", stripeCheckoutSessionId: { not: null } } } }],
  };
}

/** Seats in use: active enrollments plus the holds that take a seat. */
export async function countTakenSeats(tx: TTransaction, cohortId: string, now: Date): Promise<number> {
  const [enrolled, held] = await Promise.all([
    tx.enrollment.count({ where: { cohortId, status: "ACTIVE" } }),
    tx.seatHold.count({ where: { cohortId, ...seatTakingHoldWhere(now) } }),
  ]);
  return enrolled + held;
}

/**
 * Seats free for someone new in a (locked) cohort: capacity less the seats taken and, when the
 * waitlist goes first (everyone but staff placing a learner), less the people waiting.
 */
export async function freeSeats(tx: TTransaction, cohort: { id: string; capacity: number }, now: Date, options: { waitlistFirst: boolean }): Promise<number> {
  const taken = await countTakenSeats(tx, cohort.id, now);
  const waiting = options.waitlistFirst ? await tx.waitlistEntry.count({ where: { cohortId: cohort.id, status: "WAITING" } }) : 0;
  return cohort.capacity - taken - waiting;
}

/**
 * Enrolls a learner in the class of the (locked) cohort with fewer learners (pickClassForNewLearner),
 * linking the hold it came from, if any. Throws `whenFull` when every class is full.
 */
export async function enrollInSmallerClass(
  tx: TTransaction,
  input: { cohortId: string; userId: string; holdId?: string },
  whenFull: TAppErrorCode,
): Promise<{ enrollmentId: string; classId: string }> {
  const classes = await tx.cohortClass.findMany({
    where: { cohortId: input.cohortId },
    select: { id: true, code: true, capacity: true, _count: { select: { enrollments: { where: { status: "ACTIVE" } } } } },
  });
  const classId = pickClassForNewLearner(classes.map((c) => ({ id: c.id, code: c.code, capacity: c.capacity, enrolled: c._count.enrollments })));
  if (!classId) throw new AppError(whenFull);
  const enrollment = await tx.enrollment.create({
    data: { cohortId: input.cohortId, userId: input.userId, classId, ...(input.holdId ? { holdId: input.holdId } : {}) },
    select: { id: true },
  });
  return { enrollmentId: enrollment.id, classId };
}
