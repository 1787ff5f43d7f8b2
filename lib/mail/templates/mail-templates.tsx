import type { ReactElement } from "react";
import type { TMessages } from "../../i18n/types";
import type { TMailContent, TMailKind } from "../mail-kinds";
import { MailLayout } from "./mail-layout";
import { TextParagraphs } from "./text-paragraphs";

export type TTemplateProps = { lang: string; subject: string; text: string; content: TMailContent; labels: TMessages["mailLayout"] };

/** First line of the body that says something (not the greeting), for the inbox preview. */
function previewOf(text: string): string {
  const lines = text
    .split("\n")
    .map((line) => line.trim())
    .filter(Boolean);
  return (lines[1] ?? lines[0] ?? "").slice(0, 120);
}

/** Mails about the account (one-time links, sign-up notices): short, the button is the point. */
function AccountMail(props: TTemplateProps): ReactElement {
  return (
    <MailLayout lang={props.lang} subject={props.subject} preview={previewOf(props.text)} labels={props.labels} content={props.content}>
      <TextParagraphs text={props.text} actionUrl={props.content.action?.url} />
    </MailLayout>
  );
}

/** Mails reporting a change (payment, refund, group, schedule, review …): the text, then the facts and the button. */
function NoticeMail(props: TTemplateProps): ReactElement {
  return (
    <MailLayout lang={props.lang} subject={props.subject} preview={previewOf(props.text)} labels={props.labels} content={props.content}>
      <TextParagraphs text={props.text} actionUrl={props.content.action?.url} />
    </MailLayout>
  );
}

/** Staff mails (disputes): the same frame; the text names the learner and what to do. */
function StaffMail(props: TTemplateProps): ReactElement {
  return NoticeMail(props);
}

/** The HTML template of each mail kind (the type checker makes sure none is missing). */
export const mailTemplates: Record<TMailKind, (props: TTemplateProps) => ReactElement> = {
  "account.magicLink": AccountMail,
  "account.passwordReset": AccountMail,
  "account.welcome": AccountMail,
  "account.signUpAttempt": AccountMail,
  "account.noAccount": AccountMail,
  "order.enrolled": NoticeMail,
  "order.refundedNoSeat": NoticeMail,
  "waitlist.offer": NoticeMail,
  "group.filled": NoticeMail,
  "group.failed": NoticeMail,
  "group.dropped": NoticeMail,
  "refund.approved": NoticeMail,
  "refund.rejected": NoticeMail,
  "refund.paidOut": NoticeMail,
  "dispute.opened": StaffMail,
  "dispute.closed": StaffMail,
  "review.done": NoticeMail,
  "coaching.assignedLearner": NoticeMail,
  "coaching.assignedCoach": NoticeMail,
  "coaching.sessionScheduled": NoticeMail,
  "coaching.sessionCancelled": NoticeMail,
  "cohort.sessionRescheduled": NoticeMail,
  "cohort.cancelled": NoticeMail,
  "transfer.payDifference": NoticeMail,
};
