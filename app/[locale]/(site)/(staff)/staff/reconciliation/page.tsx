import type { Metadata } from "next";
import { AnomalySection } from "@/components/ledger/anomaly-section";
import { DisputesSection } from "@/components/ledger/disputes-section";
import { SeatProblemsSection } from "@/components/ledger/seat-problems-section";
import { StuckWorkSection } from "@/components/ledger/stuck-work-section";
import { PageHeading } from "@/components/ui/page-heading";
import { requireRole } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { getMessages } from "@/lib/i18n/server";
import { findAnomalies } from "@/lib/ledger/find-anomalies";
import { findSeatProblems } from "@/lib/ledger/find-seat-problems";
import { readDisputes } from "@/lib/ledger/read-disputes";
import { readStuckWork } from "@/lib/ledger/read-stuck-work";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.ledger.reconciliation.title };
}

export default async function ReconciliationPage() {
  const [user, { m, locale }] = await Promise.all([requireRole(["STAFF"], "/staff/reconciliation"), getMessages()]);
  const [anomalies, seats, disputes, stuck] = await Promise.all([findAnomalies(user), findSeatProblems(user), readDisputes(user), readStuckWork(user)]);
  const r = m.ledger.reconciliation;
  const none =
    anomalies.paidWithoutEnrollment.length +
      anomalies.enrollmentWithoutPayment.length +
      anomalies.differsFromStripe.length +
      seats.problems.length +
      disputes.length +
      stuck.orders.length +
      stuck.refunds.length ===
    0;
  return (
    <>
      <PageHeading title={r.title}>
        <p>{r.intro}</p>
      </PageHeading>
      <p className="mb-6 text-sm text-slate-600" role={anomalies.stripeUnavailable ? "alert" : undefined}>
        {anomalies.stripeUnavailable ? r.stripeUnavailable : interpolate(r.stripeChecked, { count: anomalies.stripeChecked })}
      </p>
      <StuckWorkSection work={stuck} m={m} locale={locale} />
      <DisputesSection disputes={disputes} m={m} locale={locale} />
      <SeatProblemsSection seats={seats} m={m} locale={locale} />
      {none && (
        <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600" data-testid="no-anomalies">
          {r.empty}
        </p>
      )}
      <AnomalySection kind="paidWithoutEnrollment" anomalies={anomalies.paidWithoutEnrollment} m={m} locale={locale} />
      <AnomalySection kind="enrollmentWithoutPayment" anomalies={anomalies.enrollmentWithoutPayment} m={m} locale={locale} />
      <AnomalySection kind="differsFromStripe" anomalies={anomalies.differsFromStripe} m={m} locale={locale} />
    </>
  );
}
