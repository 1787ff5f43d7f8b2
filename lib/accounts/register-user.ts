import "server-only";
import { hashPassword } from "../auth/passwords";
import type { TSignUpInput } from "../auth/schemas";
import { getDb } from "../db";
import { env } from "../env";
import { AppError } from "../errors";
import { interpolate, messagesFor } from "../i18n/catalog";
import type { TLocale } from "../i18n/types";
import { sendMail } from "../mail/send-mail";

function isUniqueViolation(error: unknown): boolean {
  return typeof error === "object" && error !== null && "code" in error && (error as { code: unknown }).code === "P2002";
}

/**
 * Creates a learner account. Throws emailTaken when the email exists (also when two sign-ups
 * race: the unique index decides). Sends a welcome email after the account is stored.
 */
export async function registerUser(input: TSignUpInput, locale: TLocale): Promise<{ id: string }> {
  const db = await getDb();
  const existing = await db.user.findUnique({ where: { email: input.email }, select: { id: true } });
  if (existing) throw new AppError("emailTaken");
  const passwordHash = await hashPassword(input.password);
  const user = await db.user
    .create({ data: { email: input.email, name: input.name, passwordHash, locale }, select: { id: true } })
    .catch((error: unknown) => {
      if (isUniqueViolation(error)) throw new AppError("emailTaken");
      throw error;
    });
  const m = messagesFor(locale);
  await sendMail({
    to: input.email,
    subject: m.mail.welcomeSubject,
    text: interpolate(m.mail.welcomeBody, { name: input.name, url: `${env().APP_URL}/courses` }),
  });
  return user;
}
