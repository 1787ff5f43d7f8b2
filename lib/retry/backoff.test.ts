import { describe, expect, it } from "vitest";
import { retryAfter } from "./backoff";

describe("retry backoff", () => {
  it("doubles from one minute and stops at a day", () => {
    const now = new Date("2026-12-06T00:00:00Z");
    const minutes = (attempts: number) => (retryAfter(attempts, now).getTime() - now.getTime()) / 60_000;
    expect([1, 2, 3, 4, 8].map(minutes)).toEqual([1, 2, 4, 8, 128]);
    expect(minutes(20)).toBe(24 * 60);
  });
});
