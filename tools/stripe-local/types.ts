/**
 * Shapes of the objects stripe-local stores and returns. Only the fields the
 * server reads or writes are typed; every object also carries the remaining
 * keys of Stripe's published example (see fixtures/stripe-fixtures.json) so
 * the key sets match what the real API returns.
 */
export type Metadata = Record<string, string>;

export interface StripeObject {
  id: string;
  object: string;
  created: number;
  /** Absent on a few types (refunds), like in Stripe's API. */
  livemode?: false;
  [key: string]: unknown;
}

export type PaymentMethodType = "card" | "alipay" | "wechat_pay";
export const PAYMENT_METHOD_TYPES: readonly PaymentMethodType[] = ["card", "alipay", "wechat_pay"];

export type Outcome = "succeed" | "decline" | "async_success" | "async_failure";
export const OUTCOMES: readonly Outcome[] = ["succeed", "decline", "async_success", "async_failure"];

export interface SessionDiscount {
  coupon: string | null;
  promotion_code: string | null;
}

export interface CheckoutSession extends StripeObject {
  object: "checkout.session";
  status: "open" | "complete" | "expired";
  payment_status: "paid" | "unpaid" | "no_payment_required";
  mode: "payment";
  amount_subtotal: number;
  amount_total: number;
  currency: string;
  total_details: { amount_discount: number; amount_shipping: number; amount_tax: number };
  discounts: SessionDiscount[];
  allow_promotion_codes: boolean | null;
  payment_intent: string | null;
  customer: string | null;
  customer_creation: "always" | "if_required" | null;
  customer_email: string | null;
  customer_details: { email: string | null; [key: string]: unknown } | null;
  client_reference_id: string | null;
  success_url: string | null;
  cancel_url: string | null;
  url: string | null;
  expires_at: number;
  locale: string | null;
  metadata: Metadata;
  payment_method_types: PaymentMethodType[];
  payment_method_options: Record<string, unknown>;
}

export interface PaymentIntent extends StripeObject {
  object: "payment_intent";
  amount: number;
  amount_capturable: number;
  amount_received: number;
  currency: string;
  capture_method: "automatic" | "automatic_async" | "manual";
  status: "requires_payment_method" | "processing" | "requires_capture" | "succeeded" | "canceled";
  canceled_at: number | null;
  cancellation_reason: string | null;
  customer: string | null;
  latest_charge: string | null;
  last_payment_error: Record<string, unknown> | null;
  metadata: Metadata;
  payment_method: string | null;
  payment_method_types: PaymentMethodType[];
}

export interface Refund extends StripeObject {
  object: "refund";
  amount: number;
  charge: string;
  currency: string;
  payment_intent: string | null;
  reason: string | null;
  status: "succeeded" | "pending" | "failed" | "canceled";
  /** Set when the refund failed (lost_or_stolen_card, expired_or_canceled_card, …). */
  failure_reason?: string | null;
  metadata: Metadata;
}

export interface Charge extends StripeObject {
  object: "charge";
  amount: number;
  amount_captured: number;
  amount_refunded: number;
  captured: boolean;
  refunded: boolean;
  paid: boolean;
  currency: string;
  status: "succeeded" | "pending" | "failed";
  payment_intent: string | null;
  payment_method: string | null;
  payment_method_details: { type: PaymentMethodType; [key: string]: unknown };
  failure_code: string | null;
  failure_message: string | null;
  refunds: { object: "list"; data: Refund[]; has_more: boolean; url: string };
}

export interface Customer extends StripeObject {
  object: "customer";
  email: string | null;
  name: string | null;
  metadata: Metadata;
}

export interface Coupon extends StripeObject {
  object: "coupon";
  amount_off: number | null;
  percent_off: number | null;
  currency: string | null;
  duration: "once" | "repeating" | "forever";
  max_redemptions: number | null;
  redeem_by: number | null;
  times_redeemed: number;
  valid: boolean;
  name: string | null;
}

export interface PromotionCode extends StripeObject {
  object: "promotion_code";
  code: string;
  active: boolean;
  max_redemptions: number | null;
  times_redeemed: number;
  expires_at: number | null;
  customer: string | null;
  promotion: { coupon: string | null; type: "coupon" };
  restrictions: {
    first_time_transaction: boolean;
    minimum_amount: number | null;
    minimum_amount_currency: string | null;
  };
  metadata: Metadata;
}

export interface LineItem {
  id: string;
  object: "item";
  amount_discount: number;
  amount_subtotal: number;
  amount_tax: number;
  amount_total: number;
  currency: string;
  description: string | null;
  price: StripeObject & { unit_amount: number; product: string };
  quantity: number;
  [key: string]: unknown;
}

export interface EventRequest {
  id: string | null;
  idempotency_key: string | null;
}

export interface StripeEvent extends StripeObject {
  object: "event";
  type: string;
  api_version: string;
  data: { object: StripeObject; previous_attributes?: Record<string, unknown> };
  pending_webhooks: number;
  request: EventRequest;
}

export const NO_REQUEST: EventRequest = { id: null, idempotency_key: null };
