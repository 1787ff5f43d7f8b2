import "server-only";
import type { TTransaction } from "../db/transaction";
import type { TSeatAccount } from "../seat-accounts/read-seat-account";
import { allocateRefund } from "../seat-accounts/seat-money";

/**
 * Writes the refunds that return `amountFen` of a seat's money, split over its chain newest
 * order first (lib/seat-accounts/seat-money allocateRefund): a Stripe refund to issue for each
 * order paid through Stripe, an offline payout awaiting staff for each order paid offline. In the
 * caller's transaction (with the account locked), so the decision and its money are one write.
 * Stripe is asked afterwards by issueStripeRefund, with the row's id as idempotency key.
 */
export async function planSeatRefund(
  tx: TTransaction,
  account: TSeatAccount,
  input: { amountFen: number; reason: string; requestId: string | null },
): Promise<{ stripeRefundIds: string[]; offlineRefundIds: string[] }> {
  const parts = allocateRefund(account.orders, input.amountFen);
  const stripeRefundIds: string[] = [];
  const offlineRefundIds: string[] = [];
  for (const part of parts) {
    const row = await tx.refund.create({
      data: { orderId: part.orderId, amountFen: part.amountFen, reason: input.reason, method: part.method, status: "PENDING", requestId: input.requestId },
      select: { id: true },
    });
    (part.method === "STRIPE" ? stripeRefundIds : offlineRefundIds).push(row.id);
  }
  return { stripeRefundIds, offlineRefundIds };
}
