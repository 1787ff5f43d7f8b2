import { DataTable } from "@/components/ui/data-table";
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
    <DataTable
      caption={l.totalsCaption}
      captionHidden
      testId="cohort-totals"
      minWidth="48rem"
      rows={totals.rows}
      rowKey={(row) => row.cohortId}
      columns={[
        {
          key: "cohort",
          header: l.cohort,
          primary: true,
          cell: (row) =>
            interpolate(l.cohortOption, { cohort: interpolate(m.catalog.cohortName, { number: row.number }), campus: localized(locale, row, "campus") }),
        },
        { key: "paidCount", header: l.paidCount, numeric: true, cell: (row) => row.paidCount },
        { key: "gross", header: l.gross, numeric: true, cell: (row) => money(row.grossFen) },
        { key: "refunded", header: l.refunded, numeric: true, cell: (row) => money(row.refundedFen) },
        { key: "fees", header: l.fees, numeric: true, cell: (row) => money(row.feesFen) },
        { key: "net", header: l.net, numeric: true, cell: (row) => money(row.netFen) },
      ]}
      footer={{
        cohort: l.sum,
        paidCount: totals.sum.paidCount,
        gross: money(totals.sum.grossFen),
        refunded: money(totals.sum.refundedFen),
        fees: <span data-testid="fees-total">{money(totals.sum.feesFen)}</span>,
        net: <span data-testid="net-total">{money(totals.sum.netFen)}</span>,
      }}
    />
  );
}
