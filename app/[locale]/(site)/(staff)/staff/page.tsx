import type { Metadata } from "next";
import Link from "next/link";
import { PageHeading } from "@/components/ui/page-heading";
import { hasRole, requireRole } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { readDeadJobs } from "@/lib/jobs/dead-jobs";
import { DeadJobsPanel } from "@/components/staff/dead-jobs-panel";
import { readStuckWork } from "@/lib/ledger/read-stuck-work";
import { readMethodAvailability } from "@/lib/stripe/read-method-availability";
import { methodLabel } from "@/components/orders/order-labels";
import { FailedMails } from "@/components/staff/failed-mails";
import { listFailedMails } from "@/lib/mail/outbox/failed-mails";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.staff.title };
}

export default async function StaffHomePage() {
  const user = await requireRole(["STAFF"], "/staff");
  const [{ m, locale }, availability, stuck, deadJobs, failedMails] = await Promise.all([
    getMessages(),
    readMethodAvailability(),
    readStuckWork(user),
    readDeadJobs(user),
    listFailedMails(user),
  ]);
  const stuckCount = stuck.orders.length + stuck.refunds.length;
  const s = m.backOffice.sections;
  const sections = [
    { href: "/staff/cohorts", title: s.cohorts, hint: s.cohortsHint },
    { href: "/staff/refunds", title: s.refunds, hint: s.refundsHint },
    { href: "/staff/group-buys", title: s.groupBuys, hint: s.groupBuysHint },
    { href: "/staff/ledger", title: s.ledger, hint: s.ledgerHint },
    { href: "/staff/invoices", title: s.invoices, hint: s.invoicesHint },
    { href: "/staff/reconciliation", title: s.reconciliation, hint: s.reconciliationHint },
    { href: "/staff/coaches", title: s.coaches, hint: s.coachesHint },
    { href: "/teach/exports", title: s.exports, hint: s.exportsHint },
    ...(hasRole(user, ["ADMIN"])
      ? [
          { href: "/staff/audit", title: s.audit, hint: s.auditHint },
          { href: "/staff/users", title: s.users, hint: s.usersHint },
        ]
      : []),
  ];
  return (
    <>
      <PageHeading title={m.staff.title}>
        <p>{m.staff.intro}</p>
      </PageHeading>
      {stuckCount > 0 && (
        <p role="alert" className="mb-6 rounded-2xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950" data-testid="stuck-warning">
          {interpolate(m.backOffice.stuckWork, { count: stuckCount })}{" "}
          <Link href="/staff/reconciliation" className="font-semibold underline">
            {m.backOffice.sections.reconciliation}
          </Link>
        </p>
      )}
      <DeadJobsPanel jobs={deadJobs} m={m} locale={locale} />
      {availability.missing.length > 0 && (
        <p role="alert" className="mb-6 rounded-2xl border border-amber-300 bg-amber-50 p-4 text-sm text-amber-950" data-testid="methods-warning">
          {interpolate(m.backOffice.methodsMissing, { missing: availability.missing.map((method) => methodLabel(method, m)).join("、") })}
        </p>
      )}
      <ul className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {sections.map((section) => (
          <li key={section.href}>
            <Link href={section.href} className="block h-full rounded-2xl border border-slate-200 p-5 hover:border-brand-600">
              <span className="font-semibold text-brand-700 underline">{section.title}</span>
              <span className="mt-1 block text-sm text-slate-600">{section.hint}</span>
            </Link>
          </li>
        ))}
      </ul>
      <FailedMails mails={failedMails} m={m} locale={locale} />
    </>
  );
}
