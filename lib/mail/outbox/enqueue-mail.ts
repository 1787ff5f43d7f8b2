import "server-only";
import type { TPrismaClient } from "../../db";
import type { TTransaction } from "../../db/transaction";
import type { TLocale } from "../../i18n/types";
import type { TMailContent, TMailKind } from "../mail-kinds";

export type TQueuedMail = {
  kind: TMailKind;
  to: string;
  locale: TLocale;
  subject: string;
  text: string;
  content?: TMailContent;
  /** One mail per key, ever: a second enqueue with the same key (a redelivered webhook) adds nothing. */
  dedupeKey?: string;
};

/**
 * Writes a mail into the outbox with the client it is given: pass the transaction that makes the
 * change the mail reports, so the mail exists if and only if the change committed. Nothing is
 * sent here; deliverDueMails sends it (right after the commit when the caller asks, else on the
 * next scheduler tick). Returns the outbox row's id (the existing row's for a repeated dedupeKey).
 */
export async function enqueueMail(db: TTransaction | TPrismaClient, mail: TQueuedMail): Promise<string> {
  const data = {
    kind: mail.kind,
    to: mail.to,
    locale: mail.locale,
    subject: mail.subject,
    text: mail.text,
    content: mail.content ?? {},
    dedupeKey: mail.dedupeKey ?? null,
  };
  if (!mail.dedupeKey) return (await db.outboxMail.create({ data, select: { id: true } })).id;
  await db.outboxMail.createMany({ data: [data], skipDuplicates: true });
  return (await db.outboxMail.findUniqueOrThrow({ where: { dedupeKey: mail.dedupeKey }, select: { id: true } })).id;
}
