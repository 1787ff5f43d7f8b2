import { describe, expect, it } from "vitest";
import { compareWithStripe, isEnrollmentWithoutPayment, isPaidWithoutEnrollment, type TPaidOrderFacts } from "./anomaly-rules";

const paid: TPaidOrderFacts = {
  status: "PAID",
  amountFen: 2_299_900,
  refundedFen: 0,
  enrollmentStatus: null,
  transferredOut: false,
  groupStatus: null,
  refunds: [],
  endedWithPartialRefund: false,
};

describe("isPaidWithoutEnrollment", () => {
  it("flags a paid order with no enrollment or an ended one", () => {
    expect(isPaidWithoutEnrollment(paid)).toBe(true);
    expect(isPaidWithoutEnrollment({ ...paid, enrollmentStatus: "CANCELLED" })).toBe(true);
    expect(isPaidWithoutEnrollment({ ...paid, status: "PARTIALLY_REFUNDED", refundedFen: 100_000, enrollmentStatus: "REFUNDED" })).toBe(true);
  });

  it("leaves enrolled, unpaid and fully refunding orders alone", () => {
    expect(isPaidWithoutEnrollment({ ...paid, enrollmentStatus: "ACTIVE" })).toBe(false);
    expect(isPaidWithoutEnrollment({ ...paid, enrollmentStatus: "COMPLETED" })).toBe(false);
    expect(isPaidWithoutEnrollment({ ...paid, status: "AUTHORIZED" })).toBe(false);
    expect(isPaidWithoutEnrollment({ ...paid, status: "REFUNDED", refundedFen: paid.amountFen })).toBe(false);
    expect(isPaidWithoutEnrollment({ ...paid, refunds: [{ amountFen: paid.amountFen, status: "PENDING" }] })).toBe(false);
    expect(
      isPaidWithoutEnrollment({
        ...paid,
        refunds: [
          { amountFen: 100, status: "SUCCEEDED" },
          { amountFen: paid.amountFen - 100, status: "SUCCEEDED" },
        ],
      }),
    ).toBe(false);
  });

  it("still flags an order whose only refund failed or was partial", () => {
    expect(isPaidWithoutEnrollment({ ...paid, refunds: [{ amountFen: paid.amountFen, status: "FAILED" }] })).toBe(true);
    expect(isPaidWithoutEnrollment({ ...paid, refunds: [{ amountFen: 500, status: "SUCCEEDED" }] })).toBe(true);
  });

  it("waits for a group-buy to settle, and accepts transfers and partial refunds that ended the seat", () => {
    expect(isPaidWithoutEnrollment({ ...paid, groupStatus: "OPEN" })).toBe(false);
    expect(isPaidWithoutEnrollment({ ...paid, groupStatus: "FILLED" })).toBe(false);
    expect(isPaidWithoutEnrollment({ ...paid, groupStatus: "SETTLED" })).toBe(true);
    expect(isPaidWithoutEnrollment({ ...paid, enrollmentStatus: "TRANSFERRED", transferredOut: true })).toBe(false);
    expect(isPaidWithoutEnrollment({ ...paid, enrollmentStatus: "TRANSFERRED", transferredOut: false })).toBe(true);
    expect(isPaidWithoutEnrollment({ ...paid, status: "PARTIALLY_REFUNDED", enrollmentStatus: "CANCELLED", endedWithPartialRefund: true })).toBe(false);
  });
});

describe("isEnrollmentWithoutPayment", () => {
  it("flags an active enrollment with no paid order", () => {
    expect(isEnrollmentWithoutPayment({ status: "ACTIVE", transferredIn: false, order: null })).toBe(true);
    expect(isEnrollmentWithoutPayment({ status: "ACTIVE", transferredIn: false, order: { status: "REFUNDED", paymentMethod: "card" } })).toBe(true);
    expect(isEnrollmentWithoutPayment({ status: "ACTIVE", transferredIn: false, order: { status: "PENDING", paymentMethod: null } })).toBe(true);
  });

  it("accepts paid, offline, transferred-in and ended enrollments", () => {
    expect(isEnrollmentWithoutPayment({ status: "ACTIVE", transferredIn: false, order: { status: "PAID", paymentMethod: "card" } })).toBe(false);
    expect(isEnrollmentWithoutPayment({ status: "ACTIVE", transferredIn: false, order: { status: "PARTIALLY_REFUNDED", paymentMethod: "alipay" } })).toBe(
      false,
    );
    expect(isEnrollmentWithoutPayment({ status: "ACTIVE", transferredIn: false, order: { status: "PENDING", paymentMethod: "offline" } })).toBe(false);
    expect(isEnrollmentWithoutPayment({ status: "ACTIVE", transferredIn: true, order: null })).toBe(false);
    expect(isEnrollmentWithoutPayment({ status: "CANCELLED", transferredIn: false, order: null })).toBe(false);
  });
});

describe("compareWithStripe", () => {
  const stripe = { intentStatus: "succeeded", amountReceivedFen: 2_299_900, amountRefundedFen: 0 };

  it("agrees when amounts and status match", () => {
    expect(compareWithStripe({ status: "PAID", amountFen: 2_299_900, refundedFen: 0 }, stripe)).toBeNull();
    expect(compareWithStripe({ status: "REFUNDED", amountFen: 2_299_900, refundedFen: 2_299_900 }, { ...stripe, amountRefundedFen: 2_299_900 })).toBeNull();
  });

  it("ignores orders that hold no money", () => {
    expect(compareWithStripe({ status: "PENDING", amountFen: 1, refundedFen: 0 }, stripe)).toBeNull();
    expect(compareWithStripe({ status: "AUTHORIZED", amountFen: 1, refundedFen: 0 }, { ...stripe, intentStatus: "requires_capture" })).toBeNull();
  });

  it("re-syncs a changed amount", () => {
    expect(compareWithStripe({ status: "PAID", amountFen: 1_000, refundedFen: 0 }, stripe)).toEqual({
      differences: ["amount"],
      expected: { status: "PAID", amountFen: 2_299_900, refundedFen: 0 },
      resync: { status: "PAID", amountFen: 2_299_900, refundedFen: 0 },
    });
  });

  it("re-syncs a refund we missed, partial or full", () => {
    expect(compareWithStripe({ status: "PAID", amountFen: 2_299_900, refundedFen: 0 }, { ...stripe, amountRefundedFen: 50_000 })?.resync).toEqual({
      status: "PARTIALLY_REFUNDED",
      amountFen: 2_299_900,
      refundedFen: 50_000,
    });
    expect(
      compareWithStripe({ status: "PARTIALLY_REFUNDED", amountFen: 2_299_900, refundedFen: 50_000 }, { ...stripe, amountRefundedFen: 2_299_900 })?.resync
        ?.status,
    ).toBe("REFUNDED");
  });

  it("offers no re-sync where the order rules cannot follow (a refund Stripe does not know, a payment Stripe never took)", () => {
    const unknownRefund = compareWithStripe({ status: "PARTIALLY_REFUNDED", amountFen: 2_299_900, refundedFen: 50_000 }, stripe);
    expect(unknownRefund?.differences).toEqual(["refunded", "status"]);
    expect(unknownRefund?.resync).toBeNull();
    expect(compareWithStripe({ status: "PAID", amountFen: 2_299_900, refundedFen: 0 }, { ...stripe, intentStatus: "canceled", amountReceivedFen: 0 })).toEqual({
      differences: ["status"],
      expected: null,
      resync: null,
    });
  });
});
