import type { Metadata } from "next";
import Link from "next/link";
import { CoachAssignmentsTable } from "@/components/coaching/coach-assignments-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { readCoachLearners } from "@/lib/coaching/read-coach-learners";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.coaching.coachTitle };
}

export default async function CoachHomePage() {
  const [user, { m, locale }] = await Promise.all([requireRole(["COACH"], "/coach"), getMessages()]);
  const learners = await readCoachLearners(user);
  const c = m.coaching;
  const showCoach = user.role !== "COACH";
  const upcoming = learners
    .flatMap((assignment) => assignment.sessions.map((session) => ({ ...session, assignmentId: assignment.id, learner: assignment.learner.name })))
    .sort((a, b) => a.startsAt.getTime() - b.startsAt.getTime());
  return (
    <>
      <PageHeading title={c.coachTitle}>
        <p>{c.coachIntro}</p>
      </PageHeading>
      <section aria-label={c.coachTitle} className="mb-10">
        {learners.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600">{c.learnersEmpty}</p>
        ) : (
          <CoachAssignmentsTable
            rows={learners}
            caption={c.coachTitle}
            testId="coach-learners"
            rowTestId="coach-learner"
            showCoach={showCoach}
            m={m}
            locale={locale}
            extra={[
              {
                key: "next",
                header: c.nextSession,
                cell: (assignment) => (assignment.sessions[0] ? formatDateTime(assignment.sessions[0].startsAt, locale) : c.noSession),
              },
              {
                key: "open",
                header: <span className="sr-only">{c.open}</span>,
                cell: (assignment) => (
                  <Link
                    className="font-semibold text-brand-700 underline"
                    href={`/coach/learners/${assignment.id}`}
                    aria-label={`${c.open}: ${assignment.learner.name}`}
                  >
                    {c.open}
                  </Link>
                ),
              },
            ]}
          />
        )}
      </section>
      <section aria-labelledby="upcoming-title">
        <h2 id="upcoming-title" className="mb-4 text-xl font-semibold">
          {c.upcomingTitle}
        </h2>
        {upcoming.length === 0 ? (
          <p className="text-slate-600">{c.upcomingEmpty}</p>
        ) : (
          <ul className="space-y-2" data-testid="coach-upcoming">
            {upcoming.map((session) => (
              <li key={session.id} className="rounded-xl border border-slate-200 p-3 text-sm">
                <Link className="font-semibold text-brand-700 underline" href={`/coach/learners/${session.assignmentId}`}>
                  {session.learner}
                </Link>
                <span className="ml-2">
                  {formatDateTime(session.startsAt, locale)} · {interpolate(c.minutes, { minutes: session.durationMinutes })}
                </span>
                {session.topic && <span className="ml-2 text-slate-600">{session.topic}</span>}
              </li>
            ))}
          </ul>
        )}
      </section>
    </>
  );
}
