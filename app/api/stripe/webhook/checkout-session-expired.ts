import type Stripe from "stripe";
import { endCheckout } from "@/lib/payments/end-checkout";
import { fulfilCheckout } from "@/lib/payments/fulfil-checkout";
import { readCheckout } from "@/lib/payments/read-checkout";

/** Re-read: if Stripe in fact holds a payment for this session, that wins over the expiry. */
export async function handleCheckoutSessionExpired(event: Stripe.Event): Promise<void> {
  const session = event.data.object as Stripe.Checkout.Session;
  const facts = await readCheckout(session.id);
  if (facts.paymentStatus === "paid") await fulfilCheckout(facts);
  else await endCheckout(facts, "expired");
}
