import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { AppError } from "../errors";
import { assertStaff } from "../access/staff-access";
import { issueStripeRefund } from "./issue-stripe-refund";

/**
 * Staff deal with a refund that failed (Stripe's reason shown): try it again through Stripe, or
 * pay it out offline instead (it then waits under offline payouts like any other). The failed
 * refund is marked resolved and a new one of the same amount takes its place, for the same order
 * and request. The refund row is locked and must still be failed and unresolved, so two clicks
 * make one replacement. Audited.
 */
export async function replaceFailedRefund(
  actor: TSessionUser,
  refundId: string,
  how: "stripe" | "offline",
  now: Date = new Date(),
): Promise<{ refundId: string }> {
  assertStaff(actor);
  const db = await getDb();
  const replacement = await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Refund" WHERE id = ${refundId} FOR UPDATE`;
    if (locked.length === 0) throw new AppError("notFound");
    const failed = await tx.refund.findUniqueOrThrow({
      where: { id: refundId },
      select: {
        id: true,
        status: true,
        resolvedAt: true,
        amountFen: true,
        reason: true,
        requestId: true,
        orderId: true,
        order: { select: { stripePaymentIntentId: true } },
      },
    });
    if (failed.status !== "FAILED" || failed.resolvedAt) throw new AppError("refundAlreadyHandled");
    if (how === "stripe" && !failed.order.stripePaymentIntentId) throw new AppError("refundNotPossible");
    const row = await tx.refund.create({
      data: {
        orderId: failed.orderId,
        amountFen: failed.amountFen,
        reason: failed.reason,
        requestId: failed.requestId,
        method: how === "stripe" ? "STRIPE" : "OFFLINE",
        status: "PENDING",
      },
      select: { id: true },
    });
    await tx.refund.update({ where: { id: failed.id }, data: { resolvedAt: now } });
    await recordAudit(tx, {
      actorId: actor.id,
      action: how === "stripe" ? "refund.retry" : "refund.toOffline",
      entityType: "Refund",
      entityId: failed.id,
      before: { status: "FAILED", amountFen: failed.amountFen },
      after: { replacement: row.id, method: how === "stripe" ? "STRIPE" : "OFFLINE" },
    });
    return row.id;
  }, lockingTransactionOptions);
  if (how === "stripe") await issueStripeRefund(replacement);
  return { refundId: replacement };
}
