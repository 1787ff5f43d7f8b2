import "server-only";
import type { TPrismaClient } from "../db";
import { AppError } from "../errors";
import { releaseAttempt, reserveAttempt } from "./attempt-counter";
import { minutesUntil, signInRules, type TAttemptRule } from "./sign-in-throttle-policy";

/** Counter keys (emails already normalised; clients as clientKey makes them). */
export const throttleKeys = {
  accountFromClient: (email: string, client: string) => `pw:pair:${email}|${client}`,
  account: (email: string) => `pw:email:${email}`,
  client: (client: string) => `pw:client:${client}`,
};

export type TSignInReservation = { pairCount: number; lockedUntil: Date | null };

/**
 * Reserves one password attempt for (email, client) on all three counters, before the password is
 * checked: the pair first, then the account, then the client. A refusal gives back what was
 * already reserved, so refused attempts count nowhere (hammering a locked pair cannot lock the
 * account for everyone). Throws AppError tooManyAttempts with the minutes left.
 */
export async function reserveSignInAttempt(db: TPrismaClient, email: string, client: string, now: Date): Promise<TSignInReservation> {
  const counters: [string, TAttemptRule][] = [
    [throttleKeys.accountFromClient(email, client), signInRules.accountFromClient],
    [throttleKeys.account(email), signInRules.account],
    [throttleKeys.client(client), signInRules.client],
  ];
  const reserved: [string, TAttemptRule][] = [];
  let pairCount = 0;
  let lockedUntil: Date | null = null;
  for (const [key, rule] of counters) {
    const reservation = await reserveAttempt(db, key, rule, now);
    if (!reservation.allowed) {
      for (const [heldKey, heldRule] of reserved) await releaseAttempt(db, heldKey, heldRule);
      throw new AppError("tooManyAttempts", { minutes: minutesUntil(reservation.lockedUntil, now) });
    }
    reserved.push([key, rule]);
    if (reserved.length === 1) pairCount = reservation.count;
    if (reservation.lockedUntil && (!lockedUntil || reservation.lockedUntil > lockedUntil)) lockedUntil = reservation.lockedUntil;
  }
  return { pairCount, lockedUntil };
}

/**
 * After a right password: this client proved it knows the password, so its pair counter is
 * cleared; on the account and client counters the attempt simply no longer counts.
 */
export async function settleSuccessfulSignIn(db: TPrismaClient, email: string, client: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key: throttleKeys.accountFromClient(email, client) } });
  await releaseAttempt(db, throttleKeys.account(email), signInRules.account);
  await releaseAttempt(db, throttleKeys.client(client), signInRules.client);
}

/** After a password reset (the owner proved the address): every password lock of the account ends. */
export async function clearAccountLocks(db: TPrismaClient, email: string): Promise<void> {
  await db.signInThrottle.deleteMany({
    where: { OR: [{ key: throttleKeys.account(email) }, { key: { startsWith: `pw:pair:${email}|` } }] },
  });
}
