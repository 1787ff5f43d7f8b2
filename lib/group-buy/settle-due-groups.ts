import "server-only";
import { getDb } from "../db";
import { settleGroup } from "./settle-group";
import { log } from "../log/logger";

/**
 * The groups.sweep job: settles every group whose deadline passed while open, and every
 * decided group with members still to settle (a capture or refund that failed, a late payment).
 * Work missed while the site was down is done at the next run; running it in several processes
 * at once is safe (settleGroup is idempotent). Returns how many groups were looked at.
 */
export async function settleDueGroups(now: Date = new Date(), batch = 20): Promise<number> {
  const db = await getDb();
  const due = await db.groupBuy.findMany({
    where: {
      OR: [
        { status: "OPEN", deadline: { lte: now } },
        { status: { in: ["FILLED", "FAILED"] } },
        { status: "SETTLED", members: { some: { status: { in: ["PENDING_PAYMENT", "AUTHORIZED", "PAID"] } } } },
      ],
    },
    orderBy: { deadline: "asc" },
    take: batch,
    select: { id: true },
  });
  for (const group of due) {
    try {
      await settleGroup(group.id, { now });
    } catch (error) {
      log().warn({ job: "settleDueGroups", groupId: group.id, err: error }, "settling a group failed; will retry");
    }
  }
  return due.length;
}
