import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import { nextOrderStatus } from "../orders/order-status";
import { assertStaff } from "../access/staff-access";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { queueRefundMail } from "./queue-refund-mail";
import { settleRefundRequest } from "./settle-refund-request";

export const payoutMethods = ["bank_transfer", "alipay", "wechat", "cash"] as const;
export type TPayoutMethod = (typeof payoutMethods)[number];

/**
 * Staff record that they paid out an offline refund (money paid by bank transfer goes back the
 * same way): date, method and reference. The refund row is locked and must still await payout,
 * so recording twice writes once (the second gets payoutAlreadyRecorded). The order's refunded
 * total and status follow, the request it belongs to is settled (its enrollment ends if it was
 * meant to), and the learner is emailed. Audited with before and after.
 */
export async function recordOfflinePayout(
  actor: TSessionUser,
  input: { refundId: string; paidOutAt: Date; method: TPayoutMethod; reference: string },
  now: Date = new Date(),
): Promise<{ requestId: string | null }> {
  assertStaff(actor);
  const db = await getDb();
  const recorded = await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Refund" WHERE id = ${input.refundId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("payoutNotFound");
    const refund = await tx.refund.findUniqueOrThrow({
      where: { id: input.refundId },
      select: { id: true, method: true, status: true, amountFen: true, requestId: true, orderId: true },
    });
    if (refund.method !== "OFFLINE") throw new AppError("payoutNotFound");
    if (refund.status !== "PENDING") throw new AppError("payoutAlreadyRecorded");
    await tx.refund.update({
      where: { id: refund.id },
      data: { status: "SUCCEEDED", paidOutAt: input.paidOutAt, payoutMethod: input.method, payoutReference: input.reference, paidOutById: actor.id },
    });
    const order = await tx.order.findUniqueOrThrow({ where: { id: refund.orderId }, select: { status: true, amountFen: true, refundedFen: true } });
    const refundedFen = order.refundedFen + refund.amountFen;
    await tx.order.update({
      where: { id: refund.orderId },
      data: { refundedFen, status: nextOrderStatus(order.status, { kind: "refunded", refundedFen, amountFen: order.amountFen }) },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "refund.payout",
      entityType: "Refund",
      entityId: refund.id,
      before: { status: "PENDING", orderRefundedFen: order.refundedFen },
      after: { status: "SUCCEEDED", amountFen: refund.amountFen, paidOutAt: input.paidOutAt.toISOString(), method: input.method, reference: input.reference },
    });
    return { requestId: refund.requestId, mailId: refund.requestId ? await queueRefundMail(tx, refund.requestId, refund.id) : null };
  }, lockingTransactionOptions);
  if (recorded.requestId) await settleRefundRequest(recorded.requestId, now);
  await deliverQueuedMails([recorded.mailId]);
  return { requestId: recorded.requestId };
}
