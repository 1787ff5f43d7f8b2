import "server-only";
import { followMemberCheckout } from "../group-buy/follow-member-payment";
import { endCheckout } from "../orders/end-checkout";
import { fulfilPayment } from "./fulfil-payment";
import { checkoutSecured, type TCheckoutFacts } from "../stripe/read-checkout";

/**
 * Applies what Stripe reports about a Checkout Session (re-read facts): a payment fulfils the
 * order, otherwise the checkout ends the given way. Group-buy checkouts (a group member in the
 * metadata) follow the group's rules instead of enrolling at once.
 */
export async function applyCheckout(facts: TCheckoutFacts, otherwise: "expired" | "failed" | "awaitingPayment", now: Date = new Date()): Promise<void> {
  if (facts.groupMemberId) {
    await followMemberCheckout(facts, otherwise, now);
    return;
  }
  const secured = checkoutSecured(facts);
  if (secured === "paid" || secured === "free") await fulfilPayment(facts, now);
  else await endCheckout(facts, otherwise);
}
