import "server-only";
import { getDb } from "../db";
import { localInboxIsOpen } from "./local-inbox";

export type TInboxMessage = { id: string; to: string; subject: string; text: string; html: string | null; createdAt: Date };

/**
 * The newest mail of the local inbox, optionally for one recipient. Returns null when the inbox is
 * closed (real SMTP configured, or a production server without LOCAL_MAIL_INBOX=1).
 */
export async function readLocalInbox(to?: string, limit = 50): Promise<TInboxMessage[] | null> {
  if (!localInboxIsOpen()) return null;
  const db = await getDb();
  return db.mailMessage.findMany({
    where: to ? { to: to.trim().toLowerCase() } : {},
    orderBy: { createdAt: "desc" },
    take: limit,
    select: { id: true, to: true, subject: true, text: true, html: true, createdAt: true },
  });
}
