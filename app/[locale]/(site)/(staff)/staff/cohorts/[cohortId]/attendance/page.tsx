import type { Metadata } from "next";
import Link from "next/link";
import { AttendanceSheet } from "@/components/rosters/attendance-sheet";
import { orPageError } from "@/lib/actions/or-page-error";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { readSessionAttendance } from "@/lib/rosters/read-session-attendance";
import { parseId } from "@/lib/validation/ids";
import { notFound } from "next/navigation";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.rosters.title };
}

type TProps = { params: Promise<{ cohortId: string }>; searchParams: Promise<{ session?: string }> };

/** Staff: mark attendance of one session of a cohort (default: the latest session that has started). */
export default async function StaffAttendancePage({ params, searchParams }: TProps) {
  const [{ cohortId: rawCohortId }, query] = await Promise.all([params, searchParams]);
  const cohortId = parseId(rawCohortId) ?? notFound();
  const basePath = `/staff/cohorts/${encodeURIComponent(cohortId)}/attendance`;
  const [user, { m, locale }] = await Promise.all([requireRole(["STAFF"], basePath), getMessages()]);
  const sheet = await orPageError(readSessionAttendance(user, cohortId, { sessionId: parseId(query.session) ?? undefined }));
  const r = m.rosters;
  return (
    <>
      <p className="mb-2 text-sm">
        <Link className="text-brand-700 underline" href={`/staff/cohorts/${encodeURIComponent(cohortId)}`}>
          ← {r.backToCohort}
        </Link>
        {" · "}
        <Link className="text-brand-700 underline" href={`/staff/cohorts/${encodeURIComponent(cohortId)}/roster`}>
          {r.rosterLink}
        </Link>
      </p>
      <PageHeading title={interpolate(r.attendanceTitle, { cohort: interpolate(m.catalog.cohortName, { number: sheet.cohort.number }) })} />
      <AttendanceSheet sheet={sheet} m={m} locale={locale} basePath={basePath} />
    </>
  );
}
