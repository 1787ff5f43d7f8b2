/**
 * The parameters of POST /v1/checkout/sessions (see checkout-sessions.ts): which ones are
 * implemented or accepted and ignored, the locales, and how URLs, discounts, payment methods and
 * expires_at are read and checked, with Stripe's own error messages.
 */
import type { App } from "../app";
import { exclusive, invalid, noSuch, unknownParam } from "../errors";
import type { Params } from "../params";
import { PAYMENT_METHOD_TYPES } from "../types";
import type { Coupon, PaymentMethodType, PromotionCode, SessionDiscount } from "../types";
import { promotionProblem } from "./promotion-codes";

export const IMPLEMENTED = [
  "mode",
  "line_items",
  "customer",
  "customer_email",
  "customer_creation",
  "client_reference_id",
  "metadata",
  "locale",
  "expires_at",
  "allow_promotion_codes",
  "discounts",
  "payment_method_types",
  "allowed_payment_method_types",
  "payment_method_options",
  "payment_intent_data",
  "success_url",
  "cancel_url",
  "ui_mode",
  "expand",
];
export const IGNORED = [
  "adaptive_pricing",
  "after_expiration",
  "automatic_tax",
  "billing_address_collection",
  "branding_settings",
  "consent_collection",
  "currency",
  "custom_fields",
  "custom_text",
  "customer_account",
  "customer_update",
  "excluded_payment_method_types",
  "integration_identifier",
  "invoice_creation",
  "managed_payments",
  "name_collection",
  "optional_items",
  "origin_context",
  "payment_method_collection",
  "payment_method_configuration",
  "payment_method_data",
  "permissions",
  "phone_number_collection",
  "redirect_on_completion",
  "return_url",
  "saved_payment_method_options",
  "setup_intent_data",
  "shipping_address_collection",
  "shipping_options",
  "submit_type",
  "subscription_data",
  "tax_id_collection",
  "wallet_options",
];
export const LOCALES = [
  "auto",
  "bg",
  "cs",
  "da",
  "de",
  "el",
  "en",
  "en-GB",
  "es",
  "es-419",
  "et",
  "fi",
  "fil",
  "fr",
  "fr-CA",
  "hi-IN",
  "hr",
  "hu",
  "id",
  "it",
  "ja",
  "ko",
  "lt",
  "lv",
  "ms",
  "mt",
  "nb",
  "nl",
  "pl",
  "pt",
  "pt-BR",
  "ro",
  "ru",
  "sk",
  "sl",
  "sv",
  "th",
  "tr",
  "vi",
  "zh",
  "zh-HK",
  "zh-TW",
] as const;

export function url(p: Params, key: string): string | null {
  const value = p.str(key, { max: 5000 });
  if (value === undefined) return null;
  try {
    new URL(value);
  } catch {
    throw invalid("Not a valid URL", key, "url_invalid");
  }
  return value;
}

export function resolveDiscounts(app: App, p: Params, currency: string, subtotal: number): SessionDiscount[] {
  const list = p.list("discounts");
  if (list.length > 1) throw invalid("You may only specify one discount.", "discounts"); // approximate
  return list.map((d) => {
    d.allow(["coupon", "promotion_code"]);
    const promoId = d.str("promotion_code");
    const couponId = d.str("coupon");
    if (promoId && couponId) throw exclusive(d.name("coupon"), d.name("promotion_code"));
    if (promoId) {
      const promo = app.store.get<PromotionCode>(promoId, "promotion_code");
      if (!promo) throw noSuch("promotion code", promoId, d.name("promotion_code"));
      const problem = promotionProblem(app, promo, currency, subtotal);
      if (problem) throw invalid(problem, d.name("promotion_code")); // approximate wording
      return { coupon: promo.promotion.coupon, promotion_code: promo.id };
    }
    if (!couponId) throw invalid("Each discount needs a coupon or a promotion_code.", d.name("coupon"));
    if (!app.store.get<Coupon>(couponId, "coupon")) throw noSuch("coupon", couponId, d.name("coupon"));
    return { coupon: couponId, promotion_code: null };
  });
}

