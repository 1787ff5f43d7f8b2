import "server-only";
import { getDb } from "../db";
import { wantedPaymentMethods } from "./create-checkout-session";

export type TMethodAvailability = { offered: string[]; missing: string[]; checkedAt: Date | null };

/**
 * Which of the ways to pay the school asks for Stripe actually offered on the latest Checkout
 * Session (Stripe silently drops those the account cannot take, e.g. WeChat Pay not activated).
 * Before any checkout, everything counts as offered. Shown to learners before they pay and as a
 * warning to staff.
 */
export async function readMethodAvailability(): Promise<TMethodAvailability> {
  const db = await getDb();
  const latest = await db.order.findFirst({
    where: { stripeCheckoutSessionId: { not: null }, NOT: { offeredMethods: { isEmpty: true } } },
    orderBy: { createdAt: "desc" },
    select: { offeredMethods: true, createdAt: true },
  });
  if (!latest) return { offered: [...wantedPaymentMethods], missing: [], checkedAt: null };
  return {
    offered: latest.offeredMethods,
    missing: wantedPaymentMethods.filter((method) => !latest.offeredMethods.includes(method)),
    checkedAt: latest.createdAt,
  };
}
