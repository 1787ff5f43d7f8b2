import "server-only";
import { getDb } from "../db";

/**
 * What cancelling a cohort would refund: its paid orders not yet refunded (amount paid minus
 * refunded) and how many learners they belong to. For the staff confirmation; callers check the role.
 */
export async function readCancelImpact(cohortId: string): Promise<{ learners: number; refundFen: number }> {
  const db = await getDb();
  const orders = await db.order.findMany({
    where: { cohortId, status: { in: ["PAID", "PARTIALLY_REFUNDED", "AUTHORIZED"] } },
    select: { userId: true, amountFen: true, refundedFen: true },
  });
  return {
    learners: new Set(orders.map((order) => order.userId)).size,
    refundFen: orders.reduce((sum, order) => sum + order.amountFen - order.refundedFen, 0),
  };
}
