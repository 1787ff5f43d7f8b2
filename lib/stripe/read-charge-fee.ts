import "server-only";
import type Stripe from "stripe";
import { getStripe } from "./stripe-client";

/**
 * Stripe's fee on a payment: the balance transaction of the PaymentIntent's captured charge
 * (null while there is none yet: an authorization not captured, a payment still processing).
 */
export async function readChargeFee(paymentIntentId: string): Promise<number | null> {
  const intent = await getStripe().paymentIntents.retrieve(paymentIntentId, { expand: ["latest_charge.balance_transaction"] });
  const charge = typeof intent.latest_charge === "object" ? intent.latest_charge : null;
  const txn = charge && typeof charge.balance_transaction === "object" ? (charge.balance_transaction as Stripe.BalanceTransaction | null) : null;
  return txn ? txn.fee : null;
}
