import type { Metadata } from "next";
import { assignCoachAction } from "@/lib/coaching/actions";
import { AssignCoachForm } from "@/components/coaching/assign-coach-form";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { readCoachingCandidates } from "@/lib/coaching/read-coaching-candidates";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.coaching.staffTitle };
}

export default async function StaffCoachesPage() {
  const [user, { m, locale }] = await Promise.all([requireRole(["STAFF"], "/staff/coaches"), getMessages()]);
  const { coaches, suggestedCoachId, candidates, assignments } = await readCoachingCandidates(user);
  const c = m.coaching;
  const cohortLabel = (cohort: { number: number; campus: { nameZh: string; nameEn: string } } | undefined) =>
    cohort ? `${interpolate(m.catalog.cohortName, { number: cohort.number })} · ${localized(locale, cohort.campus, "name")}` : "—";
  const coachOptions = coaches.map((coach) => ({
    value: coach.id,
    label: `${coach.id === suggestedCoachId ? interpolate(c.suggested, { name: coach.name }) : coach.name} · ${coach.openAssignments}`,
  }));
  return (
    <>
      <PageHeading title={c.staffTitle}><p>{c.staffIntro}</p></PageHeading>
      {coaches.length === 0 && <p role="status" className="mb-6 rounded-lg border border-amber-200 bg-amber-50 p-3 text-amber-900">{c.noCoaches}</p>}

      <section aria-labelledby="candidates-title" className="mb-10">
        <h2 id="candidates-title" className="mb-4 text-xl font-semibold">{c.candidatesTitle}</h2>
        {candidates.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600">{c.candidatesEmpty}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[40rem] text-left text-sm">
              <caption className="sr-only">{c.candidatesTitle}</caption>
              <thead className="text-slate-500">
                <tr><th scope="col" className="py-2">{c.learner}</th><th scope="col">{c.cohort}</th><th scope="col">{c.progress}</th><th scope="col">{c.coach}</th></tr>
              </thead>
              <tbody>
                {candidates.map((learner) => (
                  <tr key={learner.id} className="border-t border-slate-100 align-top" data-testid="coaching-candidate">
                    <th scope="row" className="py-2 pr-3 font-medium">{learner.name} <span className="block font-normal text-slate-500">{learner.email}</span></th>
                    <td className="py-2 pr-3">{cohortLabel(learner.enrollment?.cohort)}</td>
                    <td className="py-2 pr-3">
                      {learner.enrollment?.status === "COMPLETED" ? c.completed : c.courseEnded}
                      {learner.enrollment?.completedAt && <span className="block text-slate-500">{formatDate(learner.enrollment.completedAt, locale)}</span>}
                    </td>
                    <td className="py-2">
                      {coaches.length > 0 && (
                        <AssignCoachForm action={assignCoachAction} learnerId={learner.id} selectLabel={interpolate(c.coachFor, { name: learner.name })} coaches={coachOptions} defaultCoachId={suggestedCoachId ?? undefined} label={c.assign} pendingLabel={m.auth.working} successMessage={c.assignedDone} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="assignments-title" className="mb-10">
        <h2 id="assignments-title" className="mb-4 text-xl font-semibold">{c.assignmentsTitle}</h2>
        {assignments.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600">{c.assignmentsEmpty}</p>
        ) : (
          <div className="overflow-x-auto">
            <table className="w-full min-w-[44rem] text-left text-sm" data-testid="coach-assignments">
              <caption className="sr-only">{c.assignmentsTitle}</caption>
              <thead className="text-slate-500">
                <tr><th scope="col" className="py-2">{c.learner}</th><th scope="col">{c.cohort}</th><th scope="col">{c.coach}</th><th scope="col">{c.assignedAt}</th><th scope="col">{c.reassign}</th></tr>
              </thead>
              <tbody>
                {assignments.map((assignment) => (
                  <tr key={assignment.id} className="border-t border-slate-100 align-top" data-testid="coach-assignment">
                    <th scope="row" className="py-2 pr-3 font-medium">{assignment.learner.name} <span className="block font-normal text-slate-500">{assignment.learner.email}</span></th>
                    <td className="py-2 pr-3">{cohortLabel(assignment.enrollment?.cohort)}</td>
                    <td className="py-2 pr-3">{assignment.coach.name}</td>
                    <td className="py-2 pr-3">{formatDateTime(assignment.createdAt, locale)} <span className="block text-slate-500">{c.assignedBy}: {assignment.assignedBy.name}</span></td>
                    <td className="py-2">
                      {coaches.length > 1 && (
                        <AssignCoachForm action={assignCoachAction} learnerId={assignment.learner.id} selectLabel={interpolate(c.coachFor, { name: assignment.learner.name })} coaches={coachOptions} defaultCoachId={assignment.coach.id} label={c.reassign} pendingLabel={m.auth.working} successMessage={c.assignedDone} />
                      )}
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
        )}
      </section>

      <section aria-labelledby="loads-title">
        <h2 id="loads-title" className="mb-4 text-xl font-semibold">{c.coachesTitle}</h2>
        <div className="overflow-x-auto">
          <table className="w-full min-w-[24rem] text-left text-sm" data-testid="coach-loads">
            <caption className="sr-only">{c.coachesTitle}</caption>
            <thead className="text-slate-500">
              <tr><th scope="col" className="py-2">{c.coach}</th><th scope="col">{c.email}</th><th scope="col">{c.openAssignments}</th></tr>
            </thead>
            <tbody>
              {coaches.map((coach) => (
                <tr key={coach.id} className="border-t border-slate-100">
                  <th scope="row" className="py-2 pr-3 font-medium">{coach.id === suggestedCoachId ? interpolate(c.suggested, { name: coach.name }) : coach.name}</th>
                  <td className="py-2 pr-3">{coach.email}</td>
                  <td className="py-2">{coach.openAssignments}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>
    </>
  );
}
