import "server-only";
import { fulfilCheckout, type TFulfilment } from "../orders/fulfil-checkout";
import { recordOrderFee } from "../orders/record-order-fee";
import type { TCheckoutFacts } from "../stripe/read-checkout";
import { completeTransferForOrder } from "../transfers/complete-transfer";

/**
 * A confirmed payment, whatever it paid for: the order is fulfilled (enrolled, or refunded for
 * want of a seat); when it paid a transfer's difference, the transfer completes. The transfer
 * step runs on every delivery of an enrolled order (it is idempotent), so a process that died
 * between the two finishes on Stripe's next delivery or reconciliation.
 */
export async function fulfilPayment(facts: TCheckoutFacts, now: Date = new Date()): Promise<TFulfilment> {
  const outcome = await fulfilCheckout(facts, now);
  if ((outcome === "enrolled" || outcome === "alreadyHandled") && facts.orderId) await completeTransferForOrder(facts.orderId, now);
  if (outcome !== "unknownOrder" && outcome !== "notPaidYet" && facts.orderId) await recordOrderFee(facts.orderId);
  return outcome;
}
