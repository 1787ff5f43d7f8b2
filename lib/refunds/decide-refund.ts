import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import { lockSeatAccount } from "../seat-accounts/read-seat-account";
import { seatMoney } from "../seat-accounts/seat-money";
import { assertStaff } from "../access/staff-access";
import { issueStripeRefund } from "./issue-stripe-refund";
import { planSeatRefund } from "./plan-refund";
import { log } from "../log/logger";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { queueRefundMail } from "./queue-refund-mail";

export type TRefundDecision = { kind: "approve"; amountFen: number; endEnrollment: boolean; note: string | null } | { kind: "reject"; note: string };

export const requestRefundReason = "learner_request";

/**
 * Staff decide a pending refund request — never one they filed or that is for their own seat.
 * Approve: any amount from ¥0.01 up to what the policy allowed and what is left on the seat's
 * chain; it is split over the chain's orders (Stripe refunds, offline payouts for orders paid
 * offline). A refund of all that is left always ends the enrollment, a partial one only if staff
 * choose; a partial refund that keeps the seat is recorded as waived on the seat's account. The
 * enrollment ends when the money is back (settleRefundRequest). Reject: with a reason the learner
 * sees. The request and the account rows are locked and the request must still be pending, so
 * approving twice, or two staff at once, decides once. Audited with before and after.
 */
export async function decideRefund(
  actor: TSessionUser,
  requestId: string,
  decision: TRefundDecision,
  now: Date = new Date(),
): Promise<{ status: "APPROVED" | "REJECTED"; alreadyDecided: boolean }> {
  assertStaff(actor);
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "RefundRequest" WHERE id = ${requestId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("notFound");
    const request = await tx.refundRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { id: true, status: true, userId: true, filedById: true, accountId: true, refundableFen: true },
    });
    if (request.userId === actor.id || request.filedById === actor.id) throw new AppError("refundOwnRequest");
    if (request.status !== "PENDING")
      return {
        status: request.status === "REJECTED" || request.status === "WITHDRAWN" ? ("REJECTED" as const) : ("APPROVED" as const),
        alreadyDecided: true,
        stripeRefundIds: [],
      };
    if (decision.kind === "reject") {
      await tx.refundRequest.update({
        where: { id: requestId },
        data: { status: "REJECTED", decidedById: actor.id, decidedAt: now, decisionNote: decision.note },
      });
      await recordAudit(tx, {
        actorId: actor.id,
        action: "refund.reject",
        entityType: "RefundRequest",
        entityId: requestId,
        before: { status: "PENDING" },
        after: { status: "REJECTED", note: decision.note },
      });
      return { status: "REJECTED" as const, alreadyDecided: false, stripeRefundIds: [], mailId: await queueRefundMail(tx, requestId) };
    }
    const account = request.accountId ? await lockSeatAccount(tx, request.accountId) : null;
    if (!account || account.enrollment?.status !== "ACTIVE") throw new AppError("refundNotPossible");
    const left = seatMoney(account.orders).netFen;
    const cap = Math.min(request.refundableFen, left);
    if (decision.amountFen < 1 || decision.amountFen > cap) throw new AppError("refundAmountTooLarge", { max: (cap / 100).toFixed(2) });
    const endEnrollment = decision.endEnrollment || decision.amountFen >= left;
    await tx.refundRequest.update({
      where: { id: requestId },
      data: { status: "APPROVED", approvedFen: decision.amountFen, endEnrollment, decidedById: actor.id, decidedAt: now, decisionNote: decision.note },
    });
    const planned = await planSeatRefund(tx, account, { amountFen: decision.amountFen, reason: requestRefundReason, requestId });
    if (!endEnrollment)
      await tx.seatAccount.update({ where: { id: account.id }, data: { waivedFen: { increment: decision.amountFen }, waivedById: actor.id } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "refund.approve",
      entityType: "RefundRequest",
      entityId: requestId,
      before: { status: "PENDING", refundableFen: request.refundableFen, seatLeftFen: left, waivedFen: account.waivedFen },
      after: {
        status: "APPROVED",
        approvedFen: decision.amountFen,
        endEnrollment,
        stripeRefunds: planned.stripeRefundIds.length,
        offlinePayouts: planned.offlineRefundIds.length,
        waivedFen: endEnrollment ? account.waivedFen : account.waivedFen + decision.amountFen,
      },
    });
    return { status: "APPROVED" as const, alreadyDecided: false, stripeRefundIds: planned.stripeRefundIds, mailId: await queueRefundMail(tx, requestId) };
  }, lockingTransactionOptions);
  if (result.alreadyDecided) return { status: result.status, alreadyDecided: true };
  // Stripe unreachable now: the refunds.retry job issues the planned refunds later (issuePendingStripeRefunds).
  for (const refundId of result.stripeRefundIds) {
    try {
      await issueStripeRefund(refundId);
    } catch (error) {
      log().warn({ refundId, err: error }, "issuing a Stripe refund failed; the refunds.retry job retries");
    }
  }
  if ("mailId" in result) await deliverQueuedMails([result.mailId]);
  return { status: result.status, alreadyDecided: false };
}
