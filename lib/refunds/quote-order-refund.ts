import "server-only";
import type { TTransaction } from "../db/transaction";
import type { TPrismaClient } from "../db/create-client";
import { quoteRefund, readRefundPolicy, type TRefundQuote } from "./refund-policy";

/** The cohort policy's quote for an order now: what was paid (group price for a group order), less refunds. */
export async function quoteOrderRefund(db: TPrismaClient | TTransaction, orderId: string, now: Date): Promise<(TRefundQuote & { orderStatus: string }) | null> {
  const order = await db.order.findUnique({
    where: { id: orderId },
    select: { status: true, amountFen: true, refundedFen: true, cohort: { select: { refundPolicy: true, sessions: { select: { startsAt: true } } } } },
  });
  if (!order) return null;
  const quote = quoteRefund({
    policy: readRefundPolicy(order.cohort.refundPolicy),
    paidFen: order.amountFen,
    refundedFen: order.refundedFen,
    sessionStarts: order.cohort.sessions.map((session) => session.startsAt),
    now,
  });
  return { ...quote, orderStatus: order.status };
}
