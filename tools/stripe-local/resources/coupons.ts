/**
 * Coupons: `percent_off`, or `amount_off` + `currency`; `duration` once
 * (repeating/forever are stored but only matter for subscriptions, which
 * stripe-local does not implement).
 *
 *   POST /v1/coupons       id?, percent_off | amount_off+currency, duration, duration_in_months,
 *                          max_redemptions, redeem_by, name, metadata
 *   GET  /v1/coupons/:id
 *   GET  /v1/coupons
 *
 * Messages for invalid combinations are approximate (Stripe's exact wording
 * is not in our reference material).
 */
import type { App, Handler } from "../app";
import { exclusive, invalid, missingParam, StripeApiError } from "../errors";
import { paginate } from "../list";
import { randomString } from "../store";
import type { Coupon, EventRequest } from "../types";
import { emit } from "./events";

export interface CouponFields {
  id?: string;
  percent_off?: number;
  amount_off?: number;
  currency?: string;
  duration?: Coupon["duration"];
  duration_in_months?: number;
  max_redemptions?: number;
  redeem_by?: number;
  name?: string;
  metadata?: Record<string, string>;
}

/** Refreshes `valid` (redeem_by passed or max_redemptions reached => false). */
export function refreshCoupon(app: App, coupon: Coupon): Coupon {
  const expired = coupon.redeem_by !== null && coupon.redeem_by <= app.clock.nowSec();
  const exhausted = coupon.max_redemptions !== null && coupon.times_redeemed >= coupon.max_redemptions;
  coupon.valid = !expired && !exhausted;
  return coupon;
}

export function createCouponObject(app: App, f: CouponFields, request: EventRequest | null): Coupon {
  if (f.id && app.store.find(f.id)) {
    throw new StripeApiError(400, "invalid_request_error", "Coupon already exists.", "resource_already_exists", "id");
  }
  const coupon: Coupon = {
    id: f.id ?? randomString(8),
    object: "coupon",
    amount_off: f.amount_off ?? null,
    created: app.clock.nowSec(),
    currency: f.amount_off !== undefined ? (f.currency ?? null) : null,
    duration: f.duration ?? "once",
    duration_in_months: f.duration === "repeating" ? (f.duration_in_months ?? null) : null,
    livemode: false,
    max_redemptions: f.max_redemptions ?? null,
    metadata: f.metadata ?? {},
    name: f.name ?? null,
    percent_off: f.percent_off ?? null,
    redeem_by: f.redeem_by ?? null,
    times_redeemed: 0,
    valid: true,
  };
  app.store.put(coupon);
  if (request) emit(app, "coupon.created", coupon, request);
  return coupon;
}

export const createCoupon: Handler = (app, { params, request }) => {
  params.allow([
    "id",
    "percent_off",
    "amount_off",
    "currency",
    "duration",
    "duration_in_months",
    "max_redemptions",
    "redeem_by",
    "name",
    "metadata",
    "expand",
    "applies_to",
    "currency_options",
  ]);
  const percentOff = params.decimal("percent_off");
  const amountOff = params.int("amount_off", { min: 1 });
  const currency = params.str("currency")?.toLowerCase();
  if (percentOff !== undefined && amountOff !== undefined) throw exclusive("percent_off", "amount_off");
  if (percentOff === undefined && amountOff === undefined) {
    throw invalid("You must pass either `percent_off` or `amount_off`.", "percent_off"); // approximate wording
  }
  if (percentOff !== undefined && (percentOff <= 0 || percentOff > 100)) {
    throw invalid("`percent_off` must be greater than 0 and at most 100.", "percent_off"); // approximate wording
  }
  if (amountOff !== undefined && !currency) throw missingParam("currency");
  const duration = params.enumStr("duration", ["once", "repeating", "forever"] as const);
  const months = params.int("duration_in_months", { min: 1 });
  if (duration === "repeating" && months === undefined) throw missingParam("duration_in_months");
  return createCouponObject(
    app,
    {
      id: params.str("id", { max: 200 }),
      percent_off: percentOff,
      amount_off: amountOff,
      currency,
      duration,
      duration_in_months: months,
      max_redemptions: params.int("max_redemptions", { min: 1 }),
      redeem_by: params.int("redeem_by", { min: 1 }),
      name: params.str("name", { max: 40 }),
      metadata: params.metadata(),
    },
    request,
  );
};

export const retrieveCoupon: Handler = (app, { params, path }) => {
  params.allow(["expand"]);
  return refreshCoupon(app, app.store.require<Coupon>(path.id ?? "", "coupon"));
};

export const listCoupons: Handler = (app, { params }) => {
  params.allow(["created", "limit", "starting_after", "ending_before", "expand"]);
  const coupons = app.store.all<Coupon>("coupon").map((c) => refreshCoupon(app, c));
  return paginate(app, coupons, params, "/v1/coupons");
};
