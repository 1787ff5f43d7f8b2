import type Stripe from "stripe";
import { applyChargeRefund } from "@/lib/payment-events/apply-charge-refund";

export async function handleChargeRefunded(event: Stripe.Event): Promise<void> {
  const charge = event.data.object as Stripe.Charge;
  await applyChargeRefund(charge.id);
}
