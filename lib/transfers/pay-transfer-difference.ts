import "server-only";
import { getDb } from "../db";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatMoney } from "../i18n/format";
import { sendMail } from "../mail/send-mail";
import { checkoutExpiry } from "../payments/start-checkout";
import { getStripe } from "../payments/stripe-client";

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
  const expiresAt = checkoutExpiry(transfer.hold!.expiresAt, now);
  const metadata = { orderId: order.id, holdId: transfer.holdId!, cohortId: transfer.toCohort.id, userId: transfer.userId, transferId: transfer.id };
  const session = await getStripe().checkout.sessions.create(
    {
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "cny", unit_amount: transfer.differenceFen, product_data: { name: interpolate(m.transfers.productName, { number: transfer.toCohort.number }) } } }],
      allowed_payment_method_types: ["card", "alipay", "wechat_pay"],
      payment_method_options: { wechat_pay: { client: "web" } },
      customer_email: transfer.user.email,
      client_reference_id: order.id,
      metadata,
      payment_intent_data: { metadata },
      locale: locale === "zh" ? "zh" : "en",
      expires_at: Math.floor(expiresAt.getTime() / 1000),
      success_url: `${env().APP_URL}/learn/orders/${order.id}?checkout=done`,
      cancel_url: `${env().APP_URL}/learn/orders/${order.id}`,
    },
    { idempotencyKey: `checkout-${order.id}` },
  );
  await db.order.update({ where: { id: order.id }, data: { stripeCheckoutSessionId: session.id, stripeCheckoutUrl: session.url, checkoutExpiresAt: expiresAt } });
  const values = { name: transfer.user.name, number: transfer.toCohort.number, amount: formatMoney(transfer.differenceFen, locale), url: session.url ?? "" };
  await sendMail({ to: transfer.user.email, subject: interpolate(m.transfers.payMailSubject, values), text: interpolate(m.transfers.payMailBody, values) });
  return session.url ?? "";
}
