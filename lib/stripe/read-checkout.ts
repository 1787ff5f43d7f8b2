import "server-only";
import type Stripe from "stripe";
import { getStripe } from "./stripe-client";

export type TCheckoutFacts = {
  sessionId: string;
  orderId: string | null;
  status: Stripe.Checkout.Session.Status | null;
  paymentStatus: Stripe.Checkout.Session.PaymentStatus;
  currency: string | null;
  amountTotalFen: number;
  discountFen: number;
  paymentIntentId: string | null;
  chargeId: string | null;
  paymentMethod: string | null;
  promotionCode: string | null;
  /** The PaymentIntent's status: `requires_capture` for an authorized card (group-buy). */
  paymentIntentStatus: Stripe.PaymentIntent.Status | null;
  /** Set on group-buy checkouts: the member this payment is for. */
  groupMemberId: string | null;
};

/**
 * Re-reads a Checkout Session from Stripe (never trusting the event's snapshot for state) and
 * returns the facts fulfilment needs.
 */
export async function readCheckout(sessionId: string): Promise<TCheckoutFacts> {
  const session = await getStripe().checkout.sessions.retrieve(sessionId, {
    expand: ["payment_intent", "payment_intent.latest_charge", "discounts.promotion_code"],
  });
  const intent = typeof session.payment_intent === "object" ? session.payment_intent : null;
  const charge = intent && typeof intent.latest_charge === "object" ? intent.latest_charge : null;
  const promotion = session.discounts?.[0]?.promotion_code;
  return {
    sessionId: session.id,
    orderId: session.client_reference_id ?? session.metadata?.orderId ?? null,
    status: session.status,
    paymentStatus: session.payment_status,
    currency: session.currency,
    amountTotalFen: session.amount_total ?? 0,
    discountFen: session.total_details?.amount_discount ?? 0,
    paymentIntentId: intent?.id ?? (typeof session.payment_intent === "string" ? session.payment_intent : null),
    chargeId: charge?.id ?? null,
    paymentMethod: charge?.payment_method_details?.type ?? intent?.payment_method_types?.[0] ?? null,
    promotionCode: promotion && typeof promotion === "object" ? promotion.code : null,
    paymentIntentStatus: intent?.status ?? null,
    groupMemberId: session.metadata?.groupMemberId ?? null,
  };
}

/**
 * Whether a completed Checkout is money the school may act on: paid (funds received), free (a
 * 100 % promotion code: `no_payment_required`, no PaymentIntent), or — for authorization-only
 * cards — an authorization decided from the PaymentIntent (`requires_capture`), since Stripe
 * defines the session's `paid` as funds available, which an uncaptured card is not.
 */
export function checkoutSecured(facts: Pick<TCheckoutFacts, "paymentStatus" | "paymentIntentStatus">): "paid" | "free" | "authorized" | null {
  if (facts.paymentStatus === "no_payment_required") return "free";
  if (facts.paymentIntentStatus === "requires_capture") return "authorized";
  if (facts.paymentStatus === "paid" || facts.paymentIntentStatus === "succeeded") return "paid";
  return null;
}
