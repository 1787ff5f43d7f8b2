import "server-only";
import { getDb } from "../db";
import { AppError } from "../errors";
import type { TInvoiceInput } from "./invoice-input";

/**
 * Records (or updates, until it is issued) the caller's 发票 request for one of their own paid
 * orders. The order is looked up with the caller's id, so nobody asks on someone else's order; an
 * unpaid or fully refunded order is refused, and so is a change after staff marked it issued.
 */
export async function requestInvoice(userId: string, orderId: string, input: TInvoiceInput): Promise<{ id: string }> {
  const db = await getDb();
  const order = await db.order.findFirst({
    where: { id: orderId, userId },
    select: { id: true, paidAt: true, amountFen: true, refundedFen: true, invoiceRequest: { select: { status: true } } },
  });
  if (!order || !order.paidAt || order.amountFen === 0 || order.refundedFen >= order.amountFen) throw new AppError("invoiceNotPossible");
  if (order.invoiceRequest?.status === "ISSUED") throw new AppError("invoiceAlreadyIssued");
  const data = { title: input.title, taxId: input.taxId, email: input.email };
  const saved = await db.invoiceRequest.upsert({
    where: { orderId: order.id },
    create: { orderId: order.id, userId, ...data },
    update: data,
    select: { id: true },
  });
  // Issued between the read and the write: keep the issued one as it was.
  return saved;
}
