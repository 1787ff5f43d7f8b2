import "server-only";
import { consumeOneTimeToken } from "../auth/one-time-tokens";
import { hashPassword } from "../auth/passwords";
import { clearAccountLocks } from "../auth/sign-in-throttle";
import { getDb } from "../db";

/**
 * Sets a new password from a reset link (usable once). Bumps the session version, so every
 * session signed in with the old password ends, and clears failed sign-in counters.
 */
export async function resetPasswordWithToken(token: string, password: string, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  const passwordHash = await hashPassword(password);
  const userId = await consumeOneTimeToken(db, token, "PASSWORD_RESET", now);
  const user = await db.user.update({
    where: { id: userId },
    data: { passwordHash, emailVerified: now, sessionVersion: { increment: 1 } },
    select: { email: true },
  });
  await clearAccountLocks(db, user.email);
}
