import type { OrderStatus } from "../generated/prisma/enums";

/** What can happen to an order, as reported by Stripe's (re-read) objects. */
export type TOrderEvent =
  | { kind: "authorized" }
  | { kind: "paid" }
  | { kind: "paymentFailed" }
  | { kind: "checkoutExpired" }
  | { kind: "refunded"; refundedFen: number; amountFen: number }
  | { kind: "cancelled" };

/**
 * The order state machine: pending → (authorized →) paid → partially refunded / refunded; pending
 * or authorized → failed, expired or cancelled. A card authorization (group-buy) is not money
 * received: it is captured (paid) or cancelled. A payment Stripe confirms wins over an expiry or failure seen earlier
 * (events may arrive out of order); nothing moves a paid order back to unpaid (a refund that
 * failed moves a refunded order back to paid: the money was not returned). Returns the status unchanged
 * when the event does not apply, so handlers can be replayed safely.
 */
export function nextOrderStatus(current: OrderStatus, event: TOrderEvent): OrderStatus {
  switch (event.kind) {
    case "authorized":
      return current === "PENDING" || current === "FAILED" || current === "EXPIRED" ? "AUTHORIZED" : current;
    case "paid":
      return current === "PENDING" || current === "AUTHORIZED" || current === "FAILED" || current === "EXPIRED" || current === "CANCELLED" ? "PAID" : current;
    case "paymentFailed":
      return current === "PENDING" ? "FAILED" : current;
    case "checkoutExpired":
      return current === "PENDING" ? "EXPIRED" : current;
    case "cancelled":
      return current === "PENDING" || current === "AUTHORIZED" ? "CANCELLED" : current;
    case "refunded": {
      if (current !== "PAID" && current !== "PARTIALLY_REFUNDED" && current !== "REFUNDED") return current;
      // Every refund failed (the money never went back): the order is paid again.
      if (event.refundedFen <= 0) return "PAID";
      return event.refundedFen >= event.amountFen ? "REFUNDED" : "PARTIALLY_REFUNDED";
    }
  }
}

/** Orders that hold money: they must end enrolled or refunded. */
export function isPaidStatus(status: OrderStatus): boolean {
  return status === "PAID" || status === "PARTIALLY_REFUNDED" || status === "REFUNDED";
}
