import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { addCoachNoteAction, scheduleCoachSessionAction, updateCoachSessionAction } from "@/lib/coaching/actions";
import { NoteForm } from "@/components/coaching/note-form";
import { ScheduleSessionForm } from "@/components/coaching/schedule-session-form";
import { ActionButton } from "@/components/forms/action-button";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import type { TSessionUser } from "@/lib/auth/session";
import { readAssignment } from "@/lib/coaching/read-assignment";
import { localDateOf } from "@/lib/cohorts/generate-sessions";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, schoolTimeZone } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { parseId } from "@/lib/validation/ids";
import { orPageError } from "@/lib/actions/or-page-error";
import { localized } from "@/lib/i18n/localized";

type TProps = { params: Promise<{ assignmentId: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.coaching.title };
}

/** The assignment, or the not-found / forbidden page when the caller may not see it. */
async function loadAssignment(user: TSessionUser, assignmentId: string) {
  return orPageError(readAssignment(user, assignmentId));
}

export default async function CoachLearnerPage({ params }: TProps) {
  const assignmentId = parseId((await params).assignmentId) ?? notFound();
  const [user, { m, locale }] = await Promise.all([requireRole(["COACH"], `/coach/learners/${assignmentId}`), getMessages()]);
  const assignment = await loadAssignment(user, assignmentId);
  const c = m.coaching;
  const cohort = assignment.enrollment?.cohort;
  const open = assignment.endedAt === null;
  return (
    <>
      <p className="mb-4">
        <Link className="text-brand-700 underline" href="/coach">
          ← {c.back}
        </Link>
      </p>
      <PageHeading title={assignment.learner.name}>
        <p>
          {c.email}: {assignment.learner.email}
          {cohort && (
            <>
              {" "}
              · {interpolate(m.catalog.cohortName, { number: cohort.number })} · {localized(locale, cohort.campus, "name")}
            </>
          )}
          {" · "}
          {c.coach}: {assignment.coach.name}
        </p>
      </PageHeading>
      {!open && (
        <p role="status" className="mb-6 rounded-lg border border-amber-200 bg-amber-50 p-3 text-amber-900">
          {c.assignmentEnded}
        </p>
      )}

      <section aria-labelledby="sessions-title" className="mb-10">
        <h2 id="sessions-title" className="mb-4 text-xl font-semibold">
          {c.sessionsTitle}
        </h2>
        {assignment.sessions.length === 0 ? (
          <p className="mb-4 text-slate-600">{c.sessionsEmpty}</p>
        ) : (
          <ul className="mb-6 space-y-3" data-testid="coach-sessions">
            {assignment.sessions.map((session) => (
              <li key={session.id} className="rounded-xl border border-slate-200 p-4" data-testid="coach-session">
                <p className="font-medium">
                  {formatDateTime(session.startsAt, locale, { dateStyle: "full", timeStyle: "short" })} ·{" "}
                  {interpolate(c.minutes, { minutes: session.durationMinutes })} ·{" "}
                  <span data-testid="coach-session-status">{c.sessionStatuses[session.status]}</span>
                </p>
                {session.topic && (
                  <p className="text-sm text-slate-700">
                    {c.topic}: {session.topic}
                  </p>
                )}
                {session.onlineUrl && (
                  <p className="text-sm">
                    {c.link}:{" "}
                    <a className="text-brand-700 underline" href={session.onlineUrl} rel="noopener noreferrer" target="_blank">
                      {session.onlineUrl}
                    </a>
                  </p>
                )}
                {session.status === "SCHEDULED" && (
                  <div className="mt-3 flex flex-wrap gap-3">
                    <ActionButton
                      action={updateCoachSessionAction}
                      hidden={{ sessionId: session.id, assignmentId: assignment.id, status: "DONE" }}
                      label={c.markDone}
                      pendingLabel={m.auth.working}
                      variant="secondary"
                    />
                    <ActionButton
                      action={updateCoachSessionAction}
                      hidden={{ sessionId: session.id, assignmentId: assignment.id, status: "CANCELLED" }}
                      label={c.cancel}
                      pendingLabel={m.auth.working}
                      variant="secondary"
                    />
                  </div>
                )}
              </li>
            ))}
          </ul>
        )}
        {open && (
          <div className="rounded-2xl border border-slate-200 p-5">
            <h3 className="mb-3 text-lg font-semibold">{c.scheduleTitle}</h3>
            <ScheduleSessionForm
              action={scheduleCoachSessionAction}
              assignmentId={assignment.id}
              minDate={localDateOf(new Date(), schoolTimeZone)}
              labels={{
                date: c.dateLabel,
                time: c.timeLabel,
                duration: c.durationLabel,
                link: c.linkLabel,
                topic: c.topicLabel,
                submit: c.schedule,
                pending: m.auth.working,
                success: c.scheduledDone,
              }}
            />
          </div>
        )}
      </section>

      <section aria-labelledby="notes-title">
        <h2 id="notes-title" className="mb-1 text-xl font-semibold">
          {c.notesTitle}
        </h2>
        <p className="mb-4 text-sm text-slate-600">{c.notesHint}</p>
        {open && (
          <div className="mb-6 rounded-2xl border border-slate-200 p-5">
            <NoteForm
              action={addCoachNoteAction}
              assignmentId={assignment.id}
              label={c.noteLabel}
              submitLabel={c.addNote}
              pendingLabel={m.auth.working}
              successMessage={c.noteAdded}
            />
          </div>
        )}
        {assignment.notes.length === 0 ? (
          <p className="text-slate-600">{c.notesEmpty}</p>
        ) : (
          <ul className="space-y-3" data-testid="coach-notes">
            {assignment.notes.map((note) => (
              <li key={note.id} className="rounded-xl border border-slate-200 p-4">
                <p className="whitespace-pre-wrap">{note.body}</p>
                <p className="mt-2 text-xs text-slate-500">
                  {interpolate(c.noteBy, { author: note.author.name, time: formatDateTime(note.createdAt, locale) })}
                </p>
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
