import type Stripe from "stripe";
import type { RefundStatus } from "../generated/prisma/enums";

/** Our status of a Stripe refund: pending and requires_action are still on their way; failed and canceled did not return money. */
export function refundStatusOf(refund: Pick<Stripe.Refund, "status">): RefundStatus {
  if (refund.status === "succeeded") return "SUCCEEDED";
  if (refund.status === "failed" || refund.status === "canceled") return "FAILED";
  return "PENDING";
}
