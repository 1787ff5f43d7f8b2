import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import { assertStaff } from "../staff/access";
import { issueApprovedRefund } from "./issue-approved-refund";
import { sendRefundMail } from "./send-refund-mail";

export type TRefundDecision = { kind: "approve"; amountFen: number; endEnrollment: boolean; note: string | null } | { kind: "reject"; note: string };

/**
 * Staff decide a pending refund request. Approve: any amount from ¥0.01 up to what the policy
 * allowed (and what is left of the payment); a full refund always ends the enrollment (seat
 * freed, waitlist offered), a partial one only if staff choose. Reject: with a reason the learner
 * sees. The request row is locked and must still be pending, so approving twice, or two staff at
 * once, decides once and creates one Stripe refund (idempotency key per request). Audited.
 */
export async function decideRefund(actor: TSessionUser, requestId: string, decision: TRefundDecision, now: Date = new Date()): Promise<{ status: "APPROVED" | "REJECTED"; alreadyDecided: boolean }> {
  assertStaff(actor);
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "RefundRequest" WHERE id = ${requestId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("notFound");
    const request = await tx.refundRequest.findUniqueOrThrow({
      where: { id: requestId },
      select: { id: true, status: true, refundableFen: true, order: { select: { amountFen: true, refundedFen: true } } },
    });
    if (request.status !== "PENDING") return { status: request.status === "APPROVED" ? ("APPROVED" as const) : ("REJECTED" as const), alreadyDecided: true };
    if (decision.kind === "reject") {
      await tx.refundRequest.update({ where: { id: requestId }, data: { status: "REJECTED", decidedById: actor.id, decidedAt: now, decisionNote: decision.note } });
      await recordAudit(tx, { actorId: actor.id, action: "refund.reject", entityType: "RefundRequest", entityId: requestId, before: { status: "PENDING" }, after: { status: "REJECTED", note: decision.note } });
      return { status: "REJECTED" as const, alreadyDecided: false };
    }
    const left = request.order.amountFen - request.order.refundedFen;
    const cap = Math.min(request.refundableFen, left);
    if (decision.amountFen < 1 || decision.amountFen > cap) throw new AppError("refundAmountTooLarge", { max: (cap / 100).toFixed(2) });
    const endEnrollment = decision.endEnrollment || decision.amountFen >= left;
    await tx.refundRequest.update({
      where: { id: requestId },
      data: { status: "APPROVED", approvedFen: decision.amountFen, endEnrollment, decidedById: actor.id, decidedAt: now, decisionNote: decision.note },
    });
    await recordAudit(tx, {
      actorId: actor.id,
      action: "refund.approve",
      entityType: "RefundRequest",
      entityId: requestId,
      before: { status: "PENDING", refundableFen: request.refundableFen },
      after: { status: "APPROVED", approvedFen: decision.amountFen, endEnrollment },
    });
    return { status: "APPROVED" as const, alreadyDecided: false };
  }, lockingTransactionOptions);
  if (result.alreadyDecided) return result;
  if (result.status === "APPROVED") await issueApprovedRefund(requestId);
  await sendRefundMail(requestId);
  return result;
}
