import "server-only";
import { getDb } from "../db";

const orderSelect = {
  id: true,
  status: true,
  currency: true,
  listPriceFen: true,
  discountFen: true,
  amountFen: true,
  refundedFen: true,
  promotionCode: true,
  paymentMethod: true,
  paidAt: true,
  noSeatRefundAt: true,
  movedAt: true,
  account: { select: { enrollment: { select: { status: true } } } },
  createdAt: true,
  hold: { select: { expiresAt: true, status: true } },
  user: { select: { name: true, email: true } },
  cohort: { select: { number: true, course: { select: { titleZh: true, titleEn: true } }, campus: { select: { nameZh: true, nameEn: true } } } },
  enrollment: { select: { status: true, class: { select: { code: true } } } },
  groupMember: { select: { group: { select: { code: true } } } },
  stripeCheckoutUrl: true,
  stripeCheckoutSessionId: true,
  holdId: true,
  checkoutExpiresAt: true,
} as const;

/** The caller's own orders, newest first (scoped by their id: nobody else's order can appear). */
export async function readMyOrders(userId: string) {
  const db = await getDb();
  return db.order.findMany({ where: { userId }, orderBy: { createdAt: "desc" }, select: orderSelect });
}

/** One of the caller's own orders, or null (also for another learner's order id). */
export async function readMyOrder(userId: string, orderId: string) {
  if (orderId.length > 64) return null;
  const db = await getDb();
  return db.order.findFirst({ where: { id: orderId, userId }, select: orderSelect });
}

export type TMyOrder = NonNullable<Awaited<ReturnType<typeof readMyOrder>>>;
