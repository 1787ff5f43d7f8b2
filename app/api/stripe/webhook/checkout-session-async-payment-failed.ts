import type Stripe from "stripe";
import { applyCheckout } from "@/lib/payment-events/apply-checkout";
import { readCheckout } from "@/lib/stripe/read-checkout";

export async function handleCheckoutSessionAsyncPaymentFailed(event: Stripe.Event): Promise<void> {
  const session = event.data.object as Stripe.Checkout.Session;
  await applyCheckout(await readCheckout(session.id), "failed");
}
