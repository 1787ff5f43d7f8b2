import { render } from "@react-email/render";
import { messagesFor } from "../i18n/catalog";
import { isLocale } from "../i18n/types";
import { mailKinds, type TMailContent, type TMailKind } from "./mail-kinds";
import { mailTemplates } from "./templates/mail-templates";

export type TRenderedMail = { subject: string; text: string; html: string };

function isMailKind(kind: string): kind is TMailKind {
  return (mailKinds as readonly string[]).includes(kind);
}

/**
 * Builds the two parts of a mail: the HTML from the kind's React Email template (school name,
 * button, facts) and the plain text, which is the catalog's text as written (readable as is, with
 * its links). Pure: the same row always renders the same mail.
 */
export async function renderMail(mail: { kind: string; locale: string; subject: string; text: string; content: TMailContent }): Promise<TRenderedMail> {
  const locale = isLocale(mail.locale) ? mail.locale : "zh";
  const Template = isMailKind(mail.kind) ? mailTemplates[mail.kind] : mailTemplates["order.enrolled"];
  const html = await render(
    Template({ lang: locale === "zh" ? "zh-CN" : "en", subject: mail.subject, text: mail.text, content: mail.content, labels: messagesFor(locale).mailLayout }),
  );
  return { subject: mail.subject, text: mail.text, html };
}
