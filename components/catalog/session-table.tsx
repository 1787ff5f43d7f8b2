import { DataTable } from "@/components/ui/data-table";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";

export type TSessionRow = { index: number; startsAt: Date; endsAt: Date; topicZh: string; topicEn: string; room: string | null; online: boolean };

/** The ten sessions with date, time and topic, in the cohort's time zone: a table on wide screens, cards on phones. */
export function SessionTable({
  sessions,
  m,
  locale,
  timeZone,
  highlightIndex,
}: {
  sessions: readonly TSessionRow[];
  m: TMessages;
  locale: TLocale;
  timeZone: string;
  highlightIndex?: number;
}) {
  const date = (d: Date) => formatDateTime(d, locale, { weekday: "short", month: "short", day: "numeric" }, timeZone);
  const time = (d: Date) => formatDateTime(d, locale, { hour: "2-digit", minute: "2-digit", hourCycle: "h23" }, timeZone);
  return (
    <DataTable
      caption={m.cohort.schedule}
      captionHidden
      minWidth="32rem"
      rows={sessions}
      rowKey={(session) => String(session.index)}
      columns={[
        {
          key: "index",
          header: m.cohort.session,
          primary: true,
          cell: (session) => (session.index === highlightIndex ? <span className="font-bold text-brand-700">{session.index}</span> : session.index),
        },
        { key: "date", header: m.cohort.date, className: "whitespace-nowrap", cell: (session) => date(session.startsAt) },
        { key: "time", header: m.cohort.time, className: "whitespace-nowrap", cell: (session) => `${time(session.startsAt)}–${time(session.endsAt)}` },
        { key: "topic", header: m.cohort.topic, cell: (session) => (locale === "zh" ? session.topicZh : session.topicEn) },
        { key: "place", header: m.cohort.place, className: "text-slate-600", cell: (session) => (session.online ? m.cohort.onlineLive : session.room) },
      ]}
    />
  );
}
