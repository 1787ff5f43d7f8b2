import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { decoyPasswordHash, verifyPassword } from "./passwords";
import type { TSignInInput } from "./schemas";
import { checkSignInThrottle, clearSignInFailures, recordSignInFailure, throttleKey } from "./sign-in-throttle";
import { lockAfterFailure, signInThrottlePolicy } from "./sign-in-throttle-policy";

export type TAuthenticatedUser = { id: string; sessionVersion: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password. Slows down and then refuses repeated failures (counters in the
 * database). Throws AppError invalidCredentials or tooManyAttempts; never says which of email or
 * password was wrong, and takes the same time for an unknown email.
 */
export async function authenticateWithPassword(input: TSignInInput, now: Date = new Date()): Promise<TAuthenticatedUser> {
  const db = await getDb();
  const key = throttleKey(input.email);
  const decision = await checkSignInThrottle(db, key, now);
  if (decision.kind === "locked") throw new AppError("tooManyAttempts", { minutes: decision.retryAfterMinutes });
  if (decision.delayMs > 0) await sleep(decision.delayMs);

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, sessionVersion: true, passwordHash: true },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !user.passwordHash || !matches) {
    await recordSignInFailure(db, key, now);
    const state = await db.signInThrottle.findUnique({ where: { key } });
    if (state && lockAfterFailure(state.failures, now)) {
      throw new AppError("tooManyAttempts", { minutes: signInThrottlePolicy.lockMinutes });
    }
    throw new AppError("invalidCredentials");
  }
  await clearSignInFailures(db, key);
  return { id: user.id, sessionVersion: user.sessionVersion };
}
