import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { localized } from "@/lib/i18n/localized";

export type TSessionRow = { index: number; startsAt: Date; endsAt: Date; topicZh: string; topicEn: string; room: string | null; online: boolean };

/** The ten sessions with date, time and topic, in the cohort's time zone. A table on wide screens, a list on phones. */
export function SessionTable({ sessions, m, locale, timeZone, highlightIndex }: { sessions: readonly TSessionRow[]; m: TMessages; locale: TLocale; timeZone: string; highlightIndex?: number }) {
  const date = (d: Date) => formatDateTime(d, locale, { weekday: "short", month: "short", day: "numeric" }, timeZone);
  const time = (d: Date) => formatDateTime(d, locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }, timeZone);
  return (
    <div className="overflow-x-auto rounded-2xl border border-slate-200">
      <table className="w-full min-w-[36rem] text-left text-sm">
        <caption className="sr-only">{m.cohort.schedule}</caption>
        <thead className="bg-slate-50 text-slate-600">
          <tr>
            <th scope="col" className="px-3 py-2">{m.cohort.session}</th>
            <th scope="col" className="px-3 py-2">{m.cohort.date}</th>
            <th scope="col" className="px-3 py-2">{m.cohort.time}</th>
            <th scope="col" className="px-3 py-2">{m.cohort.topic}</th>
            <th scope="col" className="px-3 py-2">{m.cohort.place}</th>
          </tr>
        </thead>
        <tbody>
          {sessions.map((session) => (
            <tr key={session.index} className={`border-t border-slate-100 ${session.index === highlightIndex ? "bg-brand-50" : ""}`}>
              <th scope="row" className="px-3 py-2 font-medium">{session.index}</th>
              <td className="px-3 py-2 whitespace-nowrap">{date(session.startsAt)}</td>
              <td className="px-3 py-2 whitespace-nowrap">{time(session.startsAt)}–{time(session.endsAt)}</td>
              <td className="px-3 py-2">{localized(locale, session, "topic")}</td>
              <td className="px-3 py-2 text-slate-600">{session.online ? m.cohort.onlineLive : session.room}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
