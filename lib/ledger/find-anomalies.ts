import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import type { EnrollmentStatus, OrderStatus } from "../generated/prisma/enums";
import { seatTakingHoldWhere } from "../enrollment/seat-rule";
import { assertStaff } from "../access/staff-access";
import { enrollmentFactsSelect, paidOrderFactsSelect, toEnrollmentFacts, toPaidOrderFacts } from "./anomaly-facts";
import {
  compareWithStripe,
  isEnrollmentWithoutPayment,
  isPaidWithoutEnrollment,
  type TOurMoney,
  type TStripeDifference,
  type TStripeMoney,
} from "./anomaly-rules";
import { receivedStatuses } from "./cohort-totals";
import { readStripeMoney } from "./read-stripe-money";

/** The most anomalies of one kind listed at once (the oldest wait for the next look). */
const listLimit = 500;
/** Stripe look-ups run this many at a time. */
const stripeConcurrency = 8;

export type TLedgerFix = "enroll" | "refund" | "endEnrollment" | "resync";

type TAnomalyCohort = { id: string; number: number; campus: { nameZh: string; nameEn: string } };
type TAnomalyLearner = { name: string; email: string };

export type TAnomalyOrder = {
  id: string;
  status: OrderStatus;
  amountFen: number;
  refundedFen: number;
  paymentMethod: string | null;
  paidAt: Date | null;
  createdAt: Date;
  stripePaymentIntentId: string | null;
  user: TAnomalyLearner;
  cohort: TAnomalyCohort;
};

export type TPaidWithoutEnrollment = {
  kind: "paidWithoutEnrollment";
  id: string;
  order: TAnomalyOrder;
  enrollmentStatus: EnrollmentStatus | null;
  fixes: TLedgerFix[];
};
export type TEnrollmentWithoutPayment = {
  kind: "enrollmentWithoutPayment";
  id: string;
  enrollment: { id: string; createdAt: Date; classCode: string; user: TAnomalyLearner; cohort: TAnomalyCohort };
  order: { id: string; status: OrderStatus; paymentMethod: string | null; amountFen: number } | null;
  fixes: TLedgerFix[];
};
export type TDiffersFromStripe = {
  kind: "differsFromStripe";
  id: string;
  order: TAnomalyOrder;
  differences: TStripeDifference[] | ["missing"];
  stripe: TStripeMoney | null;
  expected: TOurMoney | null;
  fixes: TLedgerFix[];
};

export type TAnomalies = {
  paidWithoutEnrollment: TPaidWithoutEnrollment[];
  enrollmentWithoutPayment: TEnrollmentWithoutPayment[];
  differsFromStripe: TDiffersFromStripe[];
  /** How many orders were compared with Stripe, and whether Stripe could not be reached. */
  stripeChecked: number;
  stripeUnavailable: boolean;
};

function orderOf(row: TAnomalyOrder): TAnomalyOrder {
  const { id, status, amountFen, refundedFen, paymentMethod, paidAt, createdAt, stripePaymentIntentId, user, cohort } = row;
  return { id, status, amountFen, refundedFen, paymentMethod, paidAt, createdAt, stripePaymentIntentId, user, cohort };
}

/** Cohorts where a paid learner could be enrolled now: open to changes, a seat free for them after live holds and the waitlist. */
async function cohortsWithFreeSeat(cohortIds: readonly string[], now: Date): Promise<Set<string>> {
  const db = await getDb();
  const cohorts = await db.cohort.findMany({
    where: { id: { in: [...new Set(cohortIds)] }, status: { not: "CANCELLED" } },
    select: {
      id: true,
      capacity: true,
      _count: {
        select: { enrollments: { where: { status: "ACTIVE" } }, holds: { where: seatTakingHoldWhere(now) }, waitlist: { where: { status: "WAITING" } } },
      },
    },
  });
  return new Set(cohorts.filter((c) => c._count.enrollments + c._count.holds + c._count.waitlist < c.capacity).map((c) => c.id));
}

