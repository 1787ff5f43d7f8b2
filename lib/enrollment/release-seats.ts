import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { promoteWaitlist } from "./promote-waitlist";

/**
 * The learner gives back their own live hold. Scoped by the caller's id, so a tampered hold id
 * finds nothing. The freed seat goes to the waitlist at once.
 */
export async function releaseHold(input: { userId: string; holdId: string; now?: Date }): Promise<void> {
  const now = input.now ?? new Date();
  const db = await getDb();
  const hold = await db.seatHold.findFirst({
    where: { id: input.holdId, userId: input.userId, status: "ACTIVE", source: { not: "GROUP" } },
    select: { id: true, cohortId: true },
  });
  if (!hold) throw new AppError("holdNotFound");
  const released = await db.seatHold.updateMany({ where: { id: hold.id, status: "ACTIVE" }, data: { status: "RELEASED" } });
  if (released.count === 1) {
    await db.waitlistEntry.updateMany({ where: { holdId: hold.id, status: "OFFERED" }, data: { status: "LEFT" } });
    await promoteWaitlist(hold.cohortId, now);
  }
}

/**
 * Marks holds whose time ran out as EXPIRED (their seats already stopped counting at expiresAt),
 * lets lapsed waitlist offers go, and offers the freed seats to the next in line.
 * Idempotent; safe to run from several processes. Returns how many holds expired.
 */
export async function expireHolds(now: Date = new Date()): Promise<number> {
  const db = await getDb();
  const due = await db.seatHold.findMany({
    // A hold with a checkout still pending keeps its seat until Stripe was asked (settleLapsedCheckouts).
    where: { status: "ACTIVE", expiresAt: { lte: now }, NOT: { orders: { some: { status: "PENDING", stripeCheckoutSessionId: { not: null } } } } },
    select: { id: true, cohortId: true },
  });
  if (due.length === 0) return 0;
  const ids = due.map((hold) => hold.id);
  const expired = await db.seatHold.updateMany({ where: { id: { in: ids }, status: "ACTIVE" }, data: { status: "EXPIRED" } });
  await db.waitlistEntry.updateMany({ where: { holdId: { in: ids }, status: "OFFERED" }, data: { status: "LAPSED" } });
  for (const cohortId of new Set(due.map((hold) => hold.cohortId))) await promoteWaitlist(cohortId, now);
  return expired.count;
}
