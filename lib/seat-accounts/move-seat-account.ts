import "server-only";
import type { TTransaction } from "../db/transaction";

/**
 * A transfer moved the seat: its account follows to the new enrollment and cohort at the new
 * price agreed, and the order that paid the difference, if any, joins the chain and becomes the
 * seat's current order; every other order is marked moved (no longer refundable on its own: the
 * seat is refunded as a whole from its current order — without a difference order, the newest). A seat without an account yet (paid before accounts existed, or
 * enrolled by staff) gets one. Runs in the caller's transaction. Returns the account id.
 */
export async function moveSeatAccount(
  tx: TTransaction,
  input: {
    fromEnrollmentId: string;
    toEnrollmentId: string;
    toCohortId: string;
    userId: string;
    agreedPriceFen: number;
    differenceOrderId: string | null;
    now: Date;
  },
): Promise<string> {
  const existing = await tx.seatAccount.findUnique({ where: { enrollmentId: input.fromEnrollmentId }, select: { id: true } });
  const data = { enrollmentId: input.toEnrollmentId, cohortId: input.toCohortId, agreedPriceFen: input.agreedPriceFen };
  const account = existing
    ? await tx.seatAccount.update({ where: { id: existing.id }, data, select: { id: true } })
    : await tx.seatAccount.create({ data: { ...data, userId: input.userId }, select: { id: true } });
  if (!existing) {
    // The old enrollment's own order (if it had one) starts the chain.
    await tx.order.updateMany({ where: { enrollmentId: input.fromEnrollmentId, accountId: null }, data: { accountId: account.id } });
  }
  if (input.differenceOrderId) {
    await tx.order.updateMany({ where: { accountId: account.id, movedAt: null, id: { not: input.differenceOrderId } }, data: { movedAt: input.now } });
    await tx.order.update({ where: { id: input.differenceOrderId }, data: { accountId: account.id } });
  } else {
    // No new order (a cheaper or equal cohort): the newest order stays the seat's current one.
    const newest = await tx.order.findFirst({ where: { accountId: account.id }, orderBy: [{ createdAt: "desc" }, { id: "desc" }], select: { id: true } });
    await tx.order.updateMany({ where: { accountId: account.id, movedAt: null, ...(newest ? { id: { not: newest.id } } : {}) }, data: { movedAt: input.now } });
  }
  return account.id;
}
