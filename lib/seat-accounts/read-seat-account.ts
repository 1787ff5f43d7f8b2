import "server-only";
import type { TPrismaClient } from "../db/create-client";
import type { TTransaction } from "../db/transaction";
import type { Prisma } from "../generated/prisma/client";

/** The orders of a seat's chain with their refunds, as seatMoney reads them. */
export const chainOrdersSelect = {
  where: { status: { in: ["PAID", "PARTIALLY_REFUNDED", "REFUNDED"] } },
  orderBy: { createdAt: "asc" as const },
  select: {
    id: true,
    status: true,
    amountFen: true,
    refundedFen: true,
    stripePaymentIntentId: true,
    createdAt: true,
    movedAt: true,
    refunds: { select: { id: true, amountFen: true, status: true, method: true, requestId: true, resolvedAt: true } },
  },
} satisfies Prisma.SeatAccount$ordersArgs;

const accountSelect = {
  id: true,
  userId: true,
  cohortId: true,
  enrollmentId: true,
  agreedPriceFen: true,
  waivedFen: true,
  enrollment: { select: { status: true } },
  orders: chainOrdersSelect,
} satisfies Prisma.SeatAccountSelect;

/**
 * Locks a seat's account row until the transaction ends (SELECT … FOR UPDATE) and reads it with
 * its chain. Every change to a seat's money (requests, decisions, transfers, payouts) takes this
 * lock first, so two staff, or a learner and staff, at once decide on the same money once.
 */
export async function lockSeatAccount(tx: TTransaction, accountId: string) {
  const rows = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "SeatAccount" WHERE id = ${accountId} FOR UPDATE`;
  if (rows.length === 0) return null;
  return tx.seatAccount.findUniqueOrThrow({ where: { id: accountId }, select: accountSelect });
}

/** A seat's account with its chain, without a lock (for reading and quoting). */
export async function readSeatAccount(db: TPrismaClient | TTransaction, accountId: string) {
  return db.seatAccount.findUnique({ where: { id: accountId }, select: accountSelect });
}

export type TSeatAccount = NonNullable<Awaited<ReturnType<typeof readSeatAccount>>>;
