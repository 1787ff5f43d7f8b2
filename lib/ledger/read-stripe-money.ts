import "server-only";
import Stripe from "stripe";
import { getStripe } from "../stripe/stripe-client";
import type { TStripeMoney } from "./anomaly-rules";

/**
 * Re-reads a PaymentIntent and its latest charge from Stripe: status, amount received and amount
 * refunded. Returns null when Stripe does not know the PaymentIntent; throws when Stripe cannot
 * be reached.
 */
export async function readStripeMoney(paymentIntentId: string): Promise<TStripeMoney | null> {
  try {
    const intent = await getStripe().paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge"] });
    const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null;
    return { intentStatus: intent.status, amountReceivedFen: intent.amount_received, amountRefundedFen: charge?.amount_refunded ?? 0 };
  } catch (error) {
    if (error instanceof Stripe.errors.StripeInvalidRequestError && error.statusCode === 404) return null;
    throw error;
  }
}
