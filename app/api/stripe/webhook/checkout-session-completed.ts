import type Stripe from "stripe";
import { endCheckout } from "@/lib/payments/end-checkout";
import { fulfilCheckout } from "@/lib/payments/fulfil-checkout";
import { readCheckout } from "@/lib/payments/read-checkout";

/** Paid by card (or a wallet that settled at once): fulfil. Wallet still settling: wait for async_payment_*. */
export async function handleCheckoutSessionCompleted(event: Stripe.Event): Promise<void> {
  const session = event.data.object as Stripe.Checkout.Session;
  const facts = await readCheckout(session.id);
  if (facts.paymentStatus === "paid") await fulfilCheckout(facts);
  else await endCheckout(facts, "awaitingPayment");
}
