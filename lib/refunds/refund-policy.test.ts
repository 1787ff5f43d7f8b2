import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { defaultRefundPolicy, policyFromTerms, quoteRefund, readRefundPolicy, termsFromPolicy } from "./refund-policy";

const day = 86_400_000;
const first = new Date("2027-03-06T01:30:00Z");
// Ten weekend sessions: Saturday and Sunday of five weeks.
const sessions = Array.from({ length: 10 }, (_, i) => new Date(first.getTime() + Math.floor(i / 2) * 7 * day + (i % 2) * day));
const paid = 2_299_900;

describe("refund policy (school default)", () => {
  it.each([
    ["30 days before the start", new Date(first.getTime() - 30 * day), 0, "fullBeforeCutoff", paid],
    ["exactly 7 days before", new Date(first.getTime() - 7 * day), 0, "fullBeforeCutoff", paid],
    ["6 days before: minus the fee", new Date(first.getTime() - 6 * day), 0, "minusFeeBeforeStart", paid - 50_000],
    ["one minute before the start", new Date(first.getTime() - 60_000), 0, "minusFeeBeforeStart", paid - 50_000],
    ["after session 1 of 10", new Date(first.getTime() + 3_600_000), 0, "proRataMinusFee", Math.floor((paid * 9) / 10) - 50_000],
    ["after session 4 of 10", new Date(sessions[3]!.getTime() + 3_600_000), 0, "proRataMinusFee", Math.floor((paid * 6) / 10) - 50_000],
    ["after session 5: nothing", new Date(sessions[4]!.getTime() + 3_600_000), 0, "noneAfterCutoffSession", 0],
    ["after the last session", new Date(sessions[9]!.getTime() + day), 0, "noneAfterCutoffSession", 0],
    ["already partly refunded", new Date(first.getTime() - 30 * day), 1_000_000, "fullBeforeCutoff", paid - 1_000_000],
    ["fee larger than what is left", new Date(first.getTime() + 3_600_000), paid - 10_000, "proRataMinusFee", 0],
  ] as const)("%s", (_label, now, refundedFen, rule, expected) => {
    const quote = quoteRefund({ policy: defaultRefundPolicy, paidFen: paid, refundedFen, sessionStarts: sessions, now });
    expect(quote.rule).toBe(rule);
    expect(quote.refundableFen).toBe(expected);
  });

  it("a group-buy order refunds from what was actually paid", () => {
    const quote = quoteRefund({
      policy: defaultRefundPolicy,
      paidFen: 2_099_900,
      refundedFen: 0,
      sessionStarts: sessions,
      now: new Date(first.getTime() - 6 * day),
    });
    expect(quote.refundableFen).toBe(2_099_900 - 50_000);
  });

  it("is configurable per cohort: other days, fee and last session", () => {
    const policy = policyFromTerms({ fullRefundDays: 14, adminFeeFen: 0, lastRefundSession: 3 });
    expect(quoteRefund({ policy, paidFen: paid, refundedFen: 0, sessionStarts: sessions, now: new Date(first.getTime() - 10 * day) })).toMatchObject({
      rule: "minusFeeBeforeStart",
      refundableFen: paid,
    });
    expect(quoteRefund({ policy, paidFen: paid, refundedFen: 0, sessionStarts: sessions, now: new Date(sessions[2]!.getTime() + 60_000) }).refundableFen).toBe(
      0,
    );
    expect(termsFromPolicy(policy)).toEqual({ fullRefundDays: 14, adminFeeFen: 0, lastRefundSession: 3 });
  });

  it("falls back to the default for a missing or broken stored policy", () => {
    expect(readRefundPolicy(null)).toEqual(defaultRefundPolicy);
    expect(readRefundPolicy({ rules: [{ code: "x", when: { kind: "nope" } }] })).toEqual(defaultRefundPolicy);
  });

  it("never refunds more than what is left, never less than zero, and never more as time goes on", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: 0, max: 5_000_000 }),
        fc.integer({ min: -60, max: 60 }),
        fc.integer({ min: 1, max: 72 }),
        (paidFen, refunded, offsetDays, laterHours) => {
          const refundedFen = Math.min(refunded, paidFen);
          const now = new Date(first.getTime() + offsetDays * day);
          const quote = quoteRefund({ policy: defaultRefundPolicy, paidFen, refundedFen, sessionStarts: sessions, now });
          expect(quote.refundableFen).toBeGreaterThanOrEqual(0);
          expect(quote.refundableFen).toBeLessThanOrEqual(paidFen - refundedFen);
          const later = quoteRefund({
            policy: defaultRefundPolicy,
            paidFen,
            refundedFen,
            sessionStarts: sessions,
            now: new Date(now.getTime() + laterHours * 3_600_000),
          });
          expect(later.refundableFen).toBeLessThanOrEqual(quote.refundableFen);
        },
      ),
    );
  });
});
