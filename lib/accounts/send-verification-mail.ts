import "server-only";
import { reserveMailRequest } from "../auth/mail-request-limits";
import { issueOneTimeToken } from "../auth/one-time-tokens";
import { safeReturnPath } from "../auth/safe-return-path";
import { getDb } from "../db";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { enqueueMail } from "../mail/outbox/enqueue-mail";

/**
 * Mails the signed-in user a one-time link that proves their address (the magic link: following
 * it marks the email verified and signs them in, returning to `next`, a same-origin path).
 * Counted like the other mails (5 per address, 100 per client per hour: tooManyRequests).
 * Nothing is sent to an address that is already verified.
 */
export async function sendVerificationMail(userId: string, options: { client: string; next?: unknown; now?: Date }): Promise<{ alreadyVerified: boolean }> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const user = await db.user.findUniqueOrThrow({ where: { id: userId }, select: { id: true, email: true, name: true, locale: true, emailVerified: true } });
  if (user.emailVerified) return { alreadyVerified: true };
  await reserveMailRequest(db, user.email, options.client, now);
  const next = safeReturnPath(options.next);
  // The token and its mail commit together; the mail is then delivered at once (the outbox retries it).
  const mailId = await db.$transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, user.id, "MAGIC_LINK", now);
    const url = `${env().APP_URL}/verify?token=${encodeURIComponent(token)}&next=${encodeURIComponent(next)}`;
    const m = messagesFor(user.locale);
    return enqueueMail(tx, {
      kind: "account.magicLink",
      to: user.email,
      locale: user.locale,
      subject: m.mail.verifyEmailSubject,
      text: interpolate(m.mail.verifyEmailBody, { name: user.name, url }),
      content: { action: { label: m.mailLayout.actions["account.magicLink"], url } },
    });
  });
  await deliverQueuedMails([mailId]);
  return { alreadyVerified: false };
}
