import "server-only";
import { getDb } from "../db";
import { usesLocalInbox } from "./send-mail";

export type TInboxMessage = { id: string; to: string; subject: string; text: string; createdAt: Date };

/**
 * The newest mail of the local inbox, optionally for one recipient. Returns null when real SMTP
 * is configured: the inbox exists only in the embedded demo set-up.
 */
export async function listLocalInbox(to?: string, limit = 50): Promise<TInboxMessage[] | null> {
  if (!usesLocalInbox()) return null;
  const db = await getDb();
  return db.mailMessage.findMany({
    where: to ? { to: to.trim().toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, to: true, subject: true, text: true, createdAt: true },
  });
}
