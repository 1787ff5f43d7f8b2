import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { assertStaff } from "../access/staff-access";
import { buildOrderWhere } from "./build-order-where";
import { ledgerPageSize, type TLedgerFilters } from "./ledger-filters";

/** The most rows one CSV export holds. */
export const ledgerExportLimit = 10_000;

const ledgerOrderSelect = {
  id: true,
  status: true,
  paymentMethod: true,
  amountFen: true,
  refundedFen: true,
  stripeFeeFen: true,
  paidAt: true,
  createdAt: true,
  stripePaymentIntentId: true,
  user: { select: { name: true, email: true } },
  cohort: { select: { number: true, campus: { select: { nameZh: true, nameEn: true } } } },
  disputes: { select: { status: true, closedAt: true, withdrawnFen: true, reinstatedFen: true } },
} as const;

/**
 * One page of orders matching the filters, newest first (createdAt, then id: a stable order
 * across pages), and how many match in all. With `all`, every match up to the export limit.
 * Staff and admins only (checked here).
 */
export async function searchOrders(actor: TSessionUser, filters: TLedgerFilters, options: { all?: boolean } = {}) {
  assertStaff(actor);
  const db = await getDb();
  const where = buildOrderWhere(filters);
  const [rows, total] = await Promise.all([
    db.order.findMany({
      where,
      orderBy: [{ createdAt: "desc" }, { id: "desc" }],
      skip: options.all ? 0 : (filters.page - 1) * ledgerPageSize,
      take: options.all ? ledgerExportLimit : ledgerPageSize,
      select: ledgerOrderSelect,
    }),
    db.order.count({ where }),
  ]);
  return { rows, total, pageSize: ledgerPageSize };
}

export type TLedgerOrder = Awaited<ReturnType<typeof searchOrders>>["rows"][number];
