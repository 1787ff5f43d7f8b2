import "server-only";
import type { TPrismaClient } from "../db";
import type { TAttemptRule } from "./sign-in-throttle-policy";

export type TReservation = { allowed: true; count: number; lockedUntil: Date | null } | { allowed: false; lockedUntil: Date };

/**
 * Counts one attempt for `key` in a single statement (INSERT … ON CONFLICT DO UPDATE … RETURNING),
 * so simultaneous attempts each get their own number and the first ones never collide on the key.
 * The attempt that reaches the rule's limit sets the lock and is still allowed; while a key is
 * locked nothing is counted and the attempt is refused. Call this BEFORE the work it limits.
 */
export async function reserveAttempt(db: TPrismaClient, key: string, rule: TAttemptRule, now: Date): Promise<TReservation> {
  const windowStart = new Date(now.getTime() - rule.windowMinutes * 60_000);
  const lockUntil = new Date(now.getTime() + rule.lockMinutes * 60_000);
  const rows = await db.$queryRaw<{ failures: number; lockedUntil: Date | null }[]>`
    INSERT INTO "SignInThrottle" AS t ("key", "failures", "lastFailure", "lockedUntil")
    VALUES (${key}, 1, ${now}::timestamp(3), ${rule.limit <= 1 ? lockUntil : null}::timestamp(3))
    ON CONFLICT ("key") DO UPDATE SET
      "failures" = CASE WHEN t."lockedUntil" IS NOT NULL OR t."lastFailure" IS NULL OR t."lastFailure" < ${windowStart}::timestamp(3) THEN 1 ELSE t."failures" + 1 END,
      "lockedUntil" = CASE
        WHEN (CASE WHEN t."lockedUntil" IS NOT NULL OR t."lastFailure" IS NULL OR t."lastFailure" < ${windowStart}::timestamp(3) THEN 1 ELSE t."failures" + 1 END) >= ${rule.limit}::int
        THEN ${lockUntil}::timestamp(3) ELSE NULL END,
      "lastFailure" = ${now}::timestamp(3)
    WHERE t."lockedUntil" IS NULL OR t."lockedUntil" <= ${now}::timestamp(3)
    RETURNING "failures", "lockedUntil"`;
  const row = rows[0];
  if (row) return { allowed: true, count: Number(row.failures), lockedUntil: row.lockedUntil };
  const locked = await db.signInThrottle.findUnique({ where: { key }, select: { lockedUntil: true } });
  return { allowed: false, lockedUntil: locked?.lockedUntil ?? new Date(now.getTime() + rule.lockMinutes * 60_000) };
}

/**
 * Gives back one reserved attempt that turned out fine (a right password): it no longer counts,
 * and a lock that only it had reached is lifted.
 */
export async function releaseAttempt(db: TPrismaClient, key: string, rule: TAttemptRule): Promise<void> {
  await db.$executeRaw`
    UPDATE "SignInThrottle" SET
      "failures" = GREATEST("failures" - 1, 0),
      "lockedUntil" = CASE WHEN "failures" - 1 < ${rule.limit}::int THEN NULL ELSE "lockedUntil" END
    WHERE "key" = ${key}`;
}

/** Forgets counters no longer relevant (a day without attempts, no lock running). Cheap, idempotent. */
export async function forgetOldAttempts(db: TPrismaClient, now: Date): Promise<void> {
  const dayAgo = new Date(now.getTime() - 24 * 60 * 60_000);
  await db.signInThrottle.deleteMany({ where: { lastFailure: { lt: dayAgo }, OR: [{ lockedUntil: null }, { lockedUntil: { lt: now } }] } });
}
