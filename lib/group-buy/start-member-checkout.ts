import "server-only";
import { assertEmailVerified } from "../accounts/email-verification";
import { getDb } from "../db";
import { AppError } from "../errors";
import { interpolate, messagesFor } from "../i18n/catalog";
import type { TLocale } from "../i18n/types";
import { checkoutExpiry } from "../stripe/checkout-expiry";
import { createCheckoutSession } from "../stripe/create-checkout-session";

/**
 * Opens (or reopens) Stripe Checkout for the caller's own group place at the group price. Cards
 * are only authorized (`payment_method_options.card.capture_method = manual`): captured when the
 * group fills, cancelled when it fails. Alipay and WeChat Pay cannot be authorized, so they are
 * charged at once and refunded in full if the group fails. The session closes with the place.
 */
export async function startMemberCheckout(input: { userId: string; memberId: string; locale: TLocale; now?: Date }): Promise<{ orderId: string; url: string }> {
  const now = input.now ?? new Date();
  const db = await getDb();
  await assertEmailVerified(input.userId, db);
  const member = await db.groupBuyMember.findFirst({
    where: { id: input.memberId, userId: input.userId, status: "PENDING_PAYMENT", late: false, hold: { status: "ACTIVE", expiresAt: { gt: now } } },
    select: {
      id: true,
      holdId: true,
      user: { select: { email: true } },
      order: { select: { id: true, status: true, stripeCheckoutUrl: true, checkoutExpiresAt: true } },
      group: {
        select: {
          id: true,
          code: true,
          priceFen: true,
          status: true,
          cohortId: true,
          cohort: {
            select: {
              number: true,
              listPriceFen: true,
              course: { select: { titleZh: true, titleEn: true } },
              campus: { select: { nameZh: true, nameEn: true } },
            },
          },
        },
      },
    },
  });
  if (!member || member.group.status !== "OPEN") throw new AppError("holdNotFound");
  const open = member.order;
  if (open?.status === "PENDING" && open.stripeCheckoutUrl && open.checkoutExpiresAt && open.checkoutExpiresAt.getTime() > now.getTime() + 60_000) {
    return { orderId: open.id, url: open.stripeCheckoutUrl };
  }
  if (open) throw new AppError("holdNotFound");

  const { group } = member;
  const order = await db.order.create({
    data: {
      userId: input.userId,
      cohortId: group.cohortId,
      holdId: member.holdId,
      listPriceFen: group.cohort.listPriceFen,
      discountFen: group.cohort.listPriceFen - group.priceFen,
      amountFen: group.priceFen,
      promotionCode: `GROUP-${group.code}`,
    },
    select: { id: true },
  });
  const linked = await db.groupBuyMember.updateMany({ where: { id: member.id, orderId: null }, data: { orderId: order.id } });
  if (linked.count === 0) {
    await db.order.update({ where: { id: order.id }, data: { status: "CANCELLED" } });
    throw new AppError("holdNotFound");
  }
  // Stripe keeps a session open at least 30 minutes: the place is kept exactly as long.
  const expiresAt = checkoutExpiry(now, now);
  await db.seatHold.updateMany({ where: { id: member.holdId, status: "ACTIVE" }, data: { expiresAt } });
  const m = messagesFor(input.locale);
  const zh = input.locale === "zh";
  const productName = `${interpolate(m.catalog.cohortName, { number: group.cohort.number })} ${zh ? group.cohort.course.titleZh : group.cohort.course.titleEn} · ${zh ? group.cohort.campus.nameZh : group.cohort.campus.nameEn} · ${m.groupBuy.groupPriceLabel}`;
  const url = await createCheckoutSession(db, {
    orderId: order.id,
    amountFen: group.priceFen,
    productName,
    email: member.user.email,
    locale: input.locale,
    metadata: { holdId: member.holdId, cohortId: group.cohortId, userId: input.userId, groupId: group.id, groupMemberId: member.id },
    expiresAt,
    successPath: `/groups/${group.code}?checkout=done`,
    cancelPath: `/groups/${group.code}`,
    authorizeCardsOnly: true,
  });
  return { orderId: order.id, url };
}
