import type { Metadata } from "next";
import Link from "next/link";
import { completeCohortAction } from "@/lib/rosters/actions";
import { ActionButton } from "@/components/forms/action-button";
import { orPageError } from "@/lib/actions/or-page-error";
import { RosterFilters } from "@/components/rosters/roster-filters";
import { RosterTable } from "@/components/rosters/roster-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { getDb } from "@/lib/db";
import { formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import { readRoster } from "@/lib/rosters/read-roster";
import { parseId } from "@/lib/validation/ids";
import { searchText } from "@/lib/validation/safe-text";
import { notFound } from "next/navigation";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.rosters.title };
}

/** Cohorts a learner of this one may be moved to: published, not finished or cancelled. */
async function transferTargets(cohortId: string, m: TMessages, locale: TLocale) {
  const db = await getDb();
  const cohorts = await db.cohort.findMany({
    where: { id: { not: cohortId }, status: { in: ["OPEN", "FULL", "RUNNING"] } },
    orderBy: { number: "asc" },
    select: {
      id: true,
      number: true,
      status: true,
      capacity: true,
      listPriceFen: true,
      campus: { select: { nameZh: true, nameEn: true } },
      _count: { select: { enrollments: { where: { status: "ACTIVE" } } } },
    },
  });
  // A full cohort is listed (so staff see it) but cannot be picked.
  return cohorts.map((c) => ({
    value: c.id,
    full: c.status === "FULL" || c._count.enrollments >= c.capacity,
    label: `${interpolate(m.catalog.cohortName, { number: c.number })} ${locale === "zh" ? c.campus.nameZh : c.campus.nameEn} · ${formatMoney(c.listPriceFen, locale)}${c.status === "FULL" || c._count.enrollments >= c.capacity ? ` · ${m.rosters.full}` : ""}`,
  }));
}

type TProps = { params: Promise<{ cohortId: string }>; searchParams: Promise<{ classId?: string; q?: string }> };

/** Staff: a cohort's roster with payments, filters, search, CSV export, moving and completing learners. */
export default async function StaffRosterPage({ params, searchParams }: TProps) {
  const [{ cohortId: rawCohortId }, query] = await Promise.all([params, searchParams]);
  const cohortId = parseId(rawCohortId) ?? notFound();
  const basePath = `/staff/cohorts/${encodeURIComponent(cohortId)}/roster`;
  const [user, { m, locale }] = await Promise.all([requireRole(["STAFF"], basePath), getMessages()]);
  const roster = await orPageError(readRoster(user, cohortId, { classId: parseId(query.classId) ?? undefined, query: searchText(query.q) }));
  const r = m.rosters;
  const cohortName = interpolate(m.catalog.cohortName, { number: roster.cohort.number });
  const csvHref = `/api/staff/cohorts/${encodeURIComponent(cohortId)}/roster.csv${roster.classId ? `?classId=${encodeURIComponent(roster.classId)}` : ""}`;
  const hasActive = roster.classes.some((c) => c.size > 0);
  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="text-brand-700 underline" href={`/staff/cohorts/${encodeURIComponent(cohortId)}`}>
          ← {r.backToCohort}
        </Link>
        {" · "}
        <Link className="text-brand-700 underline" href={`/staff/cohorts/${encodeURIComponent(cohortId)}/attendance`}>
          {r.attendanceLink}
        </Link>
      </p>
      <PageHeading title={interpolate(r.rosterTitle, { cohort: cohortName })}>
        <p>{`${localized(locale, roster.cohort, "courseTitle")} · ${localized(locale, roster.cohort, "campus")}`}</p>
        <ul className="mt-1 text-sm" data-testid="roster-classes">
          {roster.classes.map((c) => (
            <li key={c.id}>
              {interpolate(r.classSummary, { code: c.code, size: c.size, capacity: c.capacity, instructor: c.instructorName ?? r.noInstructor })}
            </li>
          ))}
        </ul>
      </PageHeading>
      <RosterFilters roster={roster} m={m} basePath={basePath} csvHref={csvHref} />
      <p className="mb-2 text-sm text-slate-600" role="status">
        {interpolate(r.count, { count: roster.rows.length })}
      </p>
      <RosterTable roster={roster} m={m} locale={locale} manage transferTargets={await transferTargets(cohortId, m, locale)} />
      {hasActive && (
        <section className="mt-8 max-w-md space-y-2 rounded-2xl border border-slate-200 p-4">
          <p className="text-sm text-slate-600">{r.completeAllHint}</p>
          <ActionButton
            action={completeCohortAction}
            hidden={{ cohortId: roster.cohort.id }}
            label={r.completeAll}
            pendingLabel={r.working}
            successMessage={r.completed}
            persistSuccess
            variant="secondary"
          />
        </section>
      )}
    </>
  );
}
