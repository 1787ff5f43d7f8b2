import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { assertStaff } from "../access/staff-access";

const workSelect = {
  id: true,
  amountFen: true,
  reason: true,
  method: true,
  status: true,
  failureReason: true,
  createdAt: true,
  requestId: true,
  order: {
    select: {
      id: true,
      paymentMethod: true,
      stripePaymentIntentId: true,
      user: { select: { name: true, email: true } },
      cohort: { select: { number: true, campus: { select: { nameZh: true, nameEn: true } } } },
    },
  },
} as const;

/**
 * Staff's refund work: offline refunds awaiting payout (oldest first) and refunds that failed
 * (Stripe's reason shown) that staff have not retried or turned into a payout yet. Both are
 * money a learner is owed.
 */
export async function readRefundWork(actor: TSessionUser, take = 200) {
  assertStaff(actor);
  const db = await getDb();
  const [awaitingPayout, failed] = await Promise.all([
    db.refund.findMany({ where: { method: "OFFLINE", status: "PENDING" }, orderBy: { createdAt: "asc" }, take, select: workSelect }),
    db.refund.findMany({ where: { status: "FAILED", resolvedAt: null }, orderBy: { createdAt: "asc" }, take, select: workSelect }),
  ]);
  return { awaitingPayout, failed };
}

export type TRefundWork = Awaited<ReturnType<typeof readRefundWork>>;
