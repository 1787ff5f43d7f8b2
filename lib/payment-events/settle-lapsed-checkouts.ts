import "server-only";
import { getDb } from "../db";
import { applyCheckout } from "./apply-checkout";
import { checkoutSecured, readCheckout } from "../stripe/read-checkout";
import { getStripe } from "../stripe/stripe-client";
import { log } from "../log/logger";

/**
 * Before a seat hold whose time ran out is released, Stripe is asked about the Checkout Session
 * still open on it (the webhooks may have been lost while the site was down): a paid session is
 * fulfilled (the hold becomes an enrollment, the seat was never given away); an open one is
 * expired at Stripe, so nobody can pay for a seat that is about to be released, and the order
 * ends as expired; a session whose asynchronous payment is still processing keeps its hold until
 * Stripe decides. A session Stripe cannot answer for now keeps its seat until the next run; one
 * failing does not stop the others. Idempotent, safe in several processes. Returns how many
 * checkouts it settled.
 */
export async function settleLapsedCheckouts(now: Date = new Date(), batch = 50): Promise<number> {
  const db = await getDb();
  const orders = await db.order.findMany({
    where: { status: "PENDING", stripeCheckoutSessionId: { not: null }, hold: { status: "ACTIVE", expiresAt: { lte: now } } },
    orderBy: { createdAt: "asc" },
    take: batch,
    select: { id: true, stripeCheckoutSessionId: true },
  });
  let settled = 0;
  for (const order of orders) {
    try {
      let facts = await readCheckout(order.stripeCheckoutSessionId!);
      if (facts.status === "open") {
        try {
          await getStripe().checkout.sessions.expire(facts.sessionId);
        } catch {
          // Paid or expired in the meantime: what Stripe says now decides below.
        }
        facts = await readCheckout(facts.sessionId);
      }
      // An asynchronous payment still processing (complete, nothing secured yet) keeps its hold.
      if (facts.status === "open" || (facts.status === "complete" && checkoutSecured(facts) === null)) continue;
      await applyCheckout(facts, "expired", now);
      settled += 1;
    } catch (error) {
      log().warn(
        { job: "settleLapsedCheckouts", checkoutSessionId: order.stripeCheckoutSessionId, err: error },
        "settling a lapsed checkout failed; the seat stays held",
      );
    }
  }
  return settled;
}
