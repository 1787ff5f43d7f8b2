import Link from "next/link";
import { SessionTable } from "@/components/catalog/session-table";
import { ProgressBar } from "@/components/lessons/progress-bar";
import type { TLearnerDashboard } from "@/lib/enrollment/read-learner-dashboard";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { localized } from "@/lib/i18n/localized";

type TEnrollment = TLearnerDashboard["enrollments"][number];

/** One cohort on the learner's dashboard: class, next session (when, where, link), schedule, calendar file. */
export function EnrollmentCard({
  enrollment,
  progress,
  m,
  locale,
}: {
  enrollment: TEnrollment;
  progress: { completed: number; total: number } | null;
  m: TMessages;
  locale: TLocale;
}) {
  const { cohort, nextSession } = enrollment;
  const title = `${interpolate(m.catalog.cohortName, { number: cohort.number })} · ${localized(locale, cohort.campus, "name")}`;
  return (
    <article aria-labelledby={`enrollment-${enrollment.id}`} className="space-y-4 rounded-2xl border border-slate-200 p-5">
      <header className="flex flex-wrap items-baseline justify-between gap-2">
        <h3 id={`enrollment-${enrollment.id}`} className="text-lg font-bold">
          {title}
        </h3>
        <p className="text-sm text-slate-600">
          {m.dashboard.className}: <strong>{interpolate(m.catalog.className, { code: enrollment.class.code })}</strong>
        </p>
      </header>
      <p className="text-sm text-slate-600">{localized(locale, cohort.course, "title")}</p>
      <section aria-label={m.dashboard.nextSession} className="rounded-xl bg-brand-50 p-4">
        <h4 className="text-sm font-semibold text-brand-900">{m.dashboard.nextSession}</h4>
        {nextSession ? (
          <div className="mt-1 text-slate-800" data-testid="next-session">
            <p className="font-semibold">
              {interpolate(m.catalog.sessionShort, { index: nextSession.index })} · {localized(locale, nextSession, "topic")}
            </p>
            <p>{formatDateTime(nextSession.startsAt, locale, { dateStyle: "full", timeStyle: "short" }, cohort.timeZone)}</p>
            {nextSession.onlineUrl ? (
              <p>
                <a className="text-brand-700 underline" href={nextSession.onlineUrl}>
                  {m.dashboard.online}
                </a>
              </p>
            ) : (
              <p className="text-sm text-slate-600">{nextSession.room}</p>
            )}
          </div>
        ) : (
          <p className="mt-1 text-slate-700">{m.dashboard.noNextSession}</p>
        )}
      </section>
      <a className="inline-block font-semibold text-brand-700 underline" href={`/api/calendar/${cohort.id}`} download>
        {m.dashboard.calendar}
      </a>
      <details>
        <summary className="cursor-pointer font-medium">{m.dashboard.fullSchedule}</summary>
        <div className="mt-3">
          <SessionTable
            sessions={cohort.sessions.map(({ onlineUrl, ...session }) => ({ ...session, online: Boolean(onlineUrl) }))}
            m={m}
            locale={locale}
            timeZone={cohort.timeZone}
            highlightIndex={nextSession?.index}
          />
        </div>
      </details>
      {progress && (
        <div className="flex flex-wrap items-end gap-4">
          <div className="min-w-60 flex-1">
            <ProgressBar
              done={progress.completed}
              total={progress.total}
              label={m.lessons.courseProgress}
              detail={interpolate(m.lessons.moduleProgress, { done: progress.completed, total: progress.total })}
            />
          </div>
          <Link className="font-semibold text-brand-700 underline" href={`/learn/courses/${cohort.course.slug}`}>
            {m.lessons.openCourse}
          </Link>
          <Link className="font-semibold text-brand-700 underline" href={`/learn/courses/${cohort.course.slug}/practice`}>
            {m.labeling.practice}
          </Link>
        </div>
      )}
    </article>
  );
}
