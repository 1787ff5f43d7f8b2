import type Stripe from "stripe";
import { applyCheckout } from "@/lib/payment-events/apply-checkout";
import { readCheckout } from "@/lib/stripe/read-checkout";

/** Paid by card (or a wallet that settled at once): fulfil. Wallet still settling: wait for async_payment_*. */
export async function handleCheckoutSessionCompleted(event: Stripe.Event): Promise<void> {
  const session = event.data.object as Stripe.Checkout.Session;
  await applyCheckout(await readCheckout(session.id), "awaitingPayment");
}
