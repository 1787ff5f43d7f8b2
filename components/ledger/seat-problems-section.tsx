import Link from "next/link";
import { interpolate } from "@/lib/i18n/catalog";
import { formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TSeatMoneyProblem } from "@/lib/ledger/find-seat-problems";
import { localized } from "@/lib/i18n/localized";

/** Reconciliation: the refund work waiting for staff, and every seat whose chain of money breaks an invariant. */
export function SeatProblemsSection({
  seats,
  m,
  locale,
}: {
  seats: { problems: TSeatMoneyProblem[]; awaitingPayout: number; failedRefunds: number };
  m: TMessages;
  locale: TLocale;
}) {
  const r = m.ledger.reconciliation;
  const money = (fen: number) => formatMoney(fen, locale);
  return (
    <>
      {seats.awaitingPayout + seats.failedRefunds > 0 && (
        <p className="mb-6 rounded-2xl border border-amber-300 bg-amber-50 p-4 text-sm" role="status" data-testid="refund-work">
          {interpolate(r.refundWork, { payouts: seats.awaitingPayout, failed: seats.failedRefunds })}{" "}
          <Link href="/staff/refunds?view=payouts" className="font-semibold text-brand-700 underline">
            {r.refundWorkLink}
          </Link>
        </p>
      )}
      {seats.problems.length > 0 && (
        <section aria-labelledby="seat-problems" className="mb-8 space-y-3" data-testid="seat-problems">
          <h2 id="seat-problems" className="text-lg font-semibold">
            {r.seatTitle} <span className="text-sm font-normal text-slate-500">{interpolate(r.count, { count: seats.problems.length })}</span>
          </h2>
          <p className="text-sm text-slate-600">{r.seatExplain}</p>
          <ul className="space-y-3">
            {seats.problems.map((seat) => (
              <li key={seat.accountId} className="space-y-1 rounded-2xl border border-red-200 p-4 text-sm">
                <p className="font-semibold">
                  {seat.user.name} <span className="font-normal text-slate-500">{seat.user.email}</span> ·{" "}
                  {interpolate(m.catalog.cohortName, { number: seat.cohort.number })} {localized(locale, seat.cohort.campus, "name")}
                </p>
                <p className="text-red-800">{seat.problems.map((problem) => r.seatProblems[problem]).join("；")}</p>
                <p className="text-slate-700">
                  {interpolate(r.seatFigures, {
                    agreed: money(seat.agreedPriceFen),
                    waived: money(seat.waivedFen),
                    received: money(seat.receivedFen),
                    refunded: money(seat.refundedFen),
                    refunding: money(seat.refundingFen),
                  })}
                </p>
              </li>
            ))}
          </ul>
        </section>
      )}
    </>
  );
}
