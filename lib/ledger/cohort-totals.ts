import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import type { OrderStatus } from "../generated/prisma/enums";
import { assertStaff } from "../access/staff-access";
import { buildOrderWhere } from "./build-order-where";
import type { TLedgerFilters } from "./ledger-filters";

/** Orders that brought money in (whatever was refunded since). */
export const receivedStatuses: readonly OrderStatus[] = ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"];

export type TCohortTotal = {
  cohortId: string;
  number: number;
  campusZh: string;
  campusEn: string;
  paidCount: number;
  grossFen: number;
  refundedFen: number;
  /** Stripe's fees on these payments (kept by Stripe even when refunded). */
  feesFen: number;
  netFen: number;
};

/**
 * Money per cohort under the same filters as the order list: paid orders, gross received (their
 * amounts), refunded, Stripe's fees and net (gross − refunded − fees), sorted by cohort number; plus the sum of all rows. A status filter
 * outside the received statuses gives no rows. Staff and admins only (checked here).
 */
export async function readCohortTotals(
  actor: TSessionUser,
  filters: Omit<TLedgerFilters, "page">,
): Promise<{ rows: TCohortTotal[]; sum: Omit<TCohortTotal, "cohortId" | "number" | "campusZh" | "campusEn"> }> {
  assertStaff(actor);
  const db = await getDb();
  const where = { AND: [buildOrderWhere(filters), { status: { in: [...receivedStatuses] } }] };
  const groups = await db.order.groupBy({ by: ["cohortId"], where, _count: { _all: true }, _sum: { amountFen: true, refundedFen: true, stripeFeeFen: true } });
  const cohorts = await db.cohort.findMany({
    where: { id: { in: groups.map((group) => group.cohortId) } },
    select: { id: true, number: true, campus: { select: { nameZh: true, nameEn: true } } },
  });
  const byId = new Map(cohorts.map((cohort) => [cohort.id, cohort]));
  const rows = groups
    .map((group) => {
      const cohort = byId.get(group.cohortId);
      const grossFen = group._sum.amountFen ?? 0;
      const refundedFen = group._sum.refundedFen ?? 0;
      const feesFen = group._sum.stripeFeeFen ?? 0;
      return {
        cohortId: group.cohortId,
        number: cohort?.number ?? 0,
        campusZh: cohort?.campus.nameZh ?? "",
        campusEn: cohort?.campus.nameEn ?? "",
        paidCount: group._count._all,
        grossFen,
        refundedFen,
        feesFen,
        netFen: grossFen - refundedFen - feesFen,
      };
    })
    .sort((a, b) => a.number - b.number || a.campusZh.localeCompare(b.campusZh) || a.cohortId.localeCompare(b.cohortId));
  const sum = rows.reduce(
    (total, row) => ({
      paidCount: total.paidCount + row.paidCount,
      grossFen: total.grossFen + row.grossFen,
      refundedFen: total.refundedFen + row.refundedFen,
      feesFen: total.feesFen + row.feesFen,
      netFen: total.netFen + row.netFen,
    }),
    { paidCount: 0, grossFen: 0, refundedFen: 0, feesFen: 0, netFen: 0 },
  );
  return { rows, sum };
}
