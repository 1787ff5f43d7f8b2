import "server-only";
import type { TTransaction } from "../db/transaction";

/**
 * Gives a newly paid seat its account: the enrollment, the price agreed (what this order paid:
 * list, group or after a promotion code) and the order as the first of its chain. Idempotent per
 * enrollment: a second call attaches the order to the existing account. Runs in the caller's
 * transaction, so the seat and its money are written together.
 */
export async function openSeatAccount(
  tx: TTransaction,
  input: { userId: string; cohortId: string; enrollmentId: string; orderId: string; agreedPriceFen: number },
): Promise<string> {
  const account = await tx.seatAccount.upsert({
    where: { enrollmentId: input.enrollmentId },
    create: { userId: input.userId, cohortId: input.cohortId, enrollmentId: input.enrollmentId, agreedPriceFen: input.agreedPriceFen },
    update: {},
    select: { id: true },
  });
  await tx.order.update({ where: { id: input.orderId }, data: { accountId: account.id } });
  return account.id;
}
