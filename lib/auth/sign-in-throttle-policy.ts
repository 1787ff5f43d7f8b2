/**
 * How repeated failed sign-ins are slowed down and then refused. Pure: the database
 * (SignInThrottle) keeps the counters so the limit holds across processes.
 */
export const signInThrottlePolicy = {
  /** Failures before each further attempt is slowed down. */
  slowAfter: 3,
  /** Extra delay per failure beyond slowAfter, capped at maxDelayMs. */
  delayStepMs: 500,
  maxDelayMs: 2000,
  /** Failures that lock the account for lockMinutes. */
  lockAfter: 5,
  lockMinutes: 15,
  /** Failures older than this are forgotten. */
  windowMinutes: 60,
} as const;

export type TThrottleState = { failures: number; lockedUntil: Date | null; lastFailure: Date | null };

export type TThrottleDecision =
  | { kind: "allow"; delayMs: number }
  | { kind: "locked"; retryAfterMinutes: number };

/** Decides what to do with a new attempt, given the counters and the time now. */
export function decideSignInAttempt(state: TThrottleState | null, now: Date): TThrottleDecision {
  if (!state) return { kind: "allow", delayMs: 0 };
  if (state.lockedUntil && state.lockedUntil > now) {
    const minutes = Math.ceil((state.lockedUntil.getTime() - now.getTime()) / 60_000);
    return { kind: "locked", retryAfterMinutes: Math.max(1, minutes) };
  }
  const failures = effectiveFailures(state, now);
  const over = failures - signInThrottlePolicy.slowAfter + 1;
  const delayMs = over > 0 ? Math.min(over * signInThrottlePolicy.delayStepMs, signInThrottlePolicy.maxDelayMs) : 0;
  return { kind: "allow", delayMs };
}

/** Failures still counting: none once the window passed or a lock has expired. */
export function effectiveFailures(state: TThrottleState, now: Date): number {
  if (state.lockedUntil && state.lockedUntil <= now) return 0;
  if (!state.lastFailure) return 0;
  const age = now.getTime() - state.lastFailure.getTime();
  return age > signInThrottlePolicy.windowMinutes * 60_000 ? 0 : state.failures;
}

/** The lock that follows the given number of failures, if any. */
export function lockAfterFailure(failures: number, now: Date): Date | null {
  if (failures < signInThrottlePolicy.lockAfter) return null;
  return new Date(now.getTime() + signInThrottlePolicy.lockMinutes * 60_000);
}
