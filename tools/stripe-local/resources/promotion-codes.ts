/**
 * Promotion codes (customer-facing codes pointing at a coupon), in the shape
 * of the current API: `promotion: { type: "coupon", coupon }`.
 *
 *   POST /v1/promotion_codes       promotion[type]=coupon, promotion[coupon]=<id> (legacy `coupon`
 *                                  is accepted too), code?, active?, max_redemptions?, expires_at?,
 *                                  customer?, restrictions[minimum_amount|minimum_amount_currency|
 *                                  first_time_transaction], metadata
 *   POST /v1/promotion_codes/:id   active, metadata
 *   GET  /v1/promotion_codes/:id
 *   GET  /v1/promotion_codes?code=WELCOME500&active=true&coupon=…
 *
 * Seeded on start (and on reset): WELCOME500 (¥500 off = 50000 fen, cny) and
 * EARLYBIRD10 (10% off); coupon ids are the same strings.
 * Rejection messages for unusable codes are approximate.
 */
import type { App, Handler } from "../app";
import { invalid, noSuch, StripeApiError } from "../errors";
import { paginate } from "../list";
import { newId, randomString } from "../store";
import type { Coupon, EventRequest, PromotionCode } from "../types";
import { createCouponObject, refreshCoupon } from "./coupons";
import { emit } from "./events";

function createPromotionCodeObject(
  app: App,
  f: Partial<Pick<PromotionCode, "code" | "active" | "max_redemptions" | "expires_at" | "customer" | "metadata" | "restrictions">> & { coupon: string },
  request: EventRequest | null,
): PromotionCode {
  const code = f.code ?? randomString(8).toUpperCase();
  const clash = app.store.all<PromotionCode>("promotion_code").find((p) => p.active && p.code.toLowerCase() === code.toLowerCase());
  if (clash && f.active !== false) {
    throw new StripeApiError(
      400,
      "invalid_request_error",
      `An active promotion code with \`code: ${code}\` already exists.`, // approximate wording
      "resource_already_exists",
      "code",
    );
  }
  const promo: PromotionCode = {
    id: newId("promo_"),
    object: "promotion_code",
    active: f.active ?? true,
    code,
    created: app.clock.nowSec(),
    customer: f.customer ?? null,
    expires_at: f.expires_at ?? null,
    livemode: false,
    max_redemptions: f.max_redemptions ?? null,
    metadata: f.metadata ?? {},
    restrictions: f.restrictions ?? { first_time_transaction: false, minimum_amount: null, minimum_amount_currency: null },
    times_redeemed: 0,
    promotion: { coupon: f.coupon, type: "coupon" },
    customer_account: null,
  };
  app.store.put(promo);
  if (request) emit(app, "promotion_code.created", promo, request);
  return promo;
}

export function seedPromotions(app: App): void {
  const welcome = createCouponObject(app, { id: "WELCOME500", amount_off: 50000, currency: "cny", name: "¥500 off" }, null);
  createPromotionCodeObject(app, { code: "WELCOME500", coupon: welcome.id }, null);
  const early = createCouponObject(app, { id: "EARLYBIRD10", percent_off: 10, name: "10% off" }, null);
  createPromotionCodeObject(app, { code: "EARLYBIRD10", coupon: early.id }, null);
}

/** Active promotion code with this customer-facing code (case-insensitive). */
export function findByCode(app: App, code: string): PromotionCode | undefined {
  const wanted = code.trim().toLowerCase();
  return app.store.all<PromotionCode>("promotion_code").find((p) => p.active && p.code.toLowerCase() === wanted);
}

/** Why a promotion code cannot be used on this purchase, or null if it can. */
export function promotionProblem(app: App, promo: PromotionCode, currency: string, subtotal: number): string | null {
  const coupon = app.store.get<Coupon>(promo.promotion.coupon ?? "", "coupon");
  if (!promo.active) return "This promotion code is not active.";
  if (promo.expires_at !== null && promo.expires_at <= app.clock.nowSec()) return "This promotion code has expired.";
  if (promo.max_redemptions !== null && promo.times_redeemed >= promo.max_redemptions) {
    return "This promotion code has reached its maximum number of redemptions.";
  }
  if (!coupon || !refreshCoupon(app, coupon).valid) return "This promotion code's coupon is no longer valid.";
  if (coupon.amount_off !== null && coupon.currency !== currency) {
    return `This promotion code's coupon is in ${coupon.currency}, but this purchase is in ${currency}.`;
  }
  const r = promo.restrictions;
  if (r.minimum_amount !== null && (r.minimum_amount_currency !== currency || subtotal < r.minimum_amount)) {
    return "This purchase does not meet the promotion code's minimum amount.";
  }
  return null;
}

