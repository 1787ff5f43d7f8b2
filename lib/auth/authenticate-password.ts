import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import { forgetOldAttempts } from "./attempt-counter";
import { decoyPasswordHash, verifyPassword } from "./passwords";
import type { TSignInInput } from "./schemas";
import { reserveSignInAttempt, settleSuccessfulSignIn } from "./sign-in-throttle";
import { minutesUntil, signInDelayMs } from "./sign-in-throttle-policy";

export type TAuthenticatedUser = { id: string; sessionVersion: number };

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

/**
 * Checks an email and password from one client (its address, see clientKey). Each attempt is
 * counted atomically BEFORE the password is checked, per (email, client), per email and per client
 * (sign-in-throttle-policy.ts); only attempts within every limit are checked, so simultaneous
 * attempts cannot slip past a lock. Repeated attempts are slowed down. Throws AppError
 * invalidCredentials or tooManyAttempts; never says which of email or password was wrong, and
 * takes the same time for an unknown email.
 */
export async function authenticateWithPassword(input: TSignInInput, context: { client?: string; now?: Date } = {}): Promise<TAuthenticatedUser> {
  const db = await getDb();
  const now = context.now ?? new Date();
  const client = context.client ?? "unknown";
  if (Math.random() < 0.01) await forgetOldAttempts(db, now);
  const reservation = await reserveSignInAttempt(db, input.email, client, now);
  const delay = signInDelayMs(reservation.pairCount);
  if (delay > 0) await sleep(delay);

  const user = await db.user.findUnique({
    where: { email: input.email },
    select: { id: true, sessionVersion: true, passwordHash: true },
  });
  const matches = await verifyPassword(user?.passwordHash ?? (await decoyPasswordHash()), input.password);
  if (!user || !user.passwordHash || !matches) {
    if (reservation.lockedUntil) throw new AppError("tooManyAttempts", { minutes: minutesUntil(reservation.lockedUntil, now) });
    throw new AppError("invalidCredentials");
  }
  await settleSuccessfulSignIn(db, input.email, client);
  return { id: user.id, sessionVersion: user.sessionVersion };
}
