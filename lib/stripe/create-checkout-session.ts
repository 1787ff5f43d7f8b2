import "server-only";
import type { TPrismaClient } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import type { TLocale } from "../i18n/types";
import { getStripe } from "./stripe-client";

/** The ways to pay the school asks Stripe for; the account may not offer all of them. */
export const wantedPaymentMethods = ["card", "alipay", "wechat_pay"] as const;

export type TCheckoutSessionInput = {
  orderId: string;
  /** What the learner pays, read on the server (never from the browser). */
  amountFen: number;
  productName: string;
  email: string;
  locale: TLocale;
  /** Travels on the session and its PaymentIntent, so webhooks find the order (orderId is always added). */
  metadata: Record<string, string>;
  expiresAt: Date;
  /** Paths on this site to return to. */
  successPath: string;
  cancelPath: string;
  /** Group places: cards are only authorized (captured when the group fills); wallets are charged at once. */
  authorizeCardsOnly?: boolean;
  allowPromotionCodes?: boolean;
};

/**
 * Opens Stripe Checkout for an order — card, Alipay or WeChat Pay, in CNY — and records the
 * session's id, URL and expiry on the order. Idempotent per order (`checkout-<orderId>`), so a
 * retry after a timeout never opens a second session. The order id is the session's
 * client_reference_id and is in the metadata of both the session and its PaymentIntent, which is
 * how the webhooks fulfil it. Returns the URL; `internal` when Stripe gives none.
 */
export async function createCheckoutSession(db: TPrismaClient, input: TCheckoutSessionInput): Promise<string> {
  const metadata = { ...input.metadata, orderId: input.orderId };
  const appUrl = env().APP_URL;
  const session = await getStripe().checkout.sessions.create(
    {
      mode: "payment",
      line_items: [{ quantity: 1, price_data: { currency: "cny", unit_amount: input.amountFen, product_data: { name: input.productName } } }],
      allowed_payment_method_types: [...wantedPaymentMethods],
      payment_method_options: input.authorizeCardsOnly
        ? { card: { capture_method: "manual" }, wechat_pay: { client: "web" } }
        : { wechat_pay: { client: "web" } },
      customer_email: input.email,
      client_reference_id: input.orderId,
      metadata,
      payment_intent_data: { metadata },
      ...(input.allowPromotionCodes ? { allow_promotion_codes: true } : {}),
      locale: input.locale === "zh" ? "zh" : "en",
      expires_at: Math.floor(input.expiresAt.getTime() / 1000),
      success_url: `${appUrl}${input.successPath}`,
      cancel_url: `${appUrl}${input.cancelPath}`,
    },
    { idempotencyKey: `checkout-${input.orderId}` },
  );
  if (!session.url) throw new AppError("internal");
  await db.order.update({
    where: { id: input.orderId },
    // Stripe drops methods the account cannot offer without an error: remember what it offered.
    data: {
      stripeCheckoutSessionId: session.id,
      stripeCheckoutUrl: session.url,
      checkoutExpiresAt: input.expiresAt,
      offeredMethods: session.payment_method_types,
    },
  });
  return session.url;
}
