import "server-only";
import { getDb } from "../db";

const requestSelect = {
  id: true,
  title: true,
  taxId: true,
  email: true,
  status: true,
  issuedAt: true,
  createdAt: true,
  user: { select: { name: true, email: true } },
  order: { select: { id: true, amountFen: true, refundedFen: true, paidAt: true, createdAt: true, cohort: { select: { number: true } } } },
} as const;

/** Staff's list of 发票 requests, waiting ones first, newest first within each. Callers check the role. */
export async function listInvoiceRequests(filter: { status?: "REQUESTED" | "ISSUED" } = {}) {
  const db = await getDb();
  return db.invoiceRequest.findMany({
    where: filter.status ? { status: filter.status } : {},
    orderBy: [{ status: "asc" }, { createdAt: "desc" }],
    take: 200,
    select: requestSelect,
  });
}

/** The caller's own request for an order (scoped by their id), or null. */
export async function readMyInvoiceRequest(userId: string, orderId: string) {
  const db = await getDb();
  return db.invoiceRequest.findFirst({
    where: { orderId, userId },
    select: { title: true, taxId: true, email: true, status: true, issuedAt: true, createdAt: true },
  });
}
