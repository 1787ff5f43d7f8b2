import { getDb } from "../../lib/db";
import { holdSeat } from "../../lib/enrollment/hold-seat";
import { startCheckout } from "../../lib/orders/start-checkout";
import type { startPaymentsHarness } from "./stripe-harness";

/** A learner who paid for a seat through the local Stripe (card by default, or a wallet) and is enrolled: for tests of what comes after payment. */
export async function createPaidLearner(
  harness: Awaited<ReturnType<typeof startPaymentsHarness>>,
  userId: string,
  cohortId: string,
  method: "card" | "alipay" | "wechat_pay" = "card",
) {
  const hold = await holdSeat({ userId, cohortId });
  const { orderId } = await startCheckout({ userId, holdId: hold.holdId, locale: "zh" });
  const db = await getDb();
  const order = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { stripeCheckoutSessionId: true } });
  harness.local.control.completeCheckout(order.stripeCheckoutSessionId!, { method, outcome: "succeed" });
  await harness.local.control.idle(15_000);
  const paid = await db.order.findUniqueOrThrow({ where: { id: orderId }, select: { status: true, enrollmentId: true, stripePaymentIntentId: true } });
  if (paid.status !== "PAID" || !paid.enrollmentId) throw new Error(`payment did not enroll (${paid.status})`);
  return { orderId, enrollmentId: paid.enrollmentId, paymentIntentId: paid.stripePaymentIntentId! };
}
