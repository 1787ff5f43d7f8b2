import "server-only";
import { issueOneTimeToken } from "../auth/one-time-tokens";
import { getDb } from "../db";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import type { TLocale } from "../i18n/types";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { enqueueMail } from "../mail/outbox/enqueue-mail";

const linkPath = { MAGIC_LINK: "/verify", PASSWORD_RESET: "/reset-password" } as const;

/**
 * Emails a one-time link (magic sign-in or password reset) when the email belongs to an account,
 * and otherwise a mail saying there is no account (in the caller's language), so both take about
 * the same time. Says nothing either way to the caller, so the form cannot be used to find out
 * who is registered.
 */
export async function sendTokenLink(email: string, kind: keyof typeof linkPath, options: { locale?: TLocale; now?: Date } = {}): Promise<void> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true } });
  if (!user) {
    const locale = options.locale ?? "zh";
    const m = messagesFor(locale);
    const url = `${env().APP_URL}/sign-up`;
    const mailId = await enqueueMail(db, {
      kind: "account.noAccount",
      to: email,
      locale,
      subject: m.mail.noAccountSubject,
      text: interpolate(m.mail.noAccountBody, { url }),
      content: { action: { label: m.mailLayout.actions["account.noAccount"], url } },
    });
    await deliverQueuedMails([mailId]);
    return;
  }
  // The token and its mail commit together; the mail is then delivered at once (urgent).
  const mailId = await db.$transaction(async (tx) => {
    const token = await issueOneTimeToken(tx, user.id, kind, now);
    const m = messagesFor(user.locale);
    const url = `${env().APP_URL}${linkPath[kind]}?token=${encodeURIComponent(token)}`;
    const [subject, body] = kind === "MAGIC_LINK" ? [m.mail.magicLinkSubject, m.mail.magicLinkBody] : [m.mail.resetSubject, m.mail.resetBody];
    const mailKind = kind === "MAGIC_LINK" ? "account.magicLink" : "account.passwordReset";
    return enqueueMail(tx, {
      kind: mailKind,
      to: email,
      locale: user.locale,
      subject,
      text: interpolate(body, { name: user.name, url }),
      content: { action: { label: m.mailLayout.actions[mailKind], url } },
    });
  });
  await deliverQueuedMails([mailId]);
}
