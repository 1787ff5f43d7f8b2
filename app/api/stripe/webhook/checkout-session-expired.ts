import type Stripe from "stripe";
import { applyCheckout } from "@/lib/payment-events/apply-checkout";
import { readCheckout } from "@/lib/stripe/read-checkout";

/** Re-read: if Stripe in fact holds a payment for this session, that wins over the expiry. */
export async function handleCheckoutSessionExpired(event: Stripe.Event): Promise<void> {
  const session = event.data.object as Stripe.Checkout.Session;
  await applyCheckout(await readCheckout(session.id), "expired");
}
