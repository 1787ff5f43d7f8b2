import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { quoteSeatRefund } from "./quote-seat-refund";
import { readSeatAccount } from "../seat-accounts/read-seat-account";
import { seatMoney } from "../seat-accounts/seat-money";
import { assertStaff } from "../access/staff-access";
import { openRequestStatuses } from "./request-refund";

const refundSelect = {
  id: true,
  status: true,
  method: true,
  amountFen: true,
  failureReason: true,
  paidOutAt: true,
  payoutMethod: true,
  payoutReference: true,
} as const;

const requestSelect = {
  id: true,
  status: true,
  reason: true,
  refundableFen: true,
  policyRule: true,
  approvedFen: true,
  endEnrollment: true,
  decidedAt: true,
  decisionNote: true,
  createdAt: true,
  userId: true,
  filedById: true,
  refunds: { orderBy: { createdAt: "asc" }, select: refundSelect },
} as const;

/** Staff: refund requests, pending first (oldest first), then decided ones (newest first), with the order and the learner. */
export async function readRefundRequests(actor: TSessionUser, filter: "PENDING" | "DECIDED" = "PENDING", take = 100) {
  assertStaff(actor);
  const db = await getDb();
  return db.refundRequest.findMany({
    where: filter === "PENDING" ? { status: "PENDING" } : { status: { not: "PENDING" } },
    orderBy: filter === "PENDING" ? { createdAt: "asc" } : { decidedAt: "desc" },
    take,
    select: {
      ...requestSelect,
      user: { select: { name: true, email: true } },
      decidedBy: { select: { name: true } },
      account: {
        select: {
          agreedPriceFen: true,
          orders: { where: { status: { in: ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"] } }, select: { amountFen: true, refundedFen: true } },
        },
      },
      order: {
        select: {
          id: true,
          amountFen: true,
          refundedFen: true,
          paymentMethod: true,
          paidAt: true,
          status: true,
          cohort: { select: { number: true, campus: { select: { nameZh: true, nameEn: true } } } },
          enrollment: { select: { status: true, class: { select: { code: true } } } },
          groupMember: { select: { id: true } },
        },
      },
    },
  });
}

export type TStaffRefundRequest = Awaited<ReturnType<typeof readRefundRequests>>[number];

/**
 * A learner's view of refunds of the seat their own order paid for: the seat's requests (with
 * staff's decision and note, never who decided) and each refund's state (Stripe pending /
 * succeeded / failed, offline awaiting payout / paid out); when they could ask now, what the
 * policy would refund of the seat and by which rule; when the seat moved on by a transfer, the
 * cohort and order it moved to.
 */
export async function readMyOrderRefunds(userId: string, orderId: string, now: Date = new Date()) {
  const db = await getDb();
  const order = await db.order.findFirst({ where: { id: orderId, userId }, select: { id: true, status: true, accountId: true, movedAt: true } });
  if (!order) return null;
  const requests = await db.refundRequest.findMany({
    where: order.accountId ? { accountId: order.accountId, userId } : { orderId, userId },
    orderBy: { createdAt: "desc" },
    select: requestSelect,
  });
  const account = order.accountId ? await readSeatAccount(db, order.accountId) : null;
  if (order.movedAt && account) {
    const current = await db.order.findFirst({ where: { accountId: account.id, movedAt: null, userId }, orderBy: { createdAt: "desc" }, select: { id: true } });
    const cohort = await db.cohort.findUniqueOrThrow({ where: { id: account.cohortId }, select: { number: true } });
    return { requests, quote: null, moved: { cohortNumber: cohort.number, orderId: current?.id ?? null } };
  }
  const open = requests.some((request) => (openRequestStatuses as readonly string[]).includes(request.status));
  const canRequest = account !== null && account.enrollment?.status === "ACTIVE" && seatMoney(account.orders).netFen > 0 && !open;
  return { requests, quote: canRequest ? await quoteSeatRefund(db, account, now) : null, moved: null };
}
