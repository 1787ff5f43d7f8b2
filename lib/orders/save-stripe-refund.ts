import "server-only";
import type { TPrismaClient } from "../db/create-client";
import type { TTransaction } from "../db/transaction";
import type { RefundStatus } from "../generated/prisma/enums";

export type TStripeRefundRow = {
  orderId: string;
  stripeRefundId: string;
  amountFen: number;
  reason: string;
  status: RefundStatus;
  failureReason?: string | null;
};

/**
 * Records a Stripe refund once, whoever sees it first: the code that asked for it or the webhook
 * that reports it. One INSERT … ON CONFLICT DO NOTHING (an upsert is two statements and two
 * callers at once collide on the unique Stripe id), then, when asked, the state Stripe reports now.
 */
export async function saveStripeRefund(
  db: TPrismaClient | TTransaction,
  row: TStripeRefundRow,
  options: { updateStatus?: boolean } = {},
): Promise<{ id: string; requestId: string | null }> {
  await db.refund.createMany({ data: [{ ...row, failureReason: row.failureReason ?? null }], skipDuplicates: true });
  if (options.updateStatus)
    await db.refund.updateMany({ where: { stripeRefundId: row.stripeRefundId }, data: { status: row.status, failureReason: row.failureReason ?? null } });
  return db.refund.findUniqueOrThrow({ where: { stripeRefundId: row.stripeRefundId }, select: { id: true, requestId: true } });
}
