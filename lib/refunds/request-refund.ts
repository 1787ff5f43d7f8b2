import "server-only";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import { quoteOrderRefund } from "./quote-order-refund";

/**
 * A learner asks for a refund of their own paid order, with a reason. The cohort's policy is
 * applied now and stored with the request (amount and the rule that produced it) for staff to
 * decide on. One open request per order; the order row is locked so a double submit makes one.
 */
export async function requestRefund(input: { userId: string; orderId: string; reason: string; now?: Date }): Promise<{ requestId: string; refundableFen: number; rule: string }> {
  const now = input.now ?? new Date();
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Order" WHERE id = ${input.orderId} AND "userId" = ${input.userId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("notFound");
    const quote = await quoteOrderRefund(tx, input.orderId, now);
    if (!quote || (quote.orderStatus !== "PAID" && quote.orderStatus !== "PARTIALLY_REFUNDED")) throw new AppError("refundNotPossible");
    const open = await tx.refundRequest.findFirst({ where: { orderId: input.orderId, status: "PENDING" }, select: { id: true } });
    if (open) throw new AppError("refundAlreadyRequested");
    const request = await tx.refundRequest.create({
      data: { orderId: input.orderId, userId: input.userId, reason: input.reason, refundableFen: quote.refundableFen, policyRule: quote.rule },
      select: { id: true },
    });
    return { requestId: request.id, refundableFen: quote.refundableFen, rule: quote.rule };
  }, lockingTransactionOptions);
}
