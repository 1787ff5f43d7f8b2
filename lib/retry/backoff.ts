/** After this many failed attempts a piece of background work stops retrying by itself and waits for a person. */
export const needsPersonAfter = 8;

/** When to try again after `attempts` failures: 1, 2, 4 … minutes, at most a day. */
export function retryAfter(attempts: number, now: Date): Date {
  return new Date(now.getTime() + Math.min(2 ** Math.max(0, attempts - 1), 24 * 60) * 60_000);
}

/** Prisma filter for work that is due: not waiting for its next attempt, not given up to a person. */
export function dueForRetry(now: Date) {
  return { retryAttempts: { lt: needsPersonAfter }, OR: [{ retryAfter: null }, { retryAfter: { lte: now } }] };
}