/** Discount in minor units for a coupon on a subtotal (never more than the subtotal). */
export function discountAmount(coupon: Coupon, subtotal: number): number {
  if (coupon.amount_off !== null) return Math.min(coupon.amount_off, subtotal);
  return Math.min(subtotal, Math.round((subtotal * (coupon.percent_off ?? 0)) / 100));
}

export const createPromotionCode: Handler = (app, { params, request }) => {
  params.allow([
    "promotion",
    "coupon",
    "code",
    "active",
    "max_redemptions",
    "expires_at",
    "customer",
    "customer_account",
    "restrictions",
    "metadata",
    "expand",
  ]);
  const promotion = params.obj("promotion")?.allow(["type", "coupon"]);
  promotion?.enumStr("type", ["coupon"] as const, true);
  const couponId = promotion ? promotion.str("coupon", { required: true }) : params.str("coupon", { required: true });
  const couponParam = promotion ? "promotion[coupon]" : "coupon";
  if (!app.store.get<Coupon>(couponId ?? "", "coupon")) throw noSuch("coupon", couponId ?? "", couponParam);
  const code = params.str("code", { max: 500 });
  if (code !== undefined && !/^[a-zA-Z0-9-]+$/.test(code)) {
    throw invalid("Promotion codes can only contain letters, digits and dashes.", "code"); // approximate
  }
  const customer = params.str("customer");
  if (customer) app.store.require(customer, "customer", "customer");
  const r = params.obj("restrictions")?.allow(["first_time_transaction", "minimum_amount", "minimum_amount_currency", "currency_options"]);
  return createPromotionCodeObject(
    app,
    {
      coupon: couponId as string,
      code,
      active: params.bool("active"),
      max_redemptions: params.int("max_redemptions", { min: 1 }),
      expires_at: params.int("expires_at", { min: 1 }),
      customer,
      metadata: params.metadata(),
      restrictions: {
        first_time_transaction: r?.bool("first_time_transaction") ?? false,
        minimum_amount: r?.int("minimum_amount", { min: 1 }) ?? null,
        minimum_amount_currency: r?.str("minimum_amount_currency")?.toLowerCase() ?? null,
      },
    },
    request,
  );
};

export const updatePromotionCode: Handler = (app, { params, path, request }) => {
  params.allow(["active", "metadata", "restrictions", "expand"]);
  const promo = app.store.require<PromotionCode>(path.id ?? "", "promotion_code");
  const previous: Record<string, unknown> = {};
  const active = params.bool("active");
  if (active !== undefined && active !== promo.active) {
    previous.active = promo.active;
    promo.active = active;
  }
  const metadata = params.metadata();
  if (metadata !== undefined) {
    previous.metadata = promo.metadata;
    const next: Record<string, string> = params.raw.metadata === "" ? {} : { ...promo.metadata, ...metadata };
    const raw = params.raw.metadata;
    if (raw && typeof raw === "object" && !Array.isArray(raw)) {
      for (const [k, v] of Object.entries(raw)) if (v === "") delete next[k]; // "" unsets a key, like Stripe
    }
    promo.metadata = next;
  }
  app.store.changed();
  emit(app, "promotion_code.updated", promo, request, previous);
  return promo;
};

export const retrievePromotionCode: Handler = (app, { params, path }) => {
  params.allow(["expand"]);
  return app.store.require<PromotionCode>(path.id ?? "", "promotion_code");
};

export const listPromotionCodes: Handler = (app, { params }) => {
  params.allow(["code", "active", "coupon", "customer", "customer_account", "created", "limit", "starting_after", "ending_before", "expand"]);
  const code = params.str("code")?.toLowerCase();
  const active = params.bool("active");
  const coupon = params.str("coupon");
  const customer = params.str("customer");
  const promos = app.store
    .all<PromotionCode>("promotion_code")
    .filter(
      (p) =>
        (code === undefined || p.code.toLowerCase() === code) &&
        (active === undefined || p.active === active) &&
        (coupon === undefined || p.promotion.coupon === coupon) &&
        (customer === undefined || p.customer === customer),
    );
  return paginate(app, promos, params, "/v1/promotion_codes");
};
