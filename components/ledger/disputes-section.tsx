import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TDisputeRow } from "@/lib/ledger/read-disputes";
import { localized } from "@/lib/i18n/localized";

/** Reconciliation: payments disputed by a card issuer (open, or lost), with the money withdrawn and what happens to the seat. */
export function DisputesSection({ disputes, m, locale }: { disputes: TDisputeRow[]; m: TMessages; locale: TLocale }) {
  if (disputes.length === 0) return null;
  const d = m.disputes;
  const money = (fen: number) => formatMoney(fen, locale);
  return (
    <section aria-labelledby="disputes-title" className="mb-8 space-y-3" data-testid="disputes">
      <h2 id="disputes-title" className="text-lg font-semibold">
        {d.title} <span className="text-sm font-normal text-slate-500">{interpolate(m.ledger.reconciliation.count, { count: disputes.length })}</span>
      </h2>
      <p className="text-sm text-slate-600">{d.explain}</p>
      <ul className="space-y-3">
        {disputes.map((dispute) => (
          <li key={dispute.id} className="space-y-1 rounded-2xl border border-red-200 p-4 text-sm" data-testid="dispute">
            <p className="font-semibold">
              {dispute.order.user.name} <span className="font-normal text-slate-500">{dispute.order.user.email}</span> ·{" "}
              {interpolate(m.catalog.cohortName, { number: dispute.order.cohort.number })} {localized(locale, dispute.order.cohort.campus, "name")}
            </p>
            <p className="text-red-800">
              {interpolate(d.line, {
                amount: money(dispute.amountFen),
                reason: (d.reasons as Record<string, string>)[dispute.reason] ?? dispute.reason,
                status: (d.statuses as Record<string, string>)[dispute.status] ?? dispute.status,
                withdrawn: money(dispute.withdrawnFen),
                reinstated: money(dispute.reinstatedFen),
              })}
            </p>
            <p className="text-slate-700">
              {formatDateTime(dispute.openedAt, locale)} · {dispute.order.cohort.disputeSeatRule === "RELEASE" ? d.seatReleased : d.seatKept}
            </p>
          </li>
        ))}
      </ul>
    </section>
  );
}
