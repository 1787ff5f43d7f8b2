import { describe, expect, it } from "vitest";
import { decideSignInAttempt, effectiveFailures, lockAfterFailure, signInThrottlePolicy } from "./sign-in-throttle-policy";

const now = new Date("2026-11-28T10:00:00Z");
const minutesAgo = (minutes: number) => new Date(now.getTime() - minutes * 60_000);

describe("sign-in throttle policy", () => {
  it("allows a first attempt without delay", () => {
    expect(decideSignInAttempt(null, now)).toEqual({ kind: "allow", delayMs: 0 });
  });

  it("does not slow down the first failures", () => {
    const state = { failures: signInThrottlePolicy.slowAfter - 1, lockedUntil: null, lastFailure: minutesAgo(1) };
    expect(decideSignInAttempt(state, now)).toEqual({ kind: "allow", delayMs: 0 });
  });

  it("slows down more with each failure, up to the cap", () => {
    const delays = [3, 4, 10].map((failures) => {
      const decision = decideSignInAttempt({ failures, lockedUntil: null, lastFailure: minutesAgo(1) }, now);
      return decision.kind === "allow" ? decision.delayMs : -1;
    });
    expect(delays).toEqual([500, 1000, signInThrottlePolicy.maxDelayMs]);
  });

  it("refuses while locked and says for how long", () => {
    const lockedUntil = new Date(now.getTime() + 14.2 * 60_000);
    expect(decideSignInAttempt({ failures: 5, lockedUntil, lastFailure: minutesAgo(1) }, now)).toEqual({
      kind: "locked",
      retryAfterMinutes: 15,
    });
  });

  it("forgets failures after the lock expires or the window passes", () => {
    expect(effectiveFailures({ failures: 5, lockedUntil: minutesAgo(1), lastFailure: minutesAgo(16) }, now)).toBe(0);
    expect(effectiveFailures({ failures: 4, lockedUntil: null, lastFailure: minutesAgo(61) }, now)).toBe(0);
    expect(effectiveFailures({ failures: 4, lockedUntil: null, lastFailure: minutesAgo(59) }, now)).toBe(4);
  });

  it("locks at the fifth failure for fifteen minutes", () => {
    expect(lockAfterFailure(4, now)).toBeNull();
    expect(lockAfterFailure(5, now)?.getTime()).toBe(now.getTime() + 15 * 60_000);
  });
});
