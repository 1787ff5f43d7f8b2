import type { Metadata } from "next";
import Link from "next/link";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { readStaffCohorts } from "@/lib/cohorts/read-staff-cohorts";
import { interpolate } from "@/lib/i18n/catalog";
import { formatMoney } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/localized";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.staffCohorts.title };
}

export default async function StaffCohortsPage() {
  const [user, { m, locale }] = await Promise.all([requireRole(["STAFF"], "/staff/cohorts"), getMessages()]);
  const cohorts = await readStaffCohorts(user);
  const s = m.staffCohorts;
  return (
    <>
      <PageHeading title={s.title}><p>{s.intro}</p></PageHeading>
      <p className="mb-6"><Link href="/staff/cohorts/new" className={buttonClass("primary")}>{s.create}</Link></p>
      {cohorts.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{s.empty}</p>
      ) : (
        <div className="overflow-x-auto rounded-2xl border border-slate-200">
          <table className="w-full min-w-[48rem] text-left text-sm">
            <caption className="sr-only">{s.title}</caption>
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                {[s.number, s.campus, s.start, s.status, s.fill, s.fillRate, s.held, s.waitlist, s.revenue, s.manage].map((heading) => <th key={heading} scope="col" className="px-3 py-2 font-medium">{heading}</th>)}
              </tr>
            </thead>
            <tbody>
              {cohorts.map((cohort) => (
                <tr key={cohort.id} className="border-t border-slate-100" data-testid="staff-cohort-row">
                  <th scope="row" className="px-3 py-2 font-semibold">{interpolate(m.catalog.cohortName, { number: cohort.number })}</th>
                  <td className="px-3 py-2">{localized(locale, cohort.campus, "name")}</td>
                  <td className="px-3 py-2">{cohort.startDate}</td>
                  <td className="px-3 py-2">{s.statuses[cohort.status]}</td>
                  <td className="px-3 py-2">{cohort.enrolled} / {cohort.capacity}</td>
                  <td className="px-3 py-2">
                    <span className="flex items-center gap-2">
                      <span aria-hidden className="h-2 w-16 overflow-hidden rounded bg-slate-200"><span className="block h-2 bg-brand-600" style={{ width: `${Math.round(Math.min(1, cohort.fillRate) * 100)}%` }} /></span>
                      {Math.round(cohort.fillRate * 100)}%
                    </span>
                  </td>
                  <td className="px-3 py-2">{cohort.held}</td>
                  <td className="px-3 py-2">{cohort.waitlist}</td>
                  <td className="px-3 py-2" data-testid="cohort-revenue">{formatMoney(cohort.revenueFen, locale)}</td>
                  <td className="px-3 py-2"><Link className="text-brand-700 underline" href={`/staff/cohorts/${cohort.id}`}>{s.manage}<span className="sr-only"> {interpolate(m.catalog.cohortName, { number: cohort.number })}</span></Link></td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
