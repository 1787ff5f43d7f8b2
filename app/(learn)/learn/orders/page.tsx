import type { Metadata } from "next";
import Link from "next/link";
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
        <div className="overflow-x-auto rounded-2xl border border-slate-200">
          <table className="table-cards w-full text-left text-sm sm:min-w-[40rem]">
            <caption className="sr-only">{m.orders.title}</caption>
            <thead className="bg-slate-50 text-slate-600">
              <tr>
                <th scope="col" className="px-3 py-2">{m.orders.cohort}</th>
                <th scope="col" className="px-3 py-2">{m.orders.amount}</th>
                <th scope="col" className="px-3 py-2">{m.orders.method}</th>
                <th scope="col" className="px-3 py-2">{m.orders.date}</th>
                <th scope="col" className="px-3 py-2">{m.orders.status}</th>
                <th scope="col" className="px-3 py-2"><span className="sr-only">{m.orders.receipt}</span></th>
              </tr>
            </thead>
            <tbody>
              {orders.map((order) => (
                <tr key={order.id} className="border-t border-slate-100" data-testid="order-row">
                  <td className="px-3 py-2 max-sm:font-medium"><Link className="text-brand-700 underline" href={`/learn/orders/${order.id}`}>{orderTitle(order, m, locale)}</Link></td>
                  <td className="px-3 py-2 whitespace-nowrap" data-label={m.orders.amount}>
                    {formatMoney(order.amountFen, locale)}
                    {order.refundedFen > 0 && <span className="block text-xs text-slate-500">{interpolate(m.orders.refundedFen, { amount: formatMoney(order.refundedFen, locale) })}</span>}
                  </td>
                  <td className="px-3 py-2" data-label={m.orders.method}>{methodLabel(order.paymentMethod, m)}</td>
                  <td className="px-3 py-2 whitespace-nowrap" data-label={m.orders.date}>{formatDateTime(order.paidAt ?? order.createdAt, locale)}</td>
                  <td className="px-3 py-2" data-label={m.orders.status}>{m.orders.statuses[order.status]}</td>
                  <td className="space-x-3 px-3 py-2 max-sm:justify-start">
                    {order.paidAt && <Link className="text-brand-700 underline" href={`/learn/orders/${order.id}/receipt`}>{m.orders.viewReceipt}</Link>}
                    {!order.movedAt && order.account?.enrollment?.status === "ACTIVE" && <Link className="text-brand-700 underline" href={`/learn/orders/${order.id}#refund-request`}>{m.refunds.requestTitle}</Link>}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      )}
    </>
  );
}
