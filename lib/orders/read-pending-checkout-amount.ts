import "server-only";
import { readCheckout } from "../stripe/read-checkout";

export type TPendingAmount = { amountFen: number; discountFen: number; promotionCode: string | null };

/**
 * What Stripe is charging for an order still waiting for its webhook: the completed Checkout
 * Session's total after promotion codes. Null when the session is not complete yet or Stripe cannot
 * be asked (the page then shows the order's own amount); never changes the order.
 */
export async function readPendingCheckoutAmount(order: { status: string; stripeCheckoutSessionId: string | null }): Promise<TPendingAmount | null> {
  if (order.status !== "PENDING" || !order.stripeCheckoutSessionId) return null;
  try {
    const facts = await readCheckout(order.stripeCheckoutSessionId);
    if (facts.status !== "complete") return null;
    return { amountFen: facts.amountTotalFen, discountFen: facts.discountFen, promotionCode: facts.promotionCode };
  } catch {
    return null;
  }
}
