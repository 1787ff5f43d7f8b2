import "server-only";
import { getDb } from "../db";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatMoney } from "../i18n/format";
import { sendMail } from "../mail/send-mail";
import { checkoutExpiry } from "../stripe/checkout-expiry";
import { createCheckoutSession } from "../stripe/create-checkout-session";

/**
 * Opens the Checkout for the difference a transfer costs (an order for the difference, on the
 * seat held in the new cohort) and emails the learner the payment link. When the payment is
 * confirmed, fulfilment converts the hold and completeTransferForOrder finishes the move.
 */
export async function payTransferDifference(transferId: string, now: Date = new Date()): Promise<string> {
  const db = await getDb();
  const transfer = await db.transfer.findUniqueOrThrow({
    where: { id: transferId },
    select: {
      id: true, differenceFen: true, holdId: true, orderId: true, userId: true,
      hold: { select: { expiresAt: true } },
      user: { select: { email: true, name: true, locale: true } },
      toCohort: { select: { id: true, number: true, listPriceFen: true, course: { select: { titleZh: true, titleEn: true } } } },
    },
  });
  const existing = transfer.orderId ? await db.order.findUnique({ where: { id: transfer.orderId }, select: { stripeCheckoutUrl: true } }) : null;
  if (existing?.stripeCheckoutUrl) return existing.stripeCheckoutUrl;
  const { locale } = transfer.user;
  const m = messagesFor(locale);
  const order = await db.order.create({
    data: { userId: transfer.userId, cohortId: transfer.toCohort.id, holdId: transfer.holdId!, listPriceFen: transfer.toCohort.listPriceFen, discountFen: transfer.toCohort.listPriceFen - transfer.differenceFen, amountFen: transfer.differenceFen, promotionCode: "TRANSFER" },
    select: { id: true },
  });
  await db.transfer.update({ where: { id: transfer.id }, data: { orderId: order.id } });
  const url = await createCheckoutSession(db, {
    orderId: order.id,
    amountFen: transfer.differenceFen,
    productName: interpolate(m.transfers.productName, { number: transfer.toCohort.number }),
    email: transfer.user.email,
    locale,
    metadata: { holdId: transfer.holdId!, cohortId: transfer.toCohort.id, userId: transfer.userId, transferId: transfer.id },
    expiresAt: checkoutExpiry(transfer.hold!.expiresAt, now),
    successPath: `/learn/orders/${order.id}?checkout=done`,
    cancelPath: `/learn/orders/${order.id}`,
  });
  const values = { name: transfer.user.name, number: transfer.toCohort.number, amount: formatMoney(transfer.differenceFen, locale), url };
  await sendMail({ to: transfer.user.email, subject: interpolate(m.transfers.payMailSubject, values), text: interpolate(m.transfers.payMailBody, values) });
  return url;
}
