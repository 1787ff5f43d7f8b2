import "server-only";
import { recordAudit } from "../audit/record-audit";
import type { TSessionUser } from "../auth/session";
import { getDb } from "../db";
import { lockingTransactionOptions } from "../db/transaction";
import { env } from "../env";
import { AppError } from "../errors";
import { interpolate, messagesFor } from "../i18n/catalog";
import { formatDateTime } from "../i18n/format";
import { deliverQueuedMails } from "../mail/outbox/deliver-queued-mails";
import { enqueueMail } from "../mail/outbox/enqueue-mail";
import { assertStaff } from "../access/staff-access";

export type TSessionChange = { startsAt: Date; endsAt: Date; room: string | null; onlineUrl: string | null };

/**
 * Staff edit one session (time, room, online link). When anything learners rely on changes, the
 * calendar SEQUENCE is bumped (their calendar apps update the event on the next import) and every
 * enrolled learner of the cohort is emailed the new time with the calendar link (the mails are
 * queued in the same transaction as the change). Audited.
 */
export async function rescheduleSession(actor: TSessionUser, sessionId: string, change: TSessionChange): Promise<{ changed: boolean; emailed: number }> {
  assertStaff(actor);
  if (change.endsAt <= change.startsAt) throw new AppError("sessionEndsBeforeStart");
  const db = await getDb();
  const before = await db.cohortSession.findUnique({
    where: { id: sessionId },
    select: {
      id: true,
      index: true,
      cohortId: true,
      startsAt: true,
      endsAt: true,
      room: true,
      onlineUrl: true,
      sequence: true,
      cohort: { select: { number: true, status: true } },
    },
  });
  if (!before) throw new AppError("notFound");
  if (before.cohort.status === "CANCELLED" || before.cohort.status === "FINISHED") throw new AppError("enrollmentClosed");
  const changed =
    before.startsAt.getTime() !== change.startsAt.getTime() ||
    before.endsAt.getTime() !== change.endsAt.getTime() ||
    before.room !== change.room ||
    before.onlineUrl !== change.onlineUrl;
  if (!changed) return { changed: false, emailed: 0 };
  const mailIds = await db.$transaction(async (tx) => {
    const updated = await tx.cohortSession.update({ where: { id: sessionId }, data: { ...change, sequence: { increment: 1 } }, select: { sequence: true } });
    const { cohort: _cohort, ...beforeFields } = before;
    await recordAudit(tx, {
      actorId: actor.id,
      action: "session.reschedule",
      entityType: "CohortSession",
      entityId: sessionId,
      before: beforeFields,
      after: { ...change, sequence: before.sequence + 1 },
    });
    const learners = await tx.enrollment.findMany({
      where: { cohortId: before.cohortId, status: "ACTIVE" },
      select: { user: { select: { email: true, name: true, locale: true } } },
    });
    const ids: string[] = [];
    for (const { user } of learners) {
      const m = messagesFor(user.locale);
      const values = {
        name: user.name,
        number: before.cohort.number,
        index: before.index,
        before: formatDateTime(before.startsAt, user.locale),
        after: formatDateTime(change.startsAt, user.locale),
        place: change.room ?? change.onlineUrl ?? "",
        calendarUrl: `${env().APP_URL}/api/calendar/${before.cohortId}`,
      };
      const f = m.mailLayout.facts;
      ids.push(
        await enqueueMail(tx, {
          kind: "cohort.sessionRescheduled",
          to: user.email,
          locale: user.locale,
          subject: interpolate(m.staffCohorts.rescheduleMailSubject, values),
          text: interpolate(m.staffCohorts.rescheduleMailBody, values),
          content: {
            action: { label: m.mailLayout.actions["cohort.sessionRescheduled"], url: values.calendarUrl },
            facts: [
              { label: f.before, value: values.before },
              { label: f.after, value: values.after },
              { label: f.place, value: values.place },
            ].filter((fact) => fact.value),
          },
          dedupeKey: `cohort.sessionRescheduled:${sessionId}:${updated.sequence}:${user.email}`,
        }),
      );
    }
    return ids;
  }, lockingTransactionOptions);
  await deliverQueuedMails(mailIds);
  return { changed: true, emailed: mailIds.length };
}
