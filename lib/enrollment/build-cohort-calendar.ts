import "server-only";
import { buildIcs } from "../calendar/build-ics";
import { getDb } from "../db";
import { env } from "../env";
import { interpolate, messagesFor } from "../i18n/catalog";
import type { TLocale } from "../i18n/types";

/**
 * The .ics calendar of a cohort's sessions for a learner enrolled in it, or null when the caller
 * has no active enrollment there (so nobody downloads another cohort's links). Event UIDs are
 * stable and SEQUENCE follows reschedules, so a re-import updates events instead of duplicating.
 */
export async function buildCohortCalendar(userId: string, cohortId: string, locale: TLocale, now: Date = new Date()): Promise<string | null> {
  const db = await getDb();
  const enrollment = await db.enrollment.findFirst({
    where: { userId, cohortId, status: "ACTIVE" },
    select: {
      class: { select: { code: true } },
      cohort: {
        select: {
          id: true,
          number: true,
          timeZone: true,
          course: { select: { titleZh: true, titleEn: true } },
          campus: { select: { nameZh: true, nameEn: true } },
          sessions: {
            orderBy: { index: "asc" },
            select: { id: true, index: true, startsAt: true, endsAt: true, topicZh: true, topicEn: true, room: true, onlineUrl: true, sequence: true },
          },
        },
      },
    },
  });
  if (!enrollment) return null;
  const m = messagesFor(locale);
  const { cohort } = enrollment;
  const zh = locale === "zh";
  const cohortName = `${interpolate(m.catalog.cohortName, { number: cohort.number })} ${zh ? cohort.course.titleZh : cohort.course.titleEn}`;
  return buildIcs({
    calendarName: cohortName,
    timeZone: cohort.timeZone,
    now,
    events: cohort.sessions.map((session) => ({
      uid: `session-${session.id}@ai-trainer.school`,
      startsAt: session.startsAt,
      endsAt: session.endsAt,
      summary: `${interpolate(m.catalog.sessionShort, { index: session.index })}：${zh ? session.topicZh : session.topicEn}`,
      description: `${cohortName} · ${interpolate(m.catalog.className, { code: enrollment.class.code })}\n${env().APP_URL}/learn`,
      location: session.onlineUrl ?? session.room ?? (zh ? cohort.campus.nameZh : cohort.campus.nameEn),
      url: session.onlineUrl ?? undefined,
      sequence: session.sequence,
    })),
  });
}
