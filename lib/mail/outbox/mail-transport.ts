import "server-only";
import os from "node:os";
import nodemailer from "nodemailer";
import { env } from "../../env";
import { usesLocalInbox } from "../local-inbox";

export type TOutgoingMail = { outboxId: string; to: string; subject: string; text: string; html: string };

/**
 * Where mails go: an SMTP server (SMTP_URL), or the local inbox (a table shown at /dev/mail),
 * which is written in the same transaction that marks the outbox row sent.
 */
export type TMailTransport = { kind: "local" } | { kind: "smtp"; send: (mail: TOutgoingMail) => Promise<{ messageId: string }> };

let smtp: nodemailer.Transporter | undefined;

/**
 * The Message-ID of an outbox row's mail: the same on every attempt, so a receiving server (or
 * the reader's client) can recognise the rare copy sent twice when a process died between SMTP's
 * answer and recording it.
 */
export function messageIdFor(outboxId: string): string {
  const domain = /@([^>\s]+)/.exec(env().MAIL_FROM)?.[1] ?? os.hostname();
  return `<outbox-${outboxId}@${domain}>`;
}

/** The configured transport of this process. */
export function defaultMailTransport(): TMailTransport {
  if (usesLocalInbox()) return { kind: "local" };
  return {
    kind: "smtp",
    send: async (mail) => {
      const { SMTP_URL, MAIL_FROM } = env();
      // Timeouts well inside the claim's lease, so a hung server never lets another process resend.
      smtp ??= nodemailer.createTransport(`${SMTP_URL}`, { connectionTimeout: 15_000, greetingTimeout: 15_000, socketTimeout: 30_000 });
      const info = await smtp.sendMail({
        from: MAIL_FROM,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        messageId: messageIdFor(mail.outboxId),
      });
      return { messageId: String(info.messageId ?? messageIdFor(mail.outboxId)) };
    },
  };
}
