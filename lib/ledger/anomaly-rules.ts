import type { EnrollmentStatus, GroupBuyStatus, OrderStatus, RefundStatus } from "../generated/prisma/enums";
import { nextOrderStatus } from "../orders/order-status";

/** What decides whether a paid order lacks its seat. */
export type TPaidOrderFacts = {
  status: OrderStatus;
  amountFen: number;
  refundedFen: number;
  /** The enrollment the order paid for: its own, or the new one of a transfer it paid the difference of. */
  enrollmentStatus: EnrollmentStatus | null;
  /** The enrollment was moved to another cohort by a completed transfer: the money moved with it. */
  transferredOut: boolean;
  /** null for an order that is not a group-buy place. */
  groupStatus: GroupBuyStatus | null;
  refunds: readonly { amountFen: number; status: RefundStatus }[];
  /** Staff approved a partial refund that also ended the enrollment. */
  endedWithPartialRefund: boolean;
};

/**
 * A paid order (PAID or PARTIALLY_REFUNDED) without a live seat (enrollment missing or ended),
 * that nobody is already refunding in full. Not an anomaly: a group-buy place whose group has
 * not settled yet (settling enrolls or refunds it), an enrollment transferred to another cohort,
 * a partial refund staff approved together with ending the enrollment.
 */
export function isPaidWithoutEnrollment(facts: TPaidOrderFacts): boolean {
  if (facts.status !== "PAID" && facts.status !== "PARTIALLY_REFUNDED") return false;
  if (facts.enrollmentStatus === "ACTIVE" || facts.enrollmentStatus === "COMPLETED") return false;
  if (facts.enrollmentStatus === "TRANSFERRED" && facts.transferredOut) return false;
  if (facts.groupStatus !== null && facts.groupStatus !== "SETTLED") return false;
  if (facts.endedWithPartialRefund) return false;
  const refunding = facts.refunds.filter((refund) => refund.status !== "FAILED").reduce((sum, refund) => sum + refund.amountFen, 0);
  return Math.max(refunding, facts.refundedFen) < facts.amountFen;
}

/** What decides whether an active enrollment lacks a payment. */
export type TEnrollmentFacts = {
  status: EnrollmentStatus;
  /** It came from a transfer: paid by the order of the enrollment it replaced. */
  transferredIn: boolean;
  order: { status: OrderStatus; paymentMethod: string | null } | null;
};

/** An active enrollment without a PAID / PARTIALLY_REFUNDED order, unless it came from a transfer or was paid offline (bank transfer). */
export function isEnrollmentWithoutPayment(facts: TEnrollmentFacts): boolean {
  if (facts.status !== "ACTIVE" || facts.transferredIn) return false;
  if (!facts.order) return true;
  if (facts.order.paymentMethod === "offline") return false;
  return facts.order.status !== "PAID" && facts.order.status !== "PARTIALLY_REFUNDED";
}

/** Our record of an order's money. */
export type TOurMoney = { status: OrderStatus; amountFen: number; refundedFen: number };

/** What Stripe says: the PaymentIntent's status and amounts, and its latest charge's refunded total. */
export type TStripeMoney = { intentStatus: string; amountReceivedFen: number; amountRefundedFen: number };

export type TStripeDifference = "amount" | "refunded" | "status";

export type TStripeComparison = {
  differences: TStripeDifference[];
  /** What Stripe's facts mean for our order. */
  expected: TOurMoney | null;
  /** The order after a re-sync, when the order-status rules can reach Stripe's state; null when only a person can fix it. */
  resync: TOurMoney | null;
};

const paidStatuses: readonly OrderStatus[] = ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"];

/**
 * Compares an order that holds money (PAID, PARTIALLY_REFUNDED, REFUNDED) with Stripe, the source
 * of truth for money received and refunded. Returns null when they agree (or the order holds no
 * money). A re-sync is offered only when nextOrderStatus can move the order to Stripe's state (it
 * never moves a paid order back to unpaid, nor a refund back).
 */
export function compareWithStripe(ours: TOurMoney, stripe: TStripeMoney): TStripeComparison | null {
  if (!paidStatuses.includes(ours.status)) return null;
  if (stripe.intentStatus !== "succeeded") return { differences: ["status"], expected: null, resync: null };
  const received = stripe.amountReceivedFen;
  const refunded = stripe.amountRefundedFen;
  const expected: TOurMoney = {
    amountFen: received,
    refundedFen: refunded,
    status: refunded <= 0 ? "PAID" : refunded >= received ? "REFUNDED" : "PARTIALLY_REFUNDED",
  };
  const differences: TStripeDifference[] = [];
  if (ours.amountFen !== expected.amountFen) differences.push("amount");
  if (ours.refundedFen !== expected.refundedFen) differences.push("refunded");
  if (ours.status !== expected.status) differences.push("status");
  if (differences.length === 0) return null;
  const status = refunded > 0 ? nextOrderStatus(ours.status, { kind: "refunded", refundedFen: refunded, amountFen: received }) : ours.status;
  const resync: TOurMoney = { status, amountFen: received, refundedFen: refunded };
  return { differences, expected, resync: resync.status === expected.status ? resync : null };
}
