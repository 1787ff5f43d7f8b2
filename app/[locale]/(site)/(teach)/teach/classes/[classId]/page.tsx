import type { Metadata } from "next";
import Link from "next/link";
import { AttendanceSheet } from "@/components/rosters/attendance-sheet";
import { orPageError } from "@/lib/actions/or-page-error";
import { RosterFilters } from "@/components/rosters/roster-filters";
import { RosterTable } from "@/components/rosters/roster-table";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { readClassCohort } from "@/lib/rosters/read-class-cohort";
import { readRoster } from "@/lib/rosters/read-roster";
import { readSessionAttendance } from "@/lib/rosters/read-session-attendance";
import { parseId } from "@/lib/validation/ids";
import { searchText } from "@/lib/validation/safe-text";
import { notFound } from "next/navigation";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.rosters.myClasses };
}

type TProps = { params: Promise<{ classId: string }>; searchParams: Promise<{ q?: string; session?: string }> };

/** Instructors: one class they teach — its roster (never payments for an instructor) and attendance. */
export default async function TaughtClassPage({ params, searchParams }: TProps) {
  const [{ classId: rawClassId }, rawQuery] = await Promise.all([params, searchParams]);
  const classId = parseId(rawClassId) ?? notFound();
  const query = { q: searchText(rawQuery.q), session: parseId(rawQuery.session) ?? undefined };
  const basePath = `/teach/classes/${encodeURIComponent(classId)}`;
  const [user, { m, locale }] = await Promise.all([requireRole(["INSTRUCTOR"], basePath), getMessages()]);
  const found = await orPageError(readClassCohort(user, classId));
  const [roster, sheet] = await orPageError(
    Promise.all([
      readRoster(user, found.cohortId, { classId: found.classId, query: query.q }),
      readSessionAttendance(user, found.cohortId, { classId: found.classId, sessionId: query.session }),
    ]),
  );
  const r = m.rosters;
  const title = interpolate(r.classTitle, { cohort: interpolate(m.catalog.cohortName, { number: found.cohortNumber }), code: found.code });
  const csvHref = `/api/staff/cohorts/${encodeURIComponent(found.cohortId)}/roster.csv?classId=${encodeURIComponent(found.classId)}`;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="text-brand-700 underline" href="/teach/classes">
          ← {r.myClasses}
        </Link>
      </p>
      <PageHeading title={title}>
        <p>{`${localized(locale, roster.cohort, "courseTitle")} · ${localized(locale, roster.cohort, "campus")}`}</p>
      </PageHeading>
      <section aria-labelledby="roster-heading" className="mb-10">
        <h2 id="roster-heading" className="mb-3 text-xl font-semibold">
          {r.rosterLink}
        </h2>
        <RosterFilters roster={{ ...roster, classes: [] }} m={m} basePath={basePath} csvHref={csvHref} />
        <RosterTable roster={roster} m={m} locale={locale} />
      </section>
      <section aria-labelledby="attendance-heading">
        <h2 id="attendance-heading" className="mb-3 text-xl font-semibold">
          {r.attendanceLink}
        </h2>
        <AttendanceSheet sheet={sheet} m={m} locale={locale} basePath={basePath} hidden={query.q ? { q: query.q } : {}} />
      </section>
    </>
  );
}
