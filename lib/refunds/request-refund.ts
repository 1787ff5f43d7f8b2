import "server-only";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import { lockSeatAccount } from "../seat-accounts/read-seat-account";
import { quoteSeatRefund } from "./quote-seat-refund";
import { seatMoney } from "../seat-accounts/seat-money";

/** Requests that still hold the seat's money: one at a time per seat. */
export const openRequestStatuses = ["PENDING", "APPROVED"] as const;

/**
 * A learner asks for a refund of their seat from their own order, with a reason. The refund
 * covers the seat's whole chain (first payment, transfer differences) under the policy of the
 * cohort the seat is in now; that quote and its rule are stored for staff to decide on. Refused
 * (nothing written): an order the seat moved away from (ask from the current order), an order
 * that paid for no seat, a seat that already ended, and a second request while one is pending or
 * approved but not paid back. The seat's account row is locked, so a double submit makes one.
 */
export async function requestRefund(input: {
  userId: string;
  orderId: string;
  reason: string;
  filedById?: string;
  now?: Date;
}): Promise<{ requestId: string; refundableFen: number; rule: string }> {
  const now = input.now ?? new Date();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const order = await tx.order.findFirst({
      where: { id: input.orderId, userId: input.userId },
      select: { id: true, status: true, accountId: true, movedAt: true },
    });
    if (!order) throw new AppError("notFound");
    if (order.movedAt) throw new AppError("refundOrderMoved");
    // The seat's account decides (its current order may itself be refunded, e.g. a transfer's difference returned).
    if (!order.accountId) throw new AppError("refundNotPossible");
    const account = await lockSeatAccount(tx, order.accountId);
    if (!account || account.enrollment?.status !== "ACTIVE" || seatMoney(account.orders).netFen <= 0) throw new AppError("refundNotPossible");
    const open = await tx.refundRequest.findFirst({ where: { accountId: account.id, status: { in: [...openRequestStatuses] } }, select: { id: true } });
    if (open) throw new AppError("refundAlreadyRequested");
    const quote = await quoteSeatRefund(tx, account, now);
    const request = await tx.refundRequest.create({
      data: {
        orderId: order.id,
        accountId: account.id,
        userId: input.userId,
        filedById: input.filedById ?? input.userId,
        reason: input.reason,
        refundableFen: quote.refundableFen,
        policyRule: quote.rule,
      },
      select: { id: true },
    });
    return { requestId: request.id, refundableFen: quote.refundableFen, rule: quote.rule };
  }, lockingTransactionOptions);
}
