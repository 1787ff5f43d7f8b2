import "server-only";
import type { TPrismaClient } from "../db/create-client";
import type { TTransaction } from "../db/transaction";
import { quoteRefund, readRefundPolicy, type TRefundQuote } from "./refund-policy";
import type { TSeatAccount } from "../seat-accounts/read-seat-account";
import { seatMoney } from "../seat-accounts/seat-money";

/**
 * What the refund policy of the cohort the seat is in now allows to refund of the whole seat: the
 * policy is applied to what the learner paid for the seat (every order of its chain, less refunds
 * that were not asked for, such as a cheaper transfer's difference), less refunds already asked
 * for; never more than the money left on the chain.
 */
export async function quoteSeatRefund(db: TPrismaClient | TTransaction, account: TSeatAccount, now: Date): Promise<TRefundQuote> {
  const cohort = await db.cohort.findUniqueOrThrow({
    where: { id: account.cohortId },
    select: { refundPolicy: true, sessions: { select: { startsAt: true } } },
  });
  const money = seatMoney(account.orders);
  const quote = quoteRefund({
    policy: readRefundPolicy(cohort.refundPolicy),
    paidFen: money.paidTowardSeatFen,
    refundedFen: money.requestedRefundsFen,
    sessionStarts: cohort.sessions.map((session) => session.startsAt),
    now,
  });
  return { ...quote, refundableFen: Math.max(0, Math.min(quote.refundableFen, money.netFen)) };
}
