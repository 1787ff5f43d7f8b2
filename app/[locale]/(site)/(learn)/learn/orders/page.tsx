import type { Metadata } from "next";
import Link from "next/link";
import { DataTable } from "@/components/ui/data-table";
import { orderNumber } from "@/lib/orders/order-number";
import { methodLabel, orderTitle } from "@/components/orders/order-labels";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { readMyOrders } from "@/lib/orders/read-my-orders";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.orders.title };
}

export default async function MyOrdersPage() {
  const [user, { m, locale }] = await Promise.all([requireUser("/learn/orders"), getMessages()]);
  const orders = await readMyOrders(user.id);
  return (
    <>
      <PageHeading title={m.orders.title} />
      {orders.length === 0 ? (
        <p className="text-slate-600">{m.orders.empty}</p>
      ) : (
        <DataTable
          caption={m.orders.title}
          captionHidden
          rowTestId="order-row"
          rows={orders}
          rowKey={(order) => order.id}
          columns={[
            {
              key: "cohort",
              header: m.orders.cohort,
              primary: true,
              cell: (order) => (
                <>
                  <Link className="text-brand-700 underline" href={`/learn/orders/${order.id}`}>
                    {orderTitle(order, m, locale)}
                  </Link>
                  <span className="block font-mono text-xs font-normal text-slate-500">{orderNumber(order)}</span>
                </>
              ),
            },
            {
              key: "amount",
              header: m.orders.amount,
              numeric: true,
              cell: (order) => (
                <>
                  {formatMoney(order.amountFen, locale)}
                  {order.refundedFen > 0 && (
                    <span className="block text-xs text-slate-500">
                      {interpolate(m.orders.refundedFen, { amount: formatMoney(order.refundedFen, locale) })}
                    </span>
                  )}
                </>
              ),
            },
            { key: "method", header: m.orders.method, cell: (order) => methodLabel(order.paymentMethod, m) },
            { key: "date", header: m.orders.date, numeric: true, cell: (order) => formatDateTime(order.paidAt ?? order.createdAt, locale) },
            { key: "status", header: m.orders.status, cell: (order) => m.orders.statuses[order.status] },
            {
              key: "actions",
              header: <span className="sr-only">{m.orders.receipt}</span>,
              className: "space-x-3 max-sm:justify-start",
              cell: (order) => (
                <>
                  {order.paidAt && (
                    <Link className="text-brand-700 underline" href={`/learn/orders/${order.id}/receipt`}>
                      {m.orders.viewReceipt}
                    </Link>
                  )}
                  {!order.movedAt && order.account?.enrollment?.status === "ACTIVE" && (
                    <Link className="text-brand-700 underline" href={`/learn/orders/${order.id}#refund-request`}>
                      {m.refunds.requestTitle}
                    </Link>
                  )}
                </>
              ),
            },
          ]}
        />
      )}
    </>
  );
}
