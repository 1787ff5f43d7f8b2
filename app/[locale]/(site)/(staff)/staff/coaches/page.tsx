import type { Metadata } from "next";
import { assignCoachAction } from "@/lib/coaching/actions";
import { AssignCoachForm } from "@/components/coaching/assign-coach-form";
import { CoachAssignmentsTable, coachingCohortLabel, learnerColumn } from "@/components/coaching/coach-assignments-table";
import { DataTable } from "@/components/ui/data-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { readCoachingCandidates } from "@/lib/coaching/read-coaching-candidates";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDate, formatDateTime } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.coaching.staffTitle };
}

export default async function StaffCoachesPage() {
  const [user, { m, locale }] = await Promise.all([requireRole(["STAFF"], "/staff/coaches"), getMessages()]);
  const { coaches, suggestedCoachId, candidates, assignments } = await readCoachingCandidates(user);
  const c = m.coaching;
  const coachOptions = coaches.map((coach) => ({
    value: coach.id,
    label: `${coach.id === suggestedCoachId ? interpolate(c.suggested, { name: coach.name }) : coach.name} · ${coach.openAssignments}`,
  }));
  return (
    <>
      <PageHeading title={c.staffTitle}>
        <p>{c.staffIntro}</p>
      </PageHeading>
      {coaches.length === 0 && (
        <p role="status" className="mb-6 rounded-lg border border-amber-200 bg-amber-50 p-3 text-amber-900">
          {c.noCoaches}
        </p>
      )}

      <section aria-labelledby="candidates-title" className="mb-10">
        <h2 id="candidates-title" className="mb-4 text-xl font-semibold">
          {c.candidatesTitle}
        </h2>
        {candidates.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600">{c.candidatesEmpty}</p>
        ) : (
          <DataTable
            caption={c.candidatesTitle}
            captionHidden
            rowTestId="coaching-candidate"
            rows={candidates}
            rowKey={(learner) => learner.id}
            columns={[
              learnerColumn<(typeof candidates)[number]>(m, (learner) => learner),
              { key: "cohort", header: c.cohort, cell: (learner) => coachingCohortLabel(learner.enrollment?.cohort, m, locale) },
              {
                key: "progress",
                header: c.progress,
                cell: (learner) => (
                  <>
                    {learner.enrollment?.status === "COMPLETED" ? c.completed : c.courseEnded}
                    {learner.enrollment?.completedAt && <span className="block text-slate-500">{formatDate(learner.enrollment.completedAt, locale)}</span>}
                  </>
                ),
              },
              {
                key: "coach",
                header: c.coach,
                cell: (learner) =>
                  coaches.length > 0 && (
                    <AssignCoachForm
                      action={assignCoachAction}
                      learnerId={learner.id}
                      selectLabel={interpolate(c.coachFor, { name: learner.name })}
                      coaches={coachOptions}
                      defaultCoachId={suggestedCoachId ?? undefined}
                      label={c.assign}
                      pendingLabel={m.auth.working}
                      successMessage={c.assignedDone}
                    />
                  ),
              },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="assignments-title" className="mb-10">
        <h2 id="assignments-title" className="mb-4 text-xl font-semibold">
          {c.assignmentsTitle}
        </h2>
        {assignments.length === 0 ? (
          <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600">{c.assignmentsEmpty}</p>
        ) : (
          <CoachAssignmentsTable
            rows={assignments}
            caption={c.assignmentsTitle}
            testId="coach-assignments"
            rowTestId="coach-assignment"
            m={m}
            locale={locale}
            extra={[
              {
                key: "assignedAt",
                header: c.assignedAt,
                cell: (assignment) => (
                  <>
                    {formatDateTime(assignment.createdAt, locale)}{" "}
                    <span className="block text-slate-500">
                      {c.assignedBy}: {assignment.assignedBy.name}
                    </span>
                  </>
                ),
              },
              {
                key: "reassign",
                header: c.reassign,
                cell: (assignment) =>
                  coaches.length > 1 && (
                    <AssignCoachForm
                      action={assignCoachAction}
                      learnerId={assignment.learner.id}
                      selectLabel={interpolate(c.coachFor, { name: assignment.learner.name })}
                      coaches={coachOptions}
                      defaultCoachId={assignment.coach.id}
                      label={c.reassign}
                      pendingLabel={m.auth.working}
                      successMessage={c.assignedDone}
                    />
                  ),
              },
            ]}
          />
        )}
      </section>

      <section aria-labelledby="loads-title">
        <h2 id="loads-title" className="mb-4 text-xl font-semibold">
          {c.coachesTitle}
        </h2>
        <DataTable
          caption={c.coachesTitle}
          captionHidden
          testId="coach-loads"
          minWidth="24rem"
          rows={coaches}
          rowKey={(coach) => coach.id}
          columns={[
            {
              key: "coach",
              header: c.coach,
              primary: true,
              cell: (coach) => (coach.id === suggestedCoachId ? interpolate(c.suggested, { name: coach.name }) : coach.name),
            },
            { key: "email", header: c.email, cell: (coach) => coach.email },
            { key: "open", header: c.openAssignments, numeric: true, cell: (coach) => coach.openAssignments },
          ]}
        />
      </section>
    </>
  );
}
