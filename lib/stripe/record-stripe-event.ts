import "server-only";
import { getDb } from "../db";

/** A delivery that claimed an event holds it this long; a claim older than this (its process died) can be taken over. */
export const eventLeaseMs = 60_000;

/**
 * Claims a Stripe event for handling, atomically: of any number of concurrent deliveries of the
 * same event, exactly one gets "claimed" (one conditional UPDATE wins the row); the others get
 * "inProgress" while that one works, or "done" once it finished. An event whose handling failed
 * (claim released) or whose handler died (lease expired) can be claimed again.
 */
export async function claimStripeEvent(id: string, type: string, now: Date = new Date()): Promise<"claimed" | "inProgress" | "done"> {
  const db = await getDb();
  await db.stripeEvent.createMany({ data: [{ id, type }], skipDuplicates: true });
  const claimed = await db.stripeEvent.updateMany({
    where: { id, processedAt: null, OR: [{ claimedAt: null }, { claimedAt: { lt: new Date(now.getTime() - eventLeaseMs) } }] },
    data: { claimedAt: now },
  });
  if (claimed.count === 1) return "claimed";
  const row = await db.stripeEvent.findUniqueOrThrow({ where: { id }, select: { processedAt: true } });
  return row.processedAt ? "done" : "inProgress";
}

/** The claimed event was handled (or deliberately ignored, with why): later copies are skipped. */
export async function finishStripeEvent(id: string, outcome = "handled"): Promise<void> {
  const db = await getDb();
  await db.stripeEvent.update({ where: { id }, data: { processedAt: new Date(), outcome } });
}

/** Handling failed: let the next delivery claim it again. */
export async function releaseStripeEvent(id: string): Promise<void> {
  const db = await getDb();
  await db.stripeEvent.updateMany({ where: { id, processedAt: null }, data: { claimedAt: null } });
}
