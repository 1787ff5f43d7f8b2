import { methodLabel } from "@/components/orders/order-labels";
import { DataTable } from "@/components/ui/data-table";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TLedgerOrder } from "@/lib/ledger/search-orders";
import { orderNumber } from "@/lib/orders/order-number";

/**
 * One page of the ledger's orders: each value in its own padded column (status, method and amount
 * never run together), headers on one line, ids whole (they wrap, they are not cut). Learner names
 * are rendered as text.
 */
export function OrdersTable({ rows, total, m, locale }: { rows: readonly TLedgerOrder[]; total: number; m: TMessages; locale: TLocale }) {
  const l = m.ledger;
  if (rows.length === 0) return <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600">{l.noOrders}</p>;
  return (
    <DataTable
      caption={interpolate(l.ordersCaption, { total })}
      testId="ledger-orders"
      rowTestId="ledger-order"
      minWidth="64rem"
      rows={rows}
      rowKey={(row) => row.id}
      columns={[
        { key: "createdAt", header: l.createdAt, numeric: true, cell: (row) => formatDateTime(row.createdAt, locale) },
        {
          key: "learner",
          header: l.learner,
          primary: true,
          cell: (row) => (
            <>
              {row.user.name}
              <span className="block break-all text-xs font-normal text-slate-500">{row.user.email}</span>
            </>
          ),
        },
        {
          key: "cohort",
          header: l.cohort,
          className: "whitespace-nowrap",
          cell: (row) => (
            <>
              {interpolate(m.catalog.cohortName, { number: row.cohort.number })}{" "}
              <span className="text-slate-500">{locale === "zh" ? row.cohort.campus.nameZh : row.cohort.campus.nameEn}</span>
            </>
          ),
        },
        {
          key: "status",
          header: l.status,
          className: "whitespace-nowrap",
          cell: (row) => (
            <>
              {m.orders.statuses[row.status]}
              {row.disputes.map((dispute, index) => (
                <span key={index} className="mt-1 block rounded bg-red-50 px-1 text-xs text-red-800" data-testid="ledger-dispute">
                  {dispute.closedAt ? ((m.disputes.statuses as Record<string, string>)[dispute.status] ?? dispute.status) : m.disputes.ledgerBadge} · −
                  {formatMoney(dispute.withdrawnFen, locale)}
                  {dispute.reinstatedFen > 0 ? ` · +${formatMoney(dispute.reinstatedFen, locale)}` : ""}
                </span>
              ))}
            </>
          ),
        },
        { key: "method", header: l.method, className: "whitespace-nowrap", cell: (row) => methodLabel(row.paymentMethod, m) },
        {
          key: "amount",
          header: l.amount,
          numeric: true,
          cell: (row) => (
            <>
              {formatMoney(row.amountFen, locale)}
              {row.stripeFeeFen ? (
                <span className="block text-xs text-slate-500" data-testid="ledger-fee">
                  {interpolate(l.feeLine, { fee: formatMoney(row.stripeFeeFen, locale) })}
                </span>
              ) : null}
            </>
          ),
        },
        { key: "refunded", header: l.refunded, numeric: true, cell: (row) => (row.refundedFen ? formatMoney(row.refundedFen, locale) : "—") },
        { key: "paidAt", header: l.paidAt, numeric: true, cell: (row) => (row.paidAt ? formatDateTime(row.paidAt, locale) : "—") },
        {
          key: "order",
          header: l.order,
          cell: (row) => (
            <>
              <span className="whitespace-nowrap font-mono text-xs">{orderNumber(row)}</span>
              <span className="block break-all font-mono text-xs text-slate-500">{row.id}</span>
            </>
          ),
        },
        {
          key: "paymentIntent",
          header: l.paymentIntent,
          cell: (row) => <span className="break-all font-mono text-xs">{row.stripePaymentIntentId ?? "—"}</span>,
        },
      ]}
    />
  );
}
