/**
 * Checkout Session line items (`price_data` only: stripe-local has no Prices
 * API, so `line_items[i][price]` gives "No such price"), and the session
 * totals: amount_subtotal, total_details.amount_discount, amount_total.
 *
 *   GET /v1/checkout/sessions/:id/line_items
 */
import type { App, Handler } from "../app";
import { invalid, missingParam, noSuch } from "../errors";
import { paginate } from "../list";
import type { Params } from "../params";
import { newId } from "../store";
import type { CheckoutSession, Coupon, LineItem, StripeObject } from "../types";
import { discountAmount } from "./promotion-codes";

export interface LineItemInput {
  currency: string;
  name: string;
  description: string | null;
  unitAmount: number;
  quantity: number;
  metadata: Record<string, string>;
}

export function parseLineItems(params: Params): LineItemInput[] {
  const items = params.list("line_items", true);
  if (items.length === 0) throw missingParam("line_items");
  const parsed = items.map((li) => {
    li.allow(["adjustable_quantity", "metadata", "price", "price_data", "quantity", "tax_rates"]);
    const priceId = li.str("price");
    if (priceId) throw noSuch("price", priceId, li.name("price"));
    const pd = li.obj("price_data", true) as Params;
    pd.allow(["currency", "product", "product_data", "recurring", "tax_behavior", "unit_amount", "unit_amount_decimal"]);
    const currency = (pd.str("currency", { required: true }) as string).toLowerCase();
    const productId = pd.str("product");
    if (productId) throw noSuch("product", productId, pd.name("product"));
    if (pd.has("recurring")) {
      throw invalid("You must be in `subscription` mode to use recurring prices.", pd.name("recurring")); // approximate
    }
    const product = pd.obj("product_data", true) as Params;
    product.allow(["description", "images", "metadata", "name", "tax_code", "tax_details", "unit_label"]);
    let unitAmount = pd.int("unit_amount", { min: 0 });
    if (unitAmount === undefined) {
      const dec = pd.decimal("unit_amount_decimal");
      if (dec === undefined) throw missingParam(pd.name("unit_amount"));
      if (!Number.isInteger(dec)) {
        throw invalid("stripe-local only supports whole minor units in unit_amount_decimal.", pd.name("unit_amount_decimal"));
      }
      unitAmount = dec;
    }
    return {
      currency,
      name: product.str("name", { required: true }) as string,
      description: product.str("description") ?? null,
      unitAmount,
      quantity: li.int("quantity", { required: true, min: 1 }) as number,
      metadata: li.metadata() ?? {},
    };
  });
  const currencies = new Set(parsed.map((p) => p.currency));
  if (currencies.size > 1) {
    throw invalid("All line items must use the same currency.", "line_items"); // approximate
  }
  return parsed;
}

/** Creates the ad-hoc Product and Price objects (as Stripe does for price_data) and line items. */
export function createLineItems(app: App, inputs: LineItemInput[]): LineItem[] {
  const created = app.clock.nowSec();
  return inputs.map((input) => {
    const product: StripeObject = {
      id: newId("prod_"),
      object: "product",
      active: false,
      created,
      description: input.description,
      images: [],
      livemode: false,
      metadata: {},
      name: input.name,
      type: "service",
      updated: created,
    };
    app.store.put(product);
    const price = {
      id: newId("price_"),
      object: "price",
      active: false,
      billing_scheme: "per_unit",
      created,
      currency: input.currency,
      custom_unit_amount: null,
      livemode: false as const,
      lookup_key: null,
      metadata: {},
      nickname: null,
      product: product.id,
      recurring: null,
      tax_behavior: "unspecified",
      tiers_mode: null,
      transform_quantity: null,
      type: "one_time",
      unit_amount: input.unitAmount,
      unit_amount_decimal: String(input.unitAmount),
    };
    app.store.put(price);
    const subtotal = input.unitAmount * input.quantity;
    return {
      id: newId("li_"),
      object: "item",
      adjustable_quantity: null,
      amount_discount: 0,
      amount_subtotal: subtotal,
      amount_tax: 0,
      amount_total: subtotal,
      currency: input.currency,
      description: input.name,
      metadata: input.metadata,
      price,
      quantity: input.quantity,
    };
  });
}

/** Recomputes line-item and session totals from the session's (single) discount. */
export function recomputeTotals(app: App, session: CheckoutSession): void {
  const items = app.store.state.lineItems[session.id] ?? [];
  const subtotal = items.reduce((sum, li) => sum + li.amount_subtotal, 0);
  const couponId = session.discounts[0]?.coupon;
  const coupon = couponId ? app.store.get<Coupon>(couponId, "coupon") : undefined;
  const discount = coupon ? discountAmount(coupon, subtotal) : 0;
  let left = discount;
  items.forEach((li, i) => {
    const share = i === items.length - 1 ? left : subtotal ? Math.floor((discount * li.amount_subtotal) / subtotal) : 0;
    left -= share;
    li.amount_discount = share;
    li.amount_total = li.amount_subtotal - share;
  });
  session.amount_subtotal = subtotal;
  session.total_details.amount_discount = discount;
  session.amount_total = subtotal - discount;
  app.store.changed();
}

export const listLineItems: Handler = (app, { params, path }) => {
  params.allow(["limit", "starting_after", "ending_before", "expand"]);
  const id = path.session ?? "";
  app.store.require<CheckoutSession>(id, "checkout.session", "session");
  const items = app.store.state.lineItems[id] ?? [];
  return paginate(app, items, params, `/v1/checkout/sessions/${id}/line_items`);
};
