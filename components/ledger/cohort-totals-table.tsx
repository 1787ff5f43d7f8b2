import { interpolate } from "@/lib/i18n/catalog";
import { formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { readCohortTotals } from "@/lib/ledger/cohort-totals";
import { localized } from "@/lib/i18n/localized";

type TTotals = Awaited<ReturnType<typeof readCohortTotals>>;

/** Paid orders, received, refunded, Stripe's fees and net per cohort, with the sum of all rows. */
export function CohortTotalsTable({ totals, m, locale }: { totals: TTotals; m: TMessages; locale: TLocale }) {
  const l = m.ledger;
  if (totals.rows.length === 0) return <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600">{l.noTotals}</p>;
  const money = (fen: number) => formatMoney(fen, locale);
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[36rem] text-left text-sm" data-testid="cohort-totals">
        <caption className="sr-only">{l.totalsCaption}</caption>
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="py-2">{l.cohort}</th>
            <th scope="col" className="text-right">{l.paidCount}</th>
            <th scope="col" className="text-right">{l.gross}</th>
            <th scope="col" className="text-right">{l.refunded}</th>
            <th scope="col" className="text-right">{l.fees}</th>
            <th scope="col" className="text-right">{l.net}</th>
          </tr>
        </thead>
        <tbody>
          {totals.rows.map((row) => (
            <tr key={row.cohortId} className="border-t border-slate-100">
              <th scope="row" className="py-2 font-medium">{interpolate(l.cohortOption, { cohort: interpolate(m.catalog.cohortName, { number: row.number }), campus: localized(locale, row, "campus") })}</th>
              <td className="text-right tabular-nums">{row.paidCount}</td>
              <td className="text-right tabular-nums">{money(row.grossFen)}</td>
              <td className="text-right tabular-nums">{money(row.refundedFen)}</td>
              <td className="text-right tabular-nums">{money(row.feesFen)}</td>
              <td className="text-right tabular-nums">{money(row.netFen)}</td>
            </tr>
          ))}
        </tbody>
        <tfoot className="border-t-2 border-slate-300 font-semibold">
          <tr>
            <th scope="row" className="py-2">{l.sum}</th>
            <td className="text-right tabular-nums">{totals.sum.paidCount}</td>
            <td className="text-right tabular-nums">{money(totals.sum.grossFen)}</td>
            <td className="text-right tabular-nums">{money(totals.sum.refundedFen)}</td>
            <td className="text-right tabular-nums" data-testid="fees-total">{money(totals.sum.feesFen)}</td>
            <td className="text-right tabular-nums" data-testid="net-total">{money(totals.sum.netFen)}</td>
          </tr>
        </tfoot>
      </table>
    </div>
  );
}
