import { markAttendanceAction } from "@/lib/rosters/actions";
import { buttonClass } from "@/components/ui/button-styles";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TSessionAttendance } from "@/lib/rosters/read-session-attendance";
import { AttendanceForm } from "./attendance-form";
import { localized } from "@/lib/i18n/localized";

/** Session chooser (a GET form: ?session=) and the chosen session's attendance form. */
export function AttendanceSheet({
  sheet,
  m,
  locale,
  basePath,
  hidden = {},
}: {
  sheet: TSessionAttendance;
  m: TMessages;
  locale: TLocale;
  basePath: string;
  hidden?: Record<string, string>;
}) {
  const r = m.rosters;
  const sessionLabel = (s: TSessionAttendance["session"]) =>
    `${interpolate(r.sessionOption, { index: s.index, date: formatDateTime(s.startsAt, locale, { dateStyle: "medium" }), topic: localized(locale, s, "topic") })}${s.started ? "" : ` (${r.sessionNotStarted})`}`;
  return (
    <div className="space-y-4">
      <form method="get" action={basePath} className="flex flex-wrap items-end gap-2">
        {Object.entries(hidden).map(([name, value]) => (
          <input key={name} type="hidden" name={name} value={value} />
        ))}
        <div className="space-y-1">
          <label htmlFor="attendance-session" className="block text-sm font-medium text-slate-800">
            {r.chooseSession}
          </label>
          <select
            id="attendance-session"
            name="session"
            defaultValue={sheet.session.id}
            className="block max-w-full rounded-lg border border-slate-300 bg-white px-3 py-2 text-base"
          >
            {sheet.sessions.map((s) => (
              <option key={s.id} value={s.id}>
                {sessionLabel(s)}
              </option>
            ))}
          </select>
        </div>
        <button type="submit" className={buttonClass("secondary")}>
          {r.show}
        </button>
      </form>
      <h2 className="text-lg font-semibold" data-testid="attendance-session-title">
        {sessionLabel(sheet.session)}
      </h2>
      {sheet.rows.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{r.empty}</p>
      ) : (
        <AttendanceForm
          key={sheet.session.id}
          action={markAttendanceAction}
          sessionId={sheet.session.id}
          started={sheet.session.started}
          rows={sheet.rows.map((row) => ({
            enrollmentId: row.enrollmentId,
            name: row.name,
            legend: interpolate(r.markFor, { name: row.name }),
            detail: `${interpolate(r.className, { code: row.classCode })} · ${row.email}`,
            mark: row.mark,
            savedAt: row.markedAt ? formatDateTime(row.markedAt, locale) : null,
          }))}
          labels={{ marks: r.marks, unmarked: r.unmarked, save: r.saveAttendance, working: r.working, saved: r.attendanceSaved, futureHint: r.futureHint }}
        />
      )}
    </div>
  );
}
