import { getDb } from "../../lib/db";
import { lockingTransactionOptions } from "../../lib/db/transaction";
import { convertHoldToEnrollment } from "../../lib/enrollment/convert-hold";
import { holdSeat } from "../../lib/enrollment/hold-seat";
import { openSeatAccount } from "../../lib/seat-accounts/open-seat-account";

/** A learner who paid for a seat by bank transfer (offline, no Stripe payment) and is enrolled, with the seat's account: as the back-office records it. */
export async function createOfflineLearner(userId: string, cohortId: string) {
  const hold = await holdSeat({ userId, cohortId });
  const db = await getDb();
  return db.$transaction(async (tx) => {
    const { enrollmentId } = await convertHoldToEnrollment(hold.holdId, new Date(), tx);
    const { listPriceFen } = await tx.cohort.findUniqueOrThrow({ where: { id: cohortId }, select: { listPriceFen: true } });
    const order = await tx.order.create({
      data: {
        userId,
        cohortId,
        holdId: hold.holdId,
        status: "PAID",
        listPriceFen,
        amountFen: listPriceFen,
        paymentMethod: "offline",
        paidAt: new Date(),
        enrollmentId,
      },
      select: { id: true },
    });
    const accountId = await openSeatAccount(tx, { userId, cohortId, enrollmentId, orderId: order.id, agreedPriceFen: listPriceFen });
    return { orderId: order.id, enrollmentId, accountId };
  }, lockingTransactionOptions);
}
