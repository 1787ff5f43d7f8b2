import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { assertStaff } from "../access/staff-access";

/**
 * Reconciliation's disputes: every dispute still open, and those lost (money the school will not
 * get back), newest first, with the learner, the cohort and the seat's rule. Staff only.
 */
export async function readDisputes(actor: TSessionUser, take = 200) {
  assertStaff(actor);
  const db = await getDb();
  return db.dispute.findMany({
    where: { OR: [{ closedAt: null }, { status: "lost" }] },
    orderBy: { openedAt: "desc" },
    take,
    select: {
      id: true,
      amountFen: true,
      reason: true,
      status: true,
      withdrawnFen: true,
      reinstatedFen: true,
      openedAt: true,
      closedAt: true,
      order: {
        select: {
          id: true,
          enrollment: { select: { status: true } },
          user: { select: { name: true, email: true } },
          cohort: { select: { number: true, disputeSeatRule: true, campus: { select: { nameZh: true, nameEn: true } } } },
        },
      },
    },
  });
}

export type TDisputeRow = Awaited<ReturnType<typeof readDisputes>>[number];
