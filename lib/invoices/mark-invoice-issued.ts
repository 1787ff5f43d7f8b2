import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { AppError } from "../errors";

/**
 * Staff mark a requested 发票 as issued (issued outside the site, in the tax system). Only a
 * request still REQUESTED changes (a second click does nothing and says it was already issued);
 * the change is audited. The caller's role is checked by the action.
 */
export async function markInvoiceIssued(actor: TSessionUser, requestId: string, now = new Date()): Promise<{ orderId: string }> {
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const request = await tx.invoiceRequest.findUnique({ where: { id: requestId }, select: { id: true, orderId: true, status: true, title: true } });
    if (!request) throw new AppError("notFound");
    const { count } = await tx.invoiceRequest.updateMany({
      where: { id: request.id, status: "REQUESTED" },
      data: { status: "ISSUED", issuedAt: now, issuedById: actor.id },
    });
    if (count === 0) throw new AppError("invoiceAlreadyIssued");
    await recordAudit(tx, {
      actorId: actor.id,
      action: "invoice.issue",
      entityType: "InvoiceRequest",
      entityId: request.id,
      before: { status: "REQUESTED" },
      after: { status: "ISSUED", issuedAt: now },
    });
    return { orderId: request.orderId };
  });
}
