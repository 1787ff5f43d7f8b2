import type Stripe from "stripe";
import { followPaymentIntent } from "@/lib/payment-events/follow-payment-intent";

/** payment_intent.succeeded / amount_capturable_updated / canceled: state is re-read from Stripe. */
export async function handlePaymentIntentEvent(event: Stripe.Event): Promise<void> {
  const intent = event.data.object as Stripe.PaymentIntent;
  await followPaymentIntent(intent.id);
}
