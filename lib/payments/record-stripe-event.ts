import "server-only";
import { getDb } from "../db";

/**
 * Remembers a Stripe event id. Returns false when the event was already handled to the end, so a
 * repeat delivery is skipped; an event whose earlier handling failed is handled again.
 */
export async function beginStripeEvent(id: string, type: string): Promise<boolean> {
  const db = await getDb();
  const row = await db.stripeEvent.upsert({ where: { id }, create: { id, type }, update: {}, select: { processedAt: true } });
  return row.processedAt === null;
}

export async function finishStripeEvent(id: string): Promise<void> {
  const db = await getDb();
  await db.stripeEvent.update({ where: { id }, data: { processedAt: new Date() } });
}
