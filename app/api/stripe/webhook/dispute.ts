import type Stripe from "stripe";
import { followDispute } from "@/lib/disputes/follow-dispute";

/** charge.dispute.created / updated / closed / funds_withdrawn / funds_reinstated: the dispute is re-read from Stripe and recorded. */
export async function handleDisputeEvent(event: Stripe.Event): Promise<void> {
  const dispute = event.data.object as Stripe.Dispute;
  await followDispute(dispute.id);
}
