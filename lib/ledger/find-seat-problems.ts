import "server-only";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { chainOrdersSelect } from "../seat-accounts/read-seat-account";
import { seatMoney, seatProblems, type TSeatProblem } from "../seat-accounts/seat-money";
import { assertStaff } from "../access/staff-access";

export type TSeatMoneyProblem = {
  accountId: string;
  problems: TSeatProblem[];
  user: { name: string; email: string };
  cohort: { number: number; campus: { nameZh: string; nameEn: string } };
  enrollmentStatus: string | null;
  agreedPriceFen: number;
  waivedFen: number;
  receivedFen: number;
  refundedFen: number;
  refundingFen: number;
};

/**
 * Reconciliation of every seat's account against the invariants of its money (lib/seat-accounts
 * seatProblems): refunds never above what was received, and a seat held only while the money
 * left covers the price agreed less what staff waived. Also counts the refund work waiting for
 * staff (offline payouts, failed refunds). Read-only; staff and admins only (checked here).
 */
export async function findSeatProblems(
  actor: TSessionUser,
  take = 5_000,
): Promise<{ problems: TSeatMoneyProblem[]; awaitingPayout: number; failedRefunds: number }> {
  assertStaff(actor);
  const db = await getDb();
  const [accounts, awaitingPayout, failedRefunds] = await Promise.all([
    db.seatAccount.findMany({
      orderBy: { createdAt: "desc" },
      take,
      select: {
        id: true,
        agreedPriceFen: true,
        waivedFen: true,
        enrollment: { select: { status: true } },
        // A refund approved to end the seat, its money still on its way (an offline payout): the seat is leaving.
        refundRequests: { where: { status: "APPROVED", endEnrollment: true }, select: { id: true }, take: 1 },
        user: { select: { name: true, email: true } },
        cohort: { select: { number: true, campus: { select: { nameZh: true, nameEn: true } } } },
        orders: chainOrdersSelect,
      },
    }),
    db.refund.count({ where: { method: "OFFLINE", status: "PENDING" } }),
    db.refund.count({ where: { status: "FAILED", resolvedAt: null } }),
  ]);
  const problems: TSeatMoneyProblem[] = [];
  for (const account of accounts) {
    const holdsSeat = (account.enrollment?.status === "ACTIVE" || account.enrollment?.status === "COMPLETED") && account.refundRequests.length === 0;
    const found = seatProblems({ orders: account.orders, agreedPriceFen: account.agreedPriceFen, waivedFen: account.waivedFen, holdsSeat });
    if (found.length === 0) continue;
    const money = seatMoney(account.orders);
    problems.push({
      accountId: account.id,
      problems: found,
      user: account.user,
      cohort: account.cohort,
      enrollmentStatus: account.enrollment?.status ?? null,
      agreedPriceFen: account.agreedPriceFen,
      waivedFen: account.waivedFen,
      receivedFen: money.receivedFen,
      refundedFen: money.refundedFen,
      refundingFen: money.refundingFen,
    });
  }
  return { problems, awaitingPayout, failedRefunds };
}
