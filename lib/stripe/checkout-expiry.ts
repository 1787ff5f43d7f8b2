/** Stripe requires a Checkout Session to stay open between 30 minutes and 24 hours. */
const minimumSessionMs = 31 * 60_000;
const maximumSessionMs = 23.5 * 3_600_000;

/**
 * The session closes with the seat hold, but never sooner than Stripe allows: a payment made in
 * the gap after a short hold expired is still honoured if a seat is free, refunded otherwise.
 */
export function checkoutExpiry(holdExpiresAt: Date, now: Date): Date {
  const at = Math.min(Math.max(holdExpiresAt.getTime(), now.getTime() + minimumSessionMs), now.getTime() + maximumSessionMs);
  return new Date(at);
}
