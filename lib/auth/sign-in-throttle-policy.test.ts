import { describe, expect, it } from "vitest";
import { minutesUntil, signInDelayMs, signInRules } from "./sign-in-throttle-policy";

const now = new Date("2026-11-28T10:00:00Z");

describe("sign-in throttle policy", () => {
  it("does not slow down the first attempts, then more with each one, up to the cap", () => {
    expect([1, 2, 3, 4, 5, 10].map(signInDelayMs)).toEqual([0, 0, 0, 500, 1000, 2000]);
  });

  it("says how many whole minutes a lock has left, at least one", () => {
    expect(minutesUntil(new Date(now.getTime() + 14.2 * 60_000), now)).toBe(15);
    expect(minutesUntil(new Date(now.getTime() + 1_000), now)).toBe(1);
  });

  it("locks one account from one client well before the account for everyone", () => {
    expect(signInRules.accountFromClient.limit).toBe(5);
    expect(signInRules.account.limit).toBeGreaterThanOrEqual(signInRules.accountFromClient.limit * 5);
    expect(signInRules.client.limit).toBeGreaterThan(signInRules.accountFromClient.limit);
  });
});
