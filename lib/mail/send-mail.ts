import "server-only";
import nodemailer from "nodemailer";
import { getDb } from "../db";
import { env } from "../env";

export type TMail = { to: string; subject: string; text: string };

/** True when mail stays in the local inbox (/dev/mail) instead of going to an SMTP server. */
export function usesLocalInbox(): boolean {
  return !env().SMTP_URL;
}

/**
 * Whether /dev/mail may show the stored mail: only without SMTP, and in production only when
 * LOCAL_MAIL_INBOX=1 (the local demo and the end-to-end tests).
 */
export function localInboxIsOpen(): boolean {
  const { NODE_ENV, LOCAL_MAIL_INBOX } = env();
  return usesLocalInbox() && (NODE_ENV !== "production" || LOCAL_MAIL_INBOX === "1");
}

let transport: nodemailer.Transporter | undefined;

/**
 * Sends one email. With SMTP_URL set it goes through that server; otherwise it is stored in the
 * database and shown at /dev/mail, so magic links and resets work without internet.
 */
export async function sendMail(mail: TMail): Promise<void> {
  const { SMTP_URL, MAIL_FROM } = env();
  if (SMTP_URL) {
    transport ??= nodemailer.createTransport(SMTP_URL);
    await transport.sendMail({ from: MAIL_FROM, to: mail.to, subject: mail.subject, text: mail.text });
    return;
  }
  const db = await getDb();
  await db.mailMessage.create({ data: { to: mail.to, subject: mail.subject, text: mail.text } });
}
