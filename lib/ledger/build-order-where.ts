import type { Prisma } from "../generated/prisma/client";
import { calendarDayBounds, type TLedgerFilters } from "./ledger-filters";

/** The Prisma filter of the ledger's orders: learner (name or e-mail contains), cohort, status, method, creation dates in Shanghai. */
export function buildOrderWhere(filters: Omit<TLedgerFilters, "page">): Prisma.OrderWhereInput {
  const createdAt = calendarDayBounds(filters.from, filters.to);
  return {
    ...(filters.learner
      ? { user: { OR: [{ name: { contains: filters.learner, mode: "insensitive" } }, { email: { contains: filters.learner, mode: "insensitive" } }] } }
      : {}),
    ...(filters.cohortId ? { cohortId: filters.cohortId } : {}),
    ...(filters.status ? { status: filters.status } : {}),
    ...(filters.method ? { paymentMethod: filters.method } : {}),
    ...(createdAt.gte || createdAt.lt ? { createdAt } : {}),
  };
}
