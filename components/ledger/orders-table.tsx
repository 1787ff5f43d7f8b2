import { methodLabel } from "@/components/orders/order-labels";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TLedgerOrder } from "@/lib/ledger/search-orders";
import { localized } from "@/lib/i18n/localized";

/** One page of the ledger's orders. Learner names are rendered as text. */
export function OrdersTable({ rows, total, m, locale }: { rows: readonly TLedgerOrder[]; total: number; m: TMessages; locale: TLocale }) {
  const l = m.ledger;
  if (rows.length === 0) return <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600">{l.noOrders}</p>;
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[64rem] text-left text-sm" data-testid="ledger-orders">
        <caption className="mb-2 text-left text-slate-600">{interpolate(l.ordersCaption, { total })}</caption>
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="py-2">{l.createdAt}</th>
            <th scope="col">{l.learner}</th>
            <th scope="col">{l.cohort}</th>
            <th scope="col">{l.status}</th>
            <th scope="col">{l.method}</th>
            <th scope="col" className="text-right">{l.amount}</th>
            <th scope="col" className="text-right">{l.refunded}</th>
            <th scope="col">{l.paidAt}</th>
            <th scope="col">{l.order}</th>
            <th scope="col">{l.paymentIntent}</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => (
            <tr key={row.id} className="border-t border-slate-100 align-top" data-testid="ledger-order">
              <td className="py-2 whitespace-nowrap">{formatDateTime(row.createdAt, locale)}</td>
              <td>{row.user.name}<span className="block text-xs text-slate-500">{row.user.email}</span></td>
              <td className="whitespace-nowrap">{interpolate(m.catalog.cohortName, { number: row.cohort.number })} <span className="text-slate-500">{localized(locale, row.cohort.campus, "name")}</span></td>
              <td className="whitespace-nowrap">
                {m.orders.statuses[row.status]}
                {row.disputes.map((dispute, index) => (
                  <span key={index} className="mt-1 block rounded bg-red-50 px-1 text-xs text-red-800" data-testid="ledger-dispute">
                    {dispute.closedAt ? (m.disputes.statuses as Record<string, string>)[dispute.status] ?? dispute.status : m.disputes.ledgerBadge} · −{formatMoney(dispute.withdrawnFen, locale)}{dispute.reinstatedFen > 0 ? ` · +${formatMoney(dispute.reinstatedFen, locale)}` : ""}
                  </span>
                ))}
              </td>
              <td className="whitespace-nowrap">{methodLabel(row.paymentMethod, m)}</td>
              <td className="text-right tabular-nums">
                {formatMoney(row.amountFen, locale)}
                {row.stripeFeeFen ? <span className="block text-xs text-slate-500" data-testid="ledger-fee">{interpolate(l.feeLine, { fee: formatMoney(row.stripeFeeFen, locale) })}</span> : null}
              </td>
              <td className="text-right tabular-nums">{row.refundedFen ? formatMoney(row.refundedFen, locale) : "—"}</td>
              <td className="whitespace-nowrap">{row.paidAt ? formatDateTime(row.paidAt, locale) : "—"}</td>
              <td className="font-mono text-xs">{row.id}</td>
              <td className="font-mono text-xs">{row.stripePaymentIntentId ?? "—"}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
