import { z } from "zod";

/**
 * A cohort's refund policy as a table of rules, tried in order; the first rule whose condition
 * holds decides. Conditions look at the time left before the first session and at how many
 * sessions have been held. Amounts: the full amount paid, a share pro-rated by the sessions not
 * yet held, or nothing; a fixed administration fee may be taken off. Stored per cohort as JSON
 * (Cohort.refundPolicy); null means the school's default below.
 */
export const ZRefundRule = z.object({
  code: z.string().min(1).max(40),
  when: z.discriminatedUnion("kind", [
    z.object({ kind: z.literal("daysBeforeStartAtLeast"), days: z.number().int().min(0).max(365) }),
    z.object({ kind: z.literal("beforeStart") }),
    z.object({ kind: z.literal("sessionsHeldBelow"), count: z.number().int().min(1).max(100) }),
    z.object({ kind: z.literal("always") }),
  ]),
  amount: z.enum(["full", "proRata", "none"]),
  feeFen: z.number().int().min(0).max(10_000_000).default(0),
});
export const ZRefundPolicy = z.object({ rules: z.array(ZRefundRule).min(1).max(10) });
export type TRefundRule = z.infer<typeof ZRefundRule>;
export type TRefundPolicy = z.infer<typeof ZRefundPolicy>;

/** The three numbers staff tune for a cohort; the policy's table is built from them. */
export type TRefundTerms = { fullRefundDays: number; adminFeeFen: number; lastRefundSession: number };
export const defaultRefundTerms: TRefundTerms = { fullRefundDays: 7, adminFeeFen: 50_000, lastRefundSession: 5 };

/**
 * The school's policy: in full until `fullRefundDays` before the start; then minus the fee until
 * the start; after the start, pro-rated by sessions not yet held, minus the fee; nothing once the
 * `lastRefundSession`-th session has been held.
 */
export function policyFromTerms(terms: TRefundTerms): TRefundPolicy {
  return {
    rules: [
      { code: "fullBeforeCutoff", when: { kind: "daysBeforeStartAtLeast", days: terms.fullRefundDays }, amount: "full", feeFen: 0 },
      { code: "minusFeeBeforeStart", when: { kind: "beforeStart" }, amount: "full", feeFen: terms.adminFeeFen },
      { code: "proRataMinusFee", when: { kind: "sessionsHeldBelow", count: terms.lastRefundSession }, amount: "proRata", feeFen: terms.adminFeeFen },
      { code: "noneAfterCutoffSession", when: { kind: "always" }, amount: "none", feeFen: 0 },
    ],
  };
}

export const defaultRefundPolicy = policyFromTerms(defaultRefundTerms);

/** Reads the terms back from a stored policy built by policyFromTerms (for the cohort form). */
export function termsFromPolicy(policy: TRefundPolicy): TRefundTerms {
  const days = policy.rules.find((rule) => rule.when.kind === "daysBeforeStartAtLeast");
  const fee = policy.rules.find((rule) => rule.feeFen > 0);
  const session = policy.rules.find((rule) => rule.when.kind === "sessionsHeldBelow");
  return {
    fullRefundDays: days?.when.kind === "daysBeforeStartAtLeast" ? days.when.days : defaultRefundTerms.fullRefundDays,
    adminFeeFen: fee?.feeFen ?? 0,
    lastRefundSession: session?.when.kind === "sessionsHeldBelow" ? session.when.count : defaultRefundTerms.lastRefundSession,
  };
}

/** A stored policy (JSON from the database), or the default when missing or unreadable. */
export function readRefundPolicy(stored: unknown): TRefundPolicy {
  const parsed = ZRefundPolicy.safeParse(stored);
  return parsed.success ? parsed.data : defaultRefundPolicy;
}

export type TRefundQuote = { refundableFen: number; rule: string; sessionsHeld: number; sessionsTotal: number; feeFen: number };

const dayMs = 86_400_000;

/**
 * What the policy refunds now of an order: the entitlement (computed on what was actually paid —
 * a group-buy order refunds the group price) less what was already refunded; never more than
 * what is left, never less than zero. Pure; `now` injected.
 */
export function quoteRefund(input: { policy: TRefundPolicy; paidFen: number; refundedFen: number; sessionStarts: readonly Date[]; now: Date }): TRefundQuote {
  const starts = [...input.sessionStarts].sort((a, b) => a.getTime() - b.getTime());
  const first = starts[0];
  const sessionsTotal = starts.length;
  const sessionsHeld = starts.filter((start) => start <= input.now).length;
  const remaining = Math.max(0, input.paidFen - input.refundedFen);
  const holds = (rule: TRefundRule): boolean => {
    switch (rule.when.kind) {
      case "daysBeforeStartAtLeast":
        return !first || first.getTime() - input.now.getTime() >= rule.when.days * dayMs;
      case "beforeStart":
        return !first || input.now < first;
      case "sessionsHeldBelow":
        return sessionsHeld < rule.when.count;
      case "always":
        return true;
    }
  };
  const rule = input.policy.rules.find(holds);
  if (!rule || rule.amount === "none") return { refundableFen: 0, rule: rule?.code ?? "none", sessionsHeld, sessionsTotal, feeFen: 0 };
  const base = rule.amount === "full" || sessionsTotal === 0 ? input.paidFen : Math.floor((input.paidFen * (sessionsTotal - sessionsHeld)) / sessionsTotal);
  // What the learner is entitled to over the order's life, less what was already refunded.
  const refundableFen = Math.min(remaining, Math.max(0, base - rule.feeFen - input.refundedFen));
  return { refundableFen, rule: rule.code, sessionsHeld, sessionsTotal, feeFen: rule.feeFen };
}
