import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TMyCoach } from "@/lib/coaching/read-my-coach";

/** The dashboard section "my career coach": the coach (name, email) and upcoming one-to-one sessions. */
export function MyCoachCard({ myCoach, m, locale }: { myCoach: TMyCoach; m: TMessages; locale: TLocale }) {
  const c = m.coaching;
  return (
    <section aria-labelledby="my-coach-title" className="mb-10">
      <h2 id="my-coach-title" className="mb-4 text-xl font-semibold">
        {c.myCoachTitle}
      </h2>
      <div className="space-y-4 rounded-2xl border border-brand-100 bg-brand-50 p-5" data-testid="my-coach">
        <p className="text-slate-700">{c.myCoachIntro}</p>
        <p>
          <span className="text-lg font-bold">{myCoach.coach.name}</span>{" "}
          <a className="text-brand-700 underline" href={`mailto:${myCoach.coach.email}`}>
            {myCoach.coach.email}
          </a>
        </p>
        <div>
          <h3 className="mb-2 font-semibold">{c.upcomingSessions}</h3>
          {myCoach.sessions.length === 0 ? (
            <p className="text-sm text-slate-600">{c.noUpcoming}</p>
          ) : (
            <ul className="space-y-2">
              {myCoach.sessions.map((session) => (
                <li key={session.id} className="rounded-xl border border-slate-200 bg-white p-3 text-sm" data-testid="my-coach-session">
                  <p className="font-medium">
                    {formatDateTime(session.startsAt, locale, { dateStyle: "full", timeStyle: "short" })} ·{" "}
                    {interpolate(c.minutes, { minutes: session.durationMinutes })}
                  </p>
                  {session.topic && <p className="text-slate-700">{session.topic}</p>}
                  {session.onlineUrl && (
                    <a className="text-brand-700 underline" href={session.onlineUrl} rel="noopener noreferrer" target="_blank">
                      {c.join}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          )}
        </div>
      </div>
    </section>
  );
}
