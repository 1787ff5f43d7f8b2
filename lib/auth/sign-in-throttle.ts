import "server-only";
import type { TPrismaClient } from "../db";
import {
  decideSignInAttempt,
  effectiveFailures,
  lockAfterFailure,
  type TThrottleDecision,
} from "./sign-in-throttle-policy";

/** The throttle key for an email (already normalised). */
export function throttleKey(email: string): string {
  return `email:${email}`;
}

export async function checkSignInThrottle(db: TPrismaClient, key: string, now: Date): Promise<TThrottleDecision> {
  const state = await db.signInThrottle.findUnique({ where: { key } });
  return decideSignInAttempt(state, now);
}

/**
 * Counts one failure. The increment happens in the database inside a transaction with a row lock,
 * so two processes failing at once both count.
 */
export async function recordSignInFailure(db: TPrismaClient, key: string, now: Date): Promise<void> {
  await db.$transaction(async (tx) => {
    await tx.signInThrottle.upsert({ where: { key }, create: { key }, update: {} });
    await tx.$queryRaw`SELECT key FROM "SignInThrottle" WHERE key = ${key} FOR UPDATE`;
    const state = await tx.signInThrottle.findUniqueOrThrow({ where: { key } });
    const failures = effectiveFailures(state, now) + 1;
    await tx.signInThrottle.update({
      where: { key },
      data: { failures, lastFailure: now, lockedUntil: lockAfterFailure(failures, now) },
    });
  });
}

export async function clearSignInFailures(db: TPrismaClient, key: string): Promise<void> {
  await db.signInThrottle.deleteMany({ where: { key } });
}
