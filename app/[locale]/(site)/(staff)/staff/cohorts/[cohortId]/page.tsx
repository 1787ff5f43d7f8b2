import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cancelCohortAction, rescheduleSessionAction, updateCohortAction } from "@/lib/cohorts/actions";
import { ActionButton } from "@/components/forms/action-button";
import { ActionForm } from "@/components/forms/action-form";
import { CohortForm } from "@/components/staff/cohort-form";
import { buttonClass } from "@/components/ui/button-styles";
import { FormAlert } from "@/components/ui/form-alert";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { toShanghaiInput } from "@/lib/cohorts/cohort-form";
import { readStaffCohort } from "@/lib/cohorts/read-staff-cohorts";
import { getDb } from "@/lib/db";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { readCancelImpact } from "@/lib/cohorts/read-cancel-impact";
import { getMessages } from "@/lib/i18n/server";
import { parseId } from "@/lib/validation/ids";
import { orPageError } from "@/lib/actions/or-page-error";
import { localized } from "@/lib/i18n/localized";

type TProps = { params: Promise<{ cohortId: string }>; searchParams: Promise<{ created?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.staffCohorts.title };
}

export default async function StaffCohortPage({ params, searchParams }: TProps) {
  const [{ cohortId: rawCohortId }, { created }] = await Promise.all([params, searchParams]);
  const cohortId = parseId(rawCohortId) ?? notFound();
  const [user, { m, locale }] = await Promise.all([requireRole(["STAFF"], `/staff/cohorts/${cohortId}`), getMessages()]);
  const cohort = await orPageError(readStaffCohort(user, cohortId));
  const db = await getDb();
  const campuses = await db.campus.findMany({ orderBy: { sortOrder: "asc" }, select: { id: true, nameZh: true, nameEn: true } });
  const s = m.staffCohorts;
  const editable = cohort.status !== "CANCELLED" && cohort.status !== "FINISHED";
  const impact = editable ? await readCancelImpact(cohort.id) : { learners: 0, refundFen: 0 };
  return (
    <div className="mx-auto max-w-4xl space-y-10">
      <PageHeading title={interpolate(s.editTitle, { number: cohort.number, campus: localized(locale, cohort.campus, "name") })}>
        <p>
          {s.statuses[cohort.status]} · {s.start} {cohort.startDate}
        </p>
      </PageHeading>
      {created && <FormAlert kind="success" message={interpolate(s.created, { number: cohort.number })} />}
      <nav aria-label={s.title} className="flex flex-wrap gap-3">
        <Link href="/staff/cohorts" className={buttonClass("secondary")}>
          {s.title}
        </Link>
        <Link href={`/staff/cohorts/${cohort.id}/roster`} className={buttonClass("secondary")}>
          {s.roster}
        </Link>
        <Link href={`/staff/cohorts/${cohort.id}/attendance`} className={buttonClass("secondary")}>
          {s.attendance}
        </Link>
      </nav>

      <section aria-labelledby="classes-title">
        <h2 id="classes-title" className="mb-2 text-xl font-semibold">
          {s.classesTitle}
        </h2>
        <ul className="flex flex-wrap gap-3">
          {cohort.classes.map((c) => (
            <li key={c.id} className="rounded-lg bg-slate-100 px-3 py-1 text-sm">
              {interpolate(s.classLine, { code: c.code, enrolled: c._count.enrollments, capacity: c.capacity })}
            </li>
          ))}
        </ul>
      </section>

      {editable && (
        <section aria-labelledby="settings-title" className="max-w-2xl">
          <h2 id="settings-title" className="mb-4 text-xl font-semibold">
            {s.settings}
          </h2>
          <CohortForm
            action={updateCohortAction}
            hidden={{ cohortId: cohort.id }}
            values={{ ...cohort, classes: cohort.classes.map((c) => ({ code: c.code, capacity: c.capacity })) }}
            campuses={campuses.map((c) => ({ id: c.id, name: localized(locale, c, "name") }))}
            m={m}
            submitLabel={s.save}
            successMessage={s.saved}
            startDateEditable={false}
          />
        </section>
      )}

      <section aria-labelledby="sessions-title">
        <h2 id="sessions-title" className="mb-1 text-xl font-semibold">
          {s.sessions}
        </h2>
        <p className="mb-4 text-sm text-slate-600">{s.sessionsHint}</p>
        <ol className="grid gap-4 md:grid-cols-2">
          {cohort.sessions.map((session) => (
            <li key={session.id} className="rounded-2xl border border-slate-200 p-4" data-testid="staff-session">
              <h3 className="font-semibold">
                {interpolate(s.sessionIndex, { index: session.index })} · {localized(locale, session, "topic")}
              </h3>
              <p className="mb-3 text-sm text-slate-600">{formatDateTime(session.startsAt, locale)}</p>
              {editable && (
                <ActionForm
                  action={rescheduleSessionAction}
                  hidden={{ sessionId: session.id }}
                  submitLabel={s.saveSession}
                  pendingLabel={m.auth.working}
                  successMessage={s.saved}
                  fields={[
                    { name: "startsAt", label: s.startsAt, type: "datetime-local", defaultValue: toShanghaiInput(session.startsAt) },
                    { name: "endsAt", label: s.endsAt, type: "datetime-local", defaultValue: toShanghaiInput(session.endsAt) },
                    { name: "room", label: s.room, optional: true, defaultValue: session.room ?? "" },
                    { name: "onlineUrl", label: s.onlineUrl, optional: true, defaultValue: session.onlineUrl ?? "" },
                  ]}
                />
              )}
            </li>
          ))}
        </ol>
      </section>

      {editable && (
        <section aria-labelledby="cancel-title" className="rounded-2xl border border-red-200 bg-red-50 p-5">
          <h2 id="cancel-title" className="text-xl font-semibold text-red-900">
            {s.cancelTitle}
          </h2>
          <p className="my-3 text-sm text-red-900">{s.cancelHint}</p>
          <details>
            <summary className="cursor-pointer font-semibold text-red-900">{s.cancelTitle}</summary>
            <div className="mt-3 max-w-sm">
              {/* Cancelling refunds every paid seat: staff confirm with the count and the total in front of them. */}
              <ActionButton
                action={cancelCohortAction}
                hidden={{ cohortId: cohort.id }}
                label={interpolate(s.cancelConfirm, { number: cohort.number })}
                pendingLabel={m.auth.working}
                variant="secondary"
                confirmMessage={interpolate(s.cancelConfirmDialog, {
                  number: cohort.number,
                  count: impact.learners,
                  amount: formatMoney(impact.refundFen, locale),
                })}
                successMessage={interpolate(s.cancelDone, { number: cohort.number })}
                persistSuccess
              />
            </div>
          </details>
        </section>
      )}
    </div>
  );
}
