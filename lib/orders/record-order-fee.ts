import "server-only";
import { getDb } from "../db";
import { readChargeFee } from "../stripe/read-charge-fee";
import { log } from "../log/logger";

/**
 * Stores Stripe's fee on a paid order once it is known (the ledger shows net amounts; a refund
 * does not return the fee, so refunded payments still cost it). Safe to call again; a failure to
 * read it leaves it for the next call (reconciliation), never fails the caller.
 */
export async function recordOrderFee(orderId: string): Promise<number | null> {
  const db = await getDb();
  const order = await db.order.findUnique({ where: { id: orderId }, select: { stripePaymentIntentId: true, stripeFeeFen: true, status: true } });
  if (!order?.stripePaymentIntentId || order.stripeFeeFen !== null) return order?.stripeFeeFen ?? null;
  if (order.status !== "PAID" && order.status !== "PARTIALLY_REFUNDED" && order.status !== "REFUNDED") return null;
  try {
    const fee = await readChargeFee(order.stripePaymentIntentId);
    if (fee !== null) await db.order.updateMany({ where: { id: orderId, stripeFeeFen: null }, data: { stripeFeeFen: fee } });
    return fee;
  } catch (error) {
    log().warn({ orderId, err: error }, "reading Stripe's fee failed; will retry");
    return null;
  }
}
