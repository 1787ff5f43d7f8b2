import "server-only";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { isAppError } from "../errors";
import { convertHoldToEnrollment } from "../enrollment/convert-hold";
import { openSeatAccount } from "../seat-accounts/open-seat-account";
import { nextOrderStatus } from "./order-status";
import { checkoutSecured, type TCheckoutFacts } from "../stripe/read-checkout";
import { refundOrderWithoutSeat } from "./refund-without-seat";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { queueOrderMail } from "./queue-order-mail";

export type TFulfilment = "enrolled" | "alreadyHandled" | "refundedNoSeat" | "notPaidYet" | "unknownOrder";

/**
 * Records a confirmed Checkout payment and enrolls the learner in the class with fewer learners.
 * Idempotent and safe under concurrent deliveries (the order row is locked): the same event five
 * times gives one enrollment and one email, queued in the
 * same transaction as the payment (lib/mail/outbox). When no seat is left (the hold expired and the
 * cohort filled, or the cohort was cancelled) the order is refunded in full and the learner told.
 * Every paid order therefore ends enrolled or refunded. Throws when Stripe or the database fail,
 * so the webhook answers non-2xx and Stripe retries.
 */
export async function fulfilCheckout(facts: TCheckoutFacts, now: Date = new Date()): Promise<TFulfilment> {
  if (!facts.orderId) return "unknownOrder";
  const secured = checkoutSecured(facts);
  if (secured !== "paid" && secured !== "free") return "notPaidYet";
  const db = await getDb();
  const result = await db.$transaction(async (tx) => {
    const locked = await tx.$queryRaw<{ id: string }[]>`SELECT id FROM "Order" WHERE id = ${facts.orderId} FOR UPDATE`;
    if (locked.length === 0) return { outcome: "unknownOrder" as const };
    const order = await tx.order.findUniqueOrThrow({
      where: { id: facts.orderId! },
      select: { id: true, userId: true, cohortId: true, status: true, holdId: true, stripeCheckoutSessionId: true, transfer: { select: { id: true } } },
    });
    if (order.stripeCheckoutSessionId !== facts.sessionId) return { outcome: "unknownOrder" as const };
    const status = nextOrderStatus(order.status, { kind: "paid" });
    if (status === order.status) return { outcome: "alreadyHandled" as const };

    let enrollmentId: string | null = null;
    try {
      enrollmentId = (await convertHoldToEnrollment(order.holdId, now, tx)).enrollmentId;
    } catch (error) {
      if (!isAppError(error)) throw error;
    }
    await tx.order.update({
      where: { id: order.id },
      data: {
        status,
        amountFen: facts.amountTotalFen,
        discountFen: facts.discountFen,
        promotionCode: facts.promotionCode,
        paymentMethod: facts.paymentMethod,
        stripePaymentIntentId: facts.paymentIntentId,
        stripeChargeId: facts.chargeId,
        paidAt: now,
        enrollmentId,
        noSeatRefundAt: enrollmentId ? null : now,
      },
    });
    // A transfer's difference joins the moved seat's account when the transfer completes.
    if (enrollmentId && !order.transfer) {
      await openSeatAccount(tx, { userId: order.userId, cohortId: order.cohortId, enrollmentId, orderId: order.id, agreedPriceFen: facts.amountTotalFen });
    }
    const outcome = enrollmentId ? ("enrolled" as const) : ("refundedNoSeat" as const);
    // The mail commits with the payment: a crash after the commit cannot lose it, and a
    // redelivered event finds the order handled and queues nothing.
    return { outcome, mailId: await queueOrderMail(tx, order.id, outcome) };
  }, lockingTransactionOptions);

  if (result.outcome === "unknownOrder") return "unknownOrder";
  // Runs on every delivery, so a refund that failed earlier is retried with the same idempotency key.
  await refundOrderWithoutSeat(facts.orderId);
  if ("mailId" in result) await deliverQueuedMails([result.mailId]);
  return result.outcome;
}
