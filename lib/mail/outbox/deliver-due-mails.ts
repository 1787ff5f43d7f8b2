import "server-only";
import { randomUUID } from "node:crypto";
import os from "node:os";
import { getDb, type TPrismaClient } from "../../db";
import { log } from "../../log/logger";
import { urgentMailKinds, type TMailKind } from "../mail-kinds";
import { renderMail } from "../render-mail";
import { claimDueMails, type TClaimedMail } from "./claim-due-mails";
import { maxMailAttempts, nextMailAttempt } from "./mail-backoff";
import { defaultMailTransport, messageIdFor, type TMailTransport } from "./mail-transport";

export type TDeliveryReport = { claimed: number; sent: number; retrying: number; failed: number };

const processOwner = `${os.hostname()}:${process.pid}:${randomUUID().slice(0, 8)}`;

/** What a sent row keeps: a mail carrying a one-time sign-in or reset link keeps no copy of it in the outbox. */
function sentData(mail: TClaimedMail, messageId: string, now: Date) {
  const scrub = urgentMailKinds.includes(mail.kind as TMailKind) ? { text: "[one-time link removed after sending]", content: {} } : {};
  return { status: "SENT" as const, sentAt: now, messageId, leaseOwner: null, leaseUntil: null, lastError: null, ...scrub };
}

async function markSent(db: TPrismaClient, mail: TClaimedMail, owner: string, messageId: string, now: Date): Promise<boolean> {
  const marked = await db.outboxMail.updateMany({ where: { id: mail.id, status: "PENDING", leaseOwner: owner }, data: sentData(mail, messageId, now) });
  return marked.count === 1;
}

/** Sends one claimed mail; the local inbox copy and the SENT mark commit together (exactly once). */
async function sendOne(db: TPrismaClient, mail: TClaimedMail, owner: string, transport: TMailTransport, now: Date): Promise<boolean> {
  const rendered = await renderMail(mail);
  if (transport.kind === "local") {
    return db.$transaction(async (tx) => {
      const marked = await tx.outboxMail.updateMany({
        where: { id: mail.id, status: "PENDING", leaseOwner: owner },
        data: sentData(mail, messageIdFor(mail.id), now),
      });
      if (marked.count !== 1) return false;
      await tx.mailMessage.create({ data: { to: mail.to, subject: rendered.subject, text: rendered.text, html: rendered.html, outboxId: mail.id } });
      return true;
    });
  }
  const { messageId } = await transport.send({ outboxId: mail.id, to: mail.to, ...rendered });
  return markSent(db, mail, owner, messageId, now);
}

/**
 * Delivers the outbox's due mails (or only `ids`), each exactly once across any number of
 * processes: a mail is claimed under a lease before it is sent (claimDueMails), marked SENT with
 * its message id after, and a failed attempt is retried with backoff (30 s doubling, ≤ 1 h) until
 * it has failed 8 times, when it turns FAILED and is listed for staff. Never throws for a mail
 * that fails; throws only when the database cannot be reached. Called by the scheduler every tick,
 * right after a commit that queued mail (deliverQueuedMails), and later by a job queue.
 */
export async function deliverDueMails(
  options: { now?: Date; limit?: number; ids?: string[]; transport?: TMailTransport; owner?: string; source?: string } = {},
): Promise<TDeliveryReport> {
  const started = performance.now();
  const now = options.now ?? new Date();
  const owner = options.owner ?? processOwner;
  const transport = options.transport ?? defaultMailTransport();
  const db = await getDb();
  const claimed = await claimDueMails(db, { owner, now, limit: options.limit ?? 50, ids: options.ids });
  const report: TDeliveryReport = { claimed: claimed.length, sent: 0, retrying: 0, failed: 0 };
  for (const mail of claimed) {
    try {
      if (await sendOne(db, mail, owner, transport, now)) report.sent += 1;
      else log().warn({ outboxId: mail.id, kind: mail.kind }, "mail lease lost before it was marked sent");
    } catch (error) {
      const gaveUp = mail.attempts >= maxMailAttempts;
      const lastError = (error instanceof Error ? error.message : String(error)).slice(0, 500);
      await db.outboxMail.updateMany({
        where: { id: mail.id, status: "PENDING", leaseOwner: owner },
        data: gaveUp
          ? { status: "FAILED", lastError, leaseOwner: null, leaseUntil: null }
          : { nextAttemptAt: nextMailAttempt(mail.attempts, now), lastError, leaseOwner: null, leaseUntil: null },
      });
      if (gaveUp) report.failed += 1;
      else report.retrying += 1;
      log()[gaveUp ? "error" : "warn"](
        { outboxId: mail.id, kind: mail.kind, attempts: mail.attempts, err: error },
        gaveUp ? "mail failed for good; listed for staff" : "mail attempt failed; will retry",
      );
    }
  }
  if (report.claimed > 0 || options.source === "scheduler") {
    log().info(
      { job: "deliverDueMails", source: options.source ?? "direct", ...report, durationMs: Math.round(performance.now() - started) },
      "mail delivery run",
    );
  }
  return report;
}
