import "server-only";
import { env } from "../env";

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
