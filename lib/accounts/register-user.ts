import "server-only";
import { issueOneTimeToken } from "../auth/one-time-tokens";
import { hashPassword } from "../auth/passwords";
import { safeReturnPath } from "../auth/safe-return-path";
import type { TSignUpInput } from "../auth/schemas";
import { getDb } from "../db";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import type { TLocale } from "../i18n/types";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { enqueueMail } from "../mail/outbox/enqueue-mail";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/**
 * Sign-up that cannot be used to find out who is registered: it answers the same (nothing, no
 * session) whether or not the email already has an account, and does comparable work either way
 * (one password hash, one insert attempt, one mail).
 * - New email: creates the learner account and mails a welcome with a one-time sign-in link that
 *   also confirms the address (it returns to `next`, a same-origin path).
 * - Known email (also when simultaneous sign-ups race: the unique index decides): changes nothing
 *   and mails the owner, in the owner's language, that someone tried; with links to sign in and
 *   to reset the password, and no token.
 */
export async function registerUser(input: TSignUpInput, locale: TLocale, options: { next?: string; now?: Date } = {}): Promise<void> {
  const db = await getDb();
  const now = options.now ?? new Date();
  const { APP_URL } = env();
  const passwordHash = await hashPassword(input.password);
  // The account, its one-time token and the welcome mail commit together (or not at all).
  const welcomeMailId = await db
    .$transaction(async (tx) => {
      const created = await tx.user.create({ data: { email: input.email, name: input.name, passwordHash, locale }, select: { id: true } });
      const token = await issueOneTimeToken(tx, created.id, "MAGIC_LINK", now);
      const next = safeReturnPath(options.next);
      const m = messagesFor(locale);
      const url = `${APP_URL}/verify?token=${encodeURIComponent(token)}&next=${encodeURIComponent(next)}`;
      return enqueueMail(tx, {
        kind: "account.welcome",
        to: input.email,
        locale,
        subject: m.mail.welcomeSubject,
        text: interpolate(m.mail.welcomeBody, { name: input.name, url, signInUrl: `${APP_URL}/sign-in` }),
        content: { action: { label: m.mailLayout.actions["account.welcome"], url } },
      });
    })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) return null;
      throw error;
    });
  if (welcomeMailId) {
    await deliverQueuedMails([welcomeMailId]);
    return;
  }
  const owner = await db.user.findUnique({ where: { email: input.email }, select: { name: true, locale: true } });
  if (!owner) return;
  const m = messagesFor(owner.locale);
  const signInUrl = `${APP_URL}/sign-in`;
  const mailId = await enqueueMail(db, {
    kind: "account.signUpAttempt",
    to: input.email,
    locale: owner.locale,
    subject: m.mail.signUpAttemptSubject,
    text: interpolate(m.mail.signUpAttemptBody, { name: owner.name, signInUrl, resetUrl: `${APP_URL}/forgot-password` }),
    content: { action: { label: m.mailLayout.actions["account.signUpAttempt"], url: signInUrl } },
  });
  await deliverQueuedMails([mailId]);
}
