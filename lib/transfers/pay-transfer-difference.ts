import "server-only";
import { getDb } from "../db";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatMoney } from "../i18n/format";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { enqueueMail } from "../mail/outbox/enqueue-mail";
import type { TPrismaClient } from "../db";
import type { TLocale } from "../i18n/types";
import { checkoutExpiry } from "../stripe/checkout-expiry";
import { createCheckoutSession } from "../stripe/create-checkout-session";

/**
 * Opens the Checkout for the difference a transfer costs (an order for the difference, on the
 * seat held in the new cohort) and emails the learner the payment link, once per order (a second
 * call queues the same mail again, which the outbox's key ignores, so a crash between the Stripe
 * call and the mail loses nothing). When the payment is confirmed, fulfilment converts the hold
 * and completeTransferForOrder finishes the move.
 */
export async function payTransferDifference(transferId: string, now: Date = new Date()): Promise<string> {
  const db = await getDb();
  const transfer = await db.transfer.findUniqueOrThrow({
    where: { id: transferId },
    select: {
      id: true,
      differenceFen: true,
      holdId: true,
      orderId: true,
      userId: true,
      hold: { select: { expiresAt: true } },
      user: { select: { email: true, name: true, locale: true } },
      toCohort: { select: { id: true, number: true, listPriceFen: true, course: { select: { titleZh: true, titleEn: true } } } },
    },
  });
  const { locale } = transfer.user;
  const mailTo = { email: transfer.user.email, name: transfer.user.name, locale, number: transfer.toCohort.number, amountFen: transfer.differenceFen };
  const existing = transfer.orderId ? await db.order.findUnique({ where: { id: transfer.orderId }, select: { stripeCheckoutUrl: true } }) : null;
  if (existing?.stripeCheckoutUrl && transfer.orderId) {
    await deliverQueuedMails([await queuePayMail(db, transfer.orderId, existing.stripeCheckoutUrl, mailTo)]);
    return existing.stripeCheckoutUrl;
  }
  const m = messagesFor(locale);
  const order = await db.order.create({
    data: {
      userId: transfer.userId,
      cohortId: transfer.toCohort.id,
      holdId: transfer.holdId!,
      listPriceFen: transfer.toCohort.listPriceFen,
      discountFen: transfer.toCohort.listPriceFen - transfer.differenceFen,
      amountFen: transfer.differenceFen,
      promotionCode: "TRANSFER",
    },
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
  await deliverQueuedMails([await queuePayMail(db, order.id, url, mailTo)]);
  return url;
}

/** The learner's mail with the payment link of a transfer's difference, once per order. */
function queuePayMail(
  db: TPrismaClient,
  orderId: string,
  url: string,
  to: { email: string; name: string; locale: TLocale; number: number; amountFen: number },
): Promise<string> {
  const m = messagesFor(to.locale);
  const values = { name: to.name, number: to.number, amount: formatMoney(to.amountFen, to.locale), url };
  return enqueueMail(db, {
    kind: "transfer.payDifference",
    to: to.email,
    locale: to.locale,
    subject: interpolate(m.transfers.payMailSubject, values),
    text: interpolate(m.transfers.payMailBody, values),
    content: { action: { label: m.mailLayout.actions["transfer.payDifference"], url }, facts: [{ label: m.mailLayout.facts.amount, value: values.amount }] },
    dedupeKey: `transfer.payDifference:${orderId}`,
  });
}
