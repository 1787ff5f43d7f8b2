import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { assertStaff } from "../staff/access";
import { quoteOrderRefund } from "./quote-order-refund";

const requestSelect = {
  id: true, status: true, reason: true, refundableFen: true, policyRule: true, approvedFen: true, endEnrollment: true, decidedAt: true, decisionNote: true, createdAt: true,
  refund: { select: { status: true, amountFen: true } },
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
      order: {
        select: {
          id: true, amountFen: true, refundedFen: true, paymentMethod: true, paidAt: true, status: true,
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
 * A learner's view of refunds on their own order: their requests (with staff's decision and note,
 * never who decided) and, when they could ask now, what the policy would refund and by which rule.
 */
export async function readMyOrderRefunds(userId: string, orderId: string, now: Date = new Date()) {
  const db = await getDb();
  const order = await db.order.findFirst({ where: { id: orderId, userId }, select: { id: true, status: true } });
  if (!order) return null;
  const requests = await db.refundRequest.findMany({ where: { orderId, userId }, orderBy: { createdAt: "desc" }, select: requestSelect });
  const canRequest = (order.status === "PAID" || order.status === "PARTIALLY_REFUNDED") && !requests.some((request) => request.status === "PENDING");
  return { requests, quote: canRequest ? await quoteOrderRefund(db, orderId, now) : null };
}
