import "server-only";
import { getDb } from "../db";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatDateTime } from "../i18n/format";
import type { TLocale } from "../i18n/types";
import { sendMail } from "../mail/send-mail";

/**
 * Mails about one coaching session, in each recipient's language, with the date and time in
 * Asia/Shanghai and the online link: "scheduled" goes to the learner and the coach, "cancelled"
 * to the learner.
 */
export async function sendSessionMails(sessionId: string, kind: "scheduled" | "cancelled"): Promise<void> {
  const db = await getDb();
  const session = await db.coachSession.findUniqueOrThrow({
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
  const recipients = kind === "scheduled"
    ? [{ user: learner, url: `${appUrl}/learn` }, { user: coach, url: `${appUrl}/coach/learners/${session.assignment.id}` }]
    : [{ user: learner, url: `${appUrl}/learn` }];
  for (const { user, url } of recipients) {
    const m = messagesFor(user.locale).coaching;
    const values = { ...valuesFor(user.locale), name: user.name, url };
    const subject = kind === "scheduled" ? m.mailSessionSubject : m.mailSessionCancelledSubject;
    const body = kind === "scheduled" ? m.mailSessionBody : m.mailSessionCancelledBody;
    await sendMail({ to: user.email, subject: interpolate(subject, values), text: interpolate(body, values) });
  }
}