async function findPaidWithoutEnrollment(now: Date): Promise<TPaidWithoutEnrollment[]> {
  const db = await getDb();
  const rows = await db.order.findMany({
    where: { status: { in: ["PAID", "PARTIALLY_REFUNDED"] }, OR: [{ enrollmentId: null }, { enrollment: { status: { notIn: ["ACTIVE", "COMPLETED"] } } }] },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: listLimit,
    select: paidOrderFactsSelect,
  });
  const found = rows.filter((row) => isPaidWithoutEnrollment(toPaidOrderFacts(row)));
  const free = await cohortsWithFreeSeat(
    found.map((row) => row.cohortId),
    now,
  );
  const enrolledElsewhere = await db.enrollment.findMany({
    where: { status: "ACTIVE", OR: found.map((row) => ({ userId: row.userId, cohortId: row.cohortId })) },
    select: { userId: true, cohortId: true },
  });
  const enrolled = new Set(enrolledElsewhere.map((row) => `${row.userId}:${row.cohortId}`));
  return found.map((row) => {
    const fixes: TLedgerFix[] = [];
    if (!row.transfer && free.has(row.cohortId) && !enrolled.has(`${row.userId}:${row.cohortId}`)) fixes.push("enroll");
    if (row.stripePaymentIntentId) fixes.push("refund");
    return { kind: "paidWithoutEnrollment", id: row.id, order: orderOf(row), enrollmentStatus: row.enrollment?.status ?? null, fixes };
  });
}

async function findEnrollmentWithoutPayment(): Promise<TEnrollmentWithoutPayment[]> {
  const db = await getDb();
  const rows = await db.enrollment.findMany({
    where: {
      status: "ACTIVE",
      transferIn: { is: null },
      OR: [
        { order: { is: null } },
        { order: { is: { status: { notIn: ["PAID", "PARTIALLY_REFUNDED"] }, OR: [{ paymentMethod: null }, { paymentMethod: { not: "offline" } }] } } },
      ],
    },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: listLimit,
    select: enrollmentFactsSelect,
  });
  return rows
    .filter((row) => isEnrollmentWithoutPayment(toEnrollmentFacts(row)))
    .map((row) => ({
      kind: "enrollmentWithoutPayment",
      id: row.id,
      enrollment: { id: row.id, createdAt: row.createdAt, classCode: row.class.code, user: row.user, cohort: row.cohort },
      order: row.order,
      fixes: ["endEnrollment"],
    }));
}

async function findDiffersFromStripe(stripeLimit: number): Promise<{ found: TDiffersFromStripe[]; checked: number; unavailable: boolean }> {
  const db = await getDb();
  const rows = await db.order.findMany({
    where: { stripePaymentIntentId: { not: null }, status: { in: [...receivedStatuses] } },
    orderBy: [{ createdAt: "desc" }, { id: "desc" }],
    take: stripeLimit,
    select: paidOrderFactsSelect,
  });
  const found: TDiffersFromStripe[] = [];
  let checked = 0;
  let unavailable = false;
  for (let start = 0; start < rows.length && !unavailable; start += stripeConcurrency) {
    const batch = rows.slice(start, start + stripeConcurrency);
    const results = await Promise.allSettled(batch.map((row) => readStripeMoney(row.stripePaymentIntentId!)));
    results.forEach((result, index) => {
      const row = batch[index]!;
      if (result.status === "rejected") {
        unavailable = true;
        return;
      }
      checked += 1;
      if (result.value === null) {
        found.push({ kind: "differsFromStripe", id: row.id, order: orderOf(row), differences: ["missing"], stripe: null, expected: null, fixes: [] });
        return;
      }
      const comparison = compareWithStripe(row, result.value);
      if (!comparison) return;
      found.push({
        kind: "differsFromStripe",
        id: row.id,
        order: orderOf(row),
        differences: comparison.differences,
        stripe: result.value,
        expected: comparison.expected,
        fixes: comparison.resync ? ["resync"] : [],
      });
    });
  }
  return { found, checked, unavailable };
}

/**
 * The reconciliation list: paid orders without a seat, active enrollments without a payment, and
 * the latest `stripeLimit` paid orders whose amounts or status differ from what Stripe reports
 * (re-read from Stripe each time). Each anomaly carries the fixes that are safe for it now.
 * Read-only. Staff and admins only (checked here). When Stripe cannot be reached, the Stripe
 * comparison stops and says so instead of failing the page.
 */
export async function findAnomalies(actor: TSessionUser, options: { stripeLimit?: number; now?: Date } = {}): Promise<TAnomalies> {
  assertStaff(actor);
  const now = options.now ?? new Date();
  const [paidWithoutEnrollment, enrollmentWithoutPayment, stripe] = await Promise.all([
    findPaidWithoutEnrollment(now),
    findEnrollmentWithoutPayment(),
    findDiffersFromStripe(options.stripeLimit ?? 200),
  ]);
  return {
    paidWithoutEnrollment,
    enrollmentWithoutPayment,
    differsFromStripe: stripe.found,
    stripeChecked: stripe.checked,
    stripeUnavailable: stripe.unavailable,
  };
}
