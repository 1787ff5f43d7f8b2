import "server-only";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { issueStripeRefund } from "../refunds/issue-stripe-refund";
import { planSeatRefund } from "../refunds/plan-refund";
import { lockSeatAccount } from "../seat-accounts/read-seat-account";

export const transferRefundReason = "transfer_difference";

/**
 * Refunds what a learner paid above the new cohort's price after a transfer, from the seat's
 * chain (newest order first): through Stripe where it was paid through Stripe (idempotency key
 * per refund row), as an offline payout awaiting staff where it was paid offline. Planned once
 * per transfer under the seat account's lock; safe to call again (it re-issues what Stripe has
 * not confirmed yet). Returns whether the refund is planned now.
 */
export async function refundTransferDifference(transferId: string): Promise<boolean> {
  const db = await getDb();
  const transfer = await db.transfer.findUnique({
    where: { id: transferId },
    select: { id: true, differenceFen: true, toEnrollment: { select: { account: { select: { id: true } } } } },
  });
  const accountId = transfer?.toEnrollment?.account?.id;
  if (!transfer || transfer.differenceFen >= 0 || !accountId) return false;
  const planned = await db.$transaction(async (tx) => {
    const account = await lockSeatAccount(tx, accountId);
    const current = await tx.transfer.findUniqueOrThrow({ where: { id: transfer.id }, select: { refundId: true } });
    if (!account || current.refundId) return null;
    const rows = await planSeatRefund(tx, account, { amountFen: -transfer.differenceFen, reason: transferRefundReason, requestId: null });
    const first = rows.stripeRefundIds[0] ?? rows.offlineRefundIds[0];
    if (first) await tx.transfer.update({ where: { id: transfer.id }, data: { refundId: first } });
    return rows;
  }, lockingTransactionOptions);
  const stripeRefundIds =
    planned?.stripeRefundIds ??
    (
      await db.refund.findMany({
        where: { reason: transferRefundReason, method: "STRIPE", stripeRefundId: null, status: "PENDING", order: { accountId } },
        select: { id: true },
      })
    ).map((row) => row.id);
  for (const refundId of stripeRefundIds) await issueStripeRefund(refundId);
  return true;
}
