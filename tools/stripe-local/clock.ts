/**
 * Injectable clock. Everything time-dependent (object `created`, session
 * `expires_at`, authorization expiry, async settlement, idempotency-key TTL)
 * reads `Clock`. Tests pass their own `ClockSource` and/or advance it with
 * `POST /_control/clock/advance`, which adds an offset on top of the source.
 */
export interface ClockSource {
  /** Milliseconds since the Unix epoch. */
  now(): number;
}

export const systemClock: ClockSource = { now: () => Date.now() };

export class Clock {
  constructor(
    private readonly source: ClockSource = systemClock,
    public offsetMs = 0,
  ) {}

  nowMs(): number {
    return this.source.now() + this.offsetMs;
  }

  /** Unix seconds, as in Stripe's `created` fields. */
  nowSec(): number {
    return Math.floor(this.nowMs() / 1000);
  }

  advance(seconds: number): void {
    this.offsetMs += Math.round(seconds * 1000);
  }
}
