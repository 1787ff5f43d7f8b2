/** After this many failed attempts a mail stops retrying and is listed for staff (FAILED). */
export const maxMailAttempts = 8;

/** When to try a mail again after `attempts` failures: 30 s, 1, 2, 4 … minutes, at most an hour (about 1 h in all before giving up). */
export function nextMailAttempt(attempts: number, now: Date): Date {
  const seconds = Math.min(30 * 2 ** Math.max(0, attempts - 1), 3_600);
  return new Date(now.getTime() + seconds * 1_000);
}
