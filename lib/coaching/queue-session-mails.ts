import "server-only";
import type { TTransaction } from "../db/transaction";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatDateTime } from "../i18n/format";
import type { TLocale } from "../i18n/types";
import { enqueueMail } from "../mail/outbox/enqueue-mail";

/**
 * Queues, in the caller's transaction, the mails about one coaching session, in each recipient's
 * language, with the date and time in Asia/Shanghai and the online link: "scheduled" goes to the
 * learner and the coach, "cancelled" to the learner. Once per session, kind and recipient.
 */
export async function queueSessionMails(tx: TTransaction, sessionId: string, kind: "scheduled" | "cancelled"): Promise<string[]> {
  const session = await tx.coachSession.findUniqueOrThrow({
    where: { id: sessionId },
    select: {
      startsAt: true,
      durationMinutes: true,
      onlineUrl: true,
      topic: true,
      assignment: {
        select: {
          id: true,
          learner: { select: { name: true, email: true, locale: true } },
          coach: { select: { name: true, email: true, locale: true } },
        },
      },
    },
  });
  const { learner, coach } = session.assignment;
  const appUrl = env().APP_URL;
  const valuesFor = (locale: TLocale) => {
    const m = messagesFor(locale).coaching;
    return {
      learner: learner.name,
      coach: coach.name,
      time: formatDateTime(session.startsAt, locale, { dateStyle: "full", timeStyle: "short" }),
      minutes: session.durationMinutes,
      link: session.onlineUrl ?? m.mailNoLink,
      topic: session.topic ?? "—",
    };
  };
  const recipients =
    kind === "scheduled"
      ? [
          { user: learner, url: `${appUrl}/learn` },
          { user: coach, url: `${appUrl}/coach/learners/${session.assignment.id}` },
        ]
      : [{ user: learner, url: `${appUrl}/learn` }];
  const ids: string[] = [];
  for (const { user, url } of recipients) {
    const m = messagesFor(user.locale).coaching;
    const values = { ...valuesFor(user.locale), name: user.name, url };
    const subject = kind === "scheduled" ? m.mailSessionSubject : m.mailSessionCancelledSubject;
    const body = kind === "scheduled" ? m.mailSessionBody : m.mailSessionCancelledBody;
    const mailKind = kind === "scheduled" ? "coaching.sessionScheduled" : "coaching.sessionCancelled";
    const layout = messagesFor(user.locale).mailLayout;
    ids.push(
      await enqueueMail(tx, {
        kind: mailKind,
        to: user.email,
        locale: user.locale,
        subject: interpolate(subject, values),
        text: interpolate(body, values),
        content: { action: { label: layout.actions[mailKind], url }, facts: [{ label: layout.facts.time, value: values.time }] },
        dedupeKey: `${mailKind}:${sessionId}:${user.email}`,
      }),
    );
  }
  return ids;
}
