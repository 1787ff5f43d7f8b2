import "server-only";
import { assertEmailVerified } from "../accounts/email-verification";
import { getDb } from "../db";
import { AppError } from "../errors";
import { interpolate, messagesFor } from "../i18n/catalog";
import type { TLocale } from "../i18n/types";
import { checkoutExpiry } from "../stripe/checkout-expiry";
import { createCheckoutSession } from "../stripe/create-checkout-session";

/**
 * Opens (or reopens) Stripe Checkout for the caller's own live seat hold and returns its URL.
 * The amount is the cohort's price read here, never a value from the browser. One open order
 * per hold: a second click reuses the open session. The order id travels in client_reference_id
 * and metadata so the webhook can fulfil it; fulfilment happens only from verified webhooks.
 */
export async function startCheckout(input: { userId: string; holdId: string; locale: TLocale; now?: Date }): Promise<{ orderId: string; url: string }> {
  const now = input.now ?? new Date();
  const db = await getDb();
  await assertEmailVerified(input.userId, db);
  const hold = await db.seatHold.findFirst({
    // Group places are paid at the group price through their group, never here.
    where: { id: input.holdId, userId: input.userId, status: "ACTIVE", expiresAt: { gt: now }, source: { not: "GROUP" }, transfer: { is: null } },
    select: {
      id: true,
      expiresAt: true,
      cohortId: true,
      user: { select: { email: true } },
      cohort: {
        select: { number: true, listPriceFen: true, course: { select: { titleZh: true, titleEn: true } }, campus: { select: { nameZh: true, nameEn: true } } },
      },
    },
  });
  if (!hold) throw new AppError("holdNotFound");

  const open = await db.order.findFirst({
    where: { holdId: hold.id, status: "PENDING", checkoutExpiresAt: { gt: new Date(now.getTime() + 60_000) }, stripeCheckoutUrl: { not: null } },
    select: { id: true, stripeCheckoutUrl: true },
  });
  if (open?.stripeCheckoutUrl) return { orderId: open.id, url: open.stripeCheckoutUrl };

  const order = await db.order.create({
    data: { userId: input.userId, cohortId: hold.cohortId, holdId: hold.id, listPriceFen: hold.cohort.listPriceFen, amountFen: hold.cohort.listPriceFen },
    select: { id: true },
  });
  const m = messagesFor(input.locale);
  const zh = input.locale === "zh";
  const productName = `${interpolate(m.catalog.cohortName, { number: hold.cohort.number })} ${zh ? hold.cohort.course.titleZh : hold.cohort.course.titleEn} · ${zh ? hold.cohort.campus.nameZh : hold.cohort.campus.nameEn}`;
  const url = await createCheckoutSession(db, {
    orderId: order.id,
    amountFen: hold.cohort.listPriceFen,
    productName,
    email: hold.user.email,
    locale: input.locale,
    metadata: { holdId: hold.id, cohortId: hold.cohortId, userId: input.userId },
    expiresAt: checkoutExpiry(hold.expiresAt, now),
    successPath: `/learn/orders/${order.id}?checkout=done`,
    cancelPath: "/learn",
    allowPromotionCodes: true,
  });
  return { orderId: order.id, url };
}
