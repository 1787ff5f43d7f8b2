/**
 * How often sign-in and account mails may be tried, per key. Pure: the database (SignInThrottle)
 * keeps the counters, reserved atomically before any password is checked (attempt-counter.ts).
 *
 * A rule counts attempts: once `limit` are counted the key is locked for `lockMinutes`; counts
 * are forgotten after `windowMinutes` without a new attempt, or when a lock ends.
 */
export type TAttemptRule = { limit: number; windowMinutes: number; lockMinutes: number };

export const signInRules = {
  /** One account from one client: a user mistyping, or one client guessing. Locks the pair only. */
  accountFromClient: { limit: 5, windowMinutes: 60, lockMinutes: 15 },
  /** One account from all clients together: bounds guessing spread over many addresses. */
  account: { limit: 50, windowMinutes: 60, lockMinutes: 15 },
  /** One client over all accounts: bounds one address trying many accounts (password spraying). */
  client: { limit: 30, windowMinutes: 15, lockMinutes: 15 },
} as const satisfies Record<string, TAttemptRule>;

/** Sign-up, magic-link and password-reset mails: each sends a mail, so each request counts. */
export const mailRequestRules = {
  /** Mails to one address, whoever asks. */
  email: { limit: 5, windowMinutes: 60, lockMinutes: 60 },
  /** Requests from one client, whatever the address (generous: a school office shares one address). */
  client: { limit: 100, windowMinutes: 60, lockMinutes: 60 },
} as const satisfies Record<string, TAttemptRule>;

/** Attempts of one account from one client before each further one is slowed down. */
export const slowAfter = 3;
const delayStepMs = 500;
const maxDelayMs = 2000;

/** Extra wait before checking the password, growing with the attempts counted for the pair. */
export function signInDelayMs(attemptsOfPair: number): number {
  const over = attemptsOfPair - slowAfter;
  return over > 0 ? Math.min(over * delayStepMs, maxDelayMs) : 0;
}

/** Whole minutes until a lock ends (at least one). */
export function minutesUntil(lockedUntil: Date, now: Date): number {
  return Math.max(1, Math.ceil((lockedUntil.getTime() - now.getTime()) / 60_000));
}
