import type Stripe from "stripe";
import { endCheckout } from "@/lib/payments/end-checkout";
import { readCheckout } from "@/lib/payments/read-checkout";

export async function handleCheckoutSessionAsyncPaymentFailed(event: Stripe.Event): Promise<void> {
  const session = event.data.object as Stripe.Checkout.Session;
  await endCheckout(await readCheckout(session.id), "failed");
}
