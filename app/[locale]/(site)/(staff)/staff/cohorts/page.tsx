import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { readStaffCohorts } from "@/lib/cohorts/read-staff-cohorts";
import { interpolate } from "@/lib/i18n/catalog";
import { formatMoney } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.staffCohorts.title };
}

export default async function StaffCohortsPage() {
  const [user, { m, locale }] = await Promise.all([requireRole(["STAFF"], "/staff/cohorts"), getMessages()]);
  const zh = locale === "zh";
  const cohorts = await readStaffCohorts(user);
  const s = m.staffCohorts;
  return (
    <>
      <PageHeading title={s.title}>
        <p>{s.intro}</p>
      </PageHeading>
      <p className="mb-6">
        <Link href="/staff/cohorts/new" className={buttonClass("primary")}>
          {s.create}
        </Link>
      </p>
      {cohorts.length === 0 ? (
        <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{s.empty}</p>
      ) : (
        <DataTable
          caption={s.title}
          captionHidden
          minWidth="48rem"
          rowTestId="staff-cohort-row"
          rows={cohorts}
          rowKey={(cohort) => cohort.id}
          columns={[
            {
              key: "number",
              header: s.number,
              primary: true,
              className: "font-semibold",
              cell: (cohort) => interpolate(m.catalog.cohortName, { number: cohort.number }),
            },
            { key: "campus", header: s.campus, cell: (cohort) => (zh ? cohort.campus.nameZh : cohort.campus.nameEn) },
            { key: "start", header: s.start, className: "whitespace-nowrap", cell: (cohort) => cohort.startDate },
            { key: "status", header: s.status, className: "whitespace-nowrap", cell: (cohort) => s.statuses[cohort.status] },
            { key: "fill", header: s.fill, numeric: true, cell: (cohort) => `${cohort.enrolled} / ${cohort.capacity}` },
            {
              key: "fillRate",
              header: s.fillRate,
              cell: (cohort) => (
                <span className="flex items-center gap-2">
                  <span aria-hidden className="h-2 w-16 overflow-hidden rounded bg-slate-200">
                    <span className="block h-2 bg-brand-600" style={{ width: `${Math.round(Math.min(1, cohort.fillRate) * 100)}%` }} />
                  </span>
                  {Math.round(cohort.fillRate * 100)}%
                </span>
              ),
            },
            { key: "held", header: s.held, numeric: true, cell: (cohort) => cohort.held },
            { key: "waitlist", header: s.waitlist, numeric: true, cell: (cohort) => cohort.waitlist },
            {
              key: "revenue",
              header: s.revenue,
              numeric: true,
              cell: (cohort) => <span data-testid="cohort-revenue">{formatMoney(cohort.revenueFen, locale)}</span>,
            },
            {
              key: "manage",
              header: s.manage,
              cell: (cohort) => (
                <Link className="text-brand-700 underline" href={`/staff/cohorts/${cohort.id}`}>
                  {s.manage}
                  <span className="sr-only"> {interpolate(m.catalog.cohortName, { number: cohort.number })}</span>
                </Link>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
