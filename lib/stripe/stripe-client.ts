import "server-only";
import Stripe from "stripe";
import { env } from "../env";

const globalForStripe = globalThis as unknown as { stripe?: Stripe };

/**
 * The Stripe SDK client. With STRIPE_SECRET_KEY it talks to Stripe; without, to the local
 * Stripe-compatible server (tools/stripe-local) at STRIPE_LOCAL_URL, with the same SDK calls.
 */
export function getStripe(): Stripe {
  if (globalForStripe.stripe) return globalForStripe.stripe;
  const { STRIPE_SECRET_KEY, STRIPE_LOCAL_URL } = env();
  if (STRIPE_SECRET_KEY) {
    globalForStripe.stripe = new Stripe(STRIPE_SECRET_KEY, { maxNetworkRetries: 2 });
  } else {
    const url = new URL(STRIPE_LOCAL_URL);
    globalForStripe.stripe = new Stripe("sk_test_local_stand_in", {
      host: url.hostname,
      port: Number(url.port || 80),
      protocol: url.protocol === "https:" ? "https" : "http",
      maxNetworkRetries: 2,
    });
  }
  return globalForStripe.stripe;
}

/** Forget the client (tests point it at a fresh local server). */
export function resetStripeForTests(): void {
  globalForStripe.stripe = undefined;
}
