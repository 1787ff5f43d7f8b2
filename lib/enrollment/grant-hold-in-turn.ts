import "server-only";
import { verifiedAmong } from "../accounts/email-verification";
import type { TPrismaClient } from "../db";
import { lockingTransactionOptions, type TTransaction } from "../db/transaction";
import { AppError } from "../errors";
import { assertCohortOpen } from "./check-cohort-open";
import { lockCohort, readLearnerClaims } from "./seat-accounting";
import { freeSeats } from "./seat-rule";

/**
 * A granted hold. `commit` stands for the transaction that wrote it, shared by every hold granted
 * in the same turn: pages showing seats left need revalidating once per commit (revalidatePublicPagesOnce).
 */
export type THeldSeat = { holdId: string; expiresAt: Date; commit: object };

/** One learner asking for a hold; `now` only when the caller fixes the time (tests, replays). */
type TAsk = { userId: string; holdMinutes: number; now?: Date; resolve: (held: THeldSeat) => void; reject: (error: unknown) => void };
type TTurns = { waiting: TAsk[]; running: boolean };

/** Learners waiting for each cohort in this process, and whether a locked transaction is deciding some now. */
const turns = new Map<string, TTurns>();

/** Most asks decided by one transaction (its reads and one INSERT of at most this many rows). */
const maxAsksPerTurn = 500;

/**
 * Decides a learner's ask for a hold under the cohort's row lock, together with everyone who asked
 * meanwhile in this process (group commit): while one transaction runs, later asks wait in memory,
 * not each in a transaction queued behind the lock, and the next transaction decides them all in
 * arrival order with one read of who is verified, one count of free seats (the seat rule,
 * freeSeats, the waitlist going first), one read of their claims and one INSERT. So a rush of N
 * learners costs a handful of locked transactions per process, not N; other processes queue on
 * the same row lock, so capacity holds across processes. Each learner gets their hold or the
 * AppError of their case, in this order: emailNotVerified, the cohort's state (assertCohortOpen),
 * alreadyEnrolled, alreadyHolding (also a learner's second ask in one turn), cohortFull.
 */
export function grantHoldInTurn(db: TPrismaClient, cohortId: string, ask: { userId: string; holdMinutes: number; now?: Date }): Promise<THeldSeat> {
  return new Promise((resolve, reject) => {
    let cohort = turns.get(cohortId);
    if (!cohort) turns.set(cohortId, (cohort = { waiting: [], running: false }));
    cohort.waiting.push({ ...ask, resolve, reject });
    if (!cohort.running) void takeTurns(db, cohortId, cohort);
  });
}

async function takeTurns(db: TPrismaClient, cohortId: string, cohort: TTurns): Promise<void> {
  cohort.running = true;
  try {
    while (cohort.waiting.length > 0) await decide(db, cohortId, nextTurn(cohort.waiting));
  } finally {
    cohort.running = false;
    if (cohort.waiting.length === 0) turns.delete(cohortId);
    else void takeTurns(db, cohortId, cohort);
  }
}

/** The longest run of waiting asks at one time: all live asks, or those fixing the same `now`. */
function nextTurn(waiting: TAsk[]): TAsk[] {
  const at = waiting[0]!.now?.getTime();
  let count = 0;
  while (count < waiting.length && count < maxAsksPerTurn && waiting[count]!.now?.getTime() === at) count++;
  return waiting.splice(0, count);
}

type TGrant = { userId: string; expiresAt: Date };

/** One locked transaction deciding the asks in order; settles every ask, never throws. */
async function decide(db: TPrismaClient, cohortId: string, asks: TAsk[]): Promise<void> {
  const now = asks[0]!.now ?? new Date();
  try {
    const outcomes = await db.$transaction((tx) => decideLocked(tx, cohortId, asks, now), lockingTransactionOptions);
    asks.forEach((ask, i) => {
      const outcome = outcomes[i]!;
      if (outcome instanceof AppError) ask.reject(outcome);
      else ask.resolve(outcome);
    });
  } catch (error) {
    for (const ask of asks) ask.reject(error);
  }
}

async function decideLocked(tx: TTransaction, cohortId: string, asks: TAsk[], now: Date): Promise<(AppError | THeldSeat)[]> {
  const userIds = asks.map((ask) => ask.userId);
  const verified = await verifiedAmong(tx, userIds);
  const cohort = await lockCohort(tx, cohortId);
  try {
    assertCohortOpen(cohort, now);
  } catch (closed) {
    return asks.map((ask) => (verified.has(ask.userId) ? (closed as AppError) : new AppError("emailNotVerified")));
  }
  const claims = await readLearnerClaims(tx, cohort.id, userIds, now);
  let free = await freeSeats(tx, cohort, now, { waitlistFirst: true });
  const decisions = asks.map((ask): AppError | TGrant => {
    if (!verified.has(ask.userId)) return new AppError("emailNotVerified");
    const claim = claims.get(ask.userId);
    if (claim === "enrolled") return new AppError("alreadyEnrolled");
    if (claim === "holding") return new AppError("alreadyHolding");
    if (free <= 0) return new AppError("cohortFull");
    free -= 1;
    claims.set(ask.userId, "holding");
    return { userId: ask.userId, expiresAt: new Date(now.getTime() + ask.holdMinutes * 60_000) };
  });
  const granted = decisions.filter((d): d is TGrant => !(d instanceof AppError));
  const created =
    granted.length === 0
      ? []
      : await tx.seatHold.createManyAndReturn({
          data: granted.map((g) => ({ cohortId: cohort.id, userId: g.userId, expiresAt: g.expiresAt })),
          select: { id: true, userId: true, expiresAt: true },
        });
  const commit = {};
  const holdOf = new Map(created.map((row) => [row.userId, { holdId: row.id, expiresAt: row.expiresAt, commit }]));
  return decisions.map((d) => (d instanceof AppError ? d : holdOf.get(d.userId)!));
}
