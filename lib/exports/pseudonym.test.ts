import { describe, expect, it } from "vitest";
import { learnerPseudonym } from "./pseudonym";

describe("learnerPseudonym", () => {
  const secret = "test-secret-0123456789abcdef";

  it("is L- and 10 hex digits, stable for the same learner and cohort", () => {
    const first = learnerPseudonym("cohort-1", "user-1", secret);
    expect(first).toMatch(/^L-[0-9a-f]{10}$/);
    expect(learnerPseudonym("cohort-1", "user-1", secret)).toBe(first);
  });

  it("differs across cohorts, across learners and across secrets", () => {
    const base = learnerPseudonym("cohort-1", "user-1", secret);
    expect(learnerPseudonym("cohort-2", "user-1", secret)).not.toBe(base);
    expect(learnerPseudonym("cohort-1", "user-2", secret)).not.toBe(base);
    expect(learnerPseudonym("cohort-1", "user-1", `${secret}x`)).not.toBe(base);
  });

  it("does not confuse ids that only concatenate alike, and does not contain the user id", () => {
    expect(learnerPseudonym("ab", "c", secret)).not.toBe(learnerPseudonym("a", "bc", secret));
    expect(learnerPseudonym("cohort-1", "user-1", secret)).not.toContain("user-1");
  });

  it("uses AUTH_SECRET by default", () => {
    expect(learnerPseudonym("cohort-1", "user-1")).toMatch(/^L-[0-9a-f]{10}$/);
    expect(learnerPseudonym("cohort-1", "user-1")).toBe(learnerPseudonym("cohort-1", "user-1"));
  });
});
