import "server-only";
import { issueOneTimeToken } from "../auth/one-time-tokens";
import { getDb } from "../db";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { sendMail } from "../mail/send-mail";

const linkPath = { MAGIC_LINK: "/verify", PASSWORD_RESET: "/reset-password" } as const;

/**
 * Emails a one-time link (magic sign-in or password reset) when the email belongs to an account.
 * Says nothing either way to the caller, so the form cannot be used to find out who is registered.
 */
export async function sendTokenLink(email: string, kind: keyof typeof linkPath, now: Date = new Date()): Promise<void> {
  const db = await getDb();
  const user = await db.user.findUnique({ where: { email }, select: { id: true, name: true, locale: true } });
  if (!user) return;
  const token = await issueOneTimeToken(db, user.id, kind, now);
  const m = messagesFor(user.locale);
  const url = `${env().APP_URL}${linkPath[kind]}?token=${encodeURIComponent(token)}`;
  const [subject, body] =
    kind === "MAGIC_LINK" ? [m.mail.magicLinkSubject, m.mail.magicLinkBody] : [m.mail.resetSubject, m.mail.resetBody];
  await sendMail({ to: email, subject, text: interpolate(body, { name: user.name, url }) });
}
