import type Stripe from "stripe";
import { applyChargeRefund } from "@/lib/payment-events/apply-charge-refund";

/** refund.created / refund.updated / refund.failed: the refund's charge is re-read and its refunds followed to their end. */
export async function handleRefundEvent(event: Stripe.Event): Promise<void> {
  const refund = event.data.object as Stripe.Refund;
  const chargeId = typeof refund.charge === "string" ? refund.charge : refund.charge?.id;
  if (chargeId) await applyChargeRefund(chargeId);
}
