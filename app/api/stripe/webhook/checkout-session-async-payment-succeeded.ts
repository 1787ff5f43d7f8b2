import type Stripe from "stripe";
import { fulfilCheckout } from "@/lib/payments/fulfil-checkout";
import { readCheckout } from "@/lib/payments/read-checkout";

export async function handleCheckoutSessionAsyncPaymentSucceeded(event: Stripe.Event): Promise<void> {
  const session = event.data.object as Stripe.Checkout.Session;
  await fulfilCheckout(await readCheckout(session.id));
}
