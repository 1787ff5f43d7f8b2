import { describe, expect, it } from "vitest";
import { checkoutExpiry } from "./checkout-expiry";

const now = new Date("2026-12-01T02:00:00Z");
const minutes = (n: number) => new Date(now.getTime() + n * 60_000);

describe("checkoutExpiry", () => {
  it("follows a long hold (a waitlist offer) but stays within Stripe's 24 hours", () => {
    expect(checkoutExpiry(minutes(600), now)).toEqual(minutes(600));
    expect(checkoutExpiry(minutes(24 * 60), now)).toEqual(minutes(23.5 * 60));
  });
  it("never closes sooner than Stripe's 30-minute minimum", () => {
    expect(checkoutExpiry(minutes(15), now)).toEqual(minutes(31));
  });
});