/**
 * `allowed_payment_method_types` (filter over the dynamic set; the only way to
 * name methods since 2026-09-30.endive, which removed `payment_method_types`
 * from create). Without it, the dynamic set is `defaultPaymentMethodTypes`
 * (card, alipay, wechat_pay).
 */
export function parseMethods(app: App, p: Params) {
  const legacy = p.strList("payment_method_types");
  const allowed = p.strList("allowed_payment_method_types");
  // Removed from Checkout Session create in 2026-09-30.endive (the pinned version is later).
  if (legacy.length) throw unknownParam("payment_method_types");
  const requested = legacy.length ? legacy : allowed;
  const param = legacy.length ? "payment_method_types" : "allowed_payment_method_types";
  requested.forEach((t, i) => {
    if (!(PAYMENT_METHOD_TYPES as readonly string[]).includes(t)) {
      throw invalid(`stripe-local supports the payment method types card, alipay and wechat_pay (got "${t}").`, `${param}[${i}]`);
    }
  });
  // allowed_payment_method_types filters what the account can offer: a method it cannot is dropped silently.
  const unavailable = new Set<string>(app.opts.unavailablePaymentMethodTypes);
  const types = ((requested.length ? requested : app.opts.defaultPaymentMethodTypes) as PaymentMethodType[]).filter(
    (type) => legacy.length > 0 || !unavailable.has(type),
  );
  const options: Record<string, unknown> = {};
  const pmo = p.obj("payment_method_options")?.allow(["card", "alipay", "wechat_pay"]);
  const wechat = pmo?.obj("wechat_pay")?.allow(["app_id", "client", "setup_future_usage"]);
  const client = wechat?.enumStr("client", ["android", "ios", "web"] as const);
  if (requested.includes("wechat_pay")) {
    // Approximate wording. Stripe requires the client for WeChat Pay; hosted Checkout is "web".
    if (!client) {
      throw invalid(
        `payment_method_options[wechat_pay][client] is required when ${param} includes wechat_pay.`,
        "payment_method_options[wechat_pay][client]",
        "parameter_missing",
      );
    }
    if (client !== "web") {
      throw invalid("Checkout only supports payment_method_options[wechat_pay][client]=web.", "payment_method_options[wechat_pay][client]");
    }
  }
  if (client) options.wechat_pay = { app_id: wechat?.str("app_id") ?? null, client };
  // Per-method capture: Stripe lets cards be authorized only (manual) while wallets, which
  // cannot be, are captured at once in the same session.
  const card = pmo
    ?.obj("card")
    ?.allow(["capture_method", "request_three_d_secure", "setup_future_usage", "statement_descriptor_suffix_kana", "statement_descriptor_suffix_kanji"]);
  const cardCapture = card?.enumStr("capture_method", ["manual"] as const);
  if (cardCapture) options.card = { capture_method: cardCapture };
  return { types, options, explicit: legacy.length > 0, allowed: allowed.length ? allowed : null };
}

export function checkExpiresAt(app: App, p: Params): number {
  const now = app.clock.nowSec();
  const expiresAt = p.int("expires_at");
  if (expiresAt === undefined) return now + 24 * 60 * 60;
  // "less than 24 hours" is Stripe's wording (seen in real error reports); the 30-minute one mirrors it.
  if (expiresAt > now + 24 * 60 * 60) {
    throw invalid("The `expires_at` timestamp must be less than 24 hours from Checkout Session creation.", "expires_at");
  }
  if (expiresAt < now + 30 * 60) {
    throw invalid("The `expires_at` timestamp must be at least 30 minutes from Checkout Session creation.", "expires_at");
  }
  return expiresAt;
}
