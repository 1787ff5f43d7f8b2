import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { methodLabel, orderTitle } from "@/components/orders/order-labels";
import { requireUser } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { readMyOrder } from "@/lib/orders/read-my-orders";
import { parseId } from "@/lib/validation/ids";
import { InvoiceSection } from "@/components/orders/invoice-section";
import { PrintButton } from "@/components/ui/print-button";
import { readMyInvoiceRequest } from "@/lib/invoices/read-invoice-requests";
import { orderNumber } from "@/lib/orders/order-number";
import { schoolIssuer } from "@/lib/orders/school-issuer";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.orders.receiptTitle };
}

/** A printable receipt of the caller's own paid order. */
export default async function ReceiptPage({ params }: { params: Promise<{ orderId: string }> }) {
  const orderId = parseId((await params).orderId) ?? notFound();
  const [user, { m, locale }] = await Promise.all([requireUser(`/learn/orders/${orderId}/receipt`), getMessages()]);
  const order = await readMyOrder(user.id, orderId);
  if (!order?.paidAt) notFound();
  const invoice = await readMyInvoiceRequest(user.id, order.id);
  const issuer = schoolIssuer();
  const invoiceable = order.amountFen > 0 && order.refundedFen < order.amountFen;
  const rows: [string, string][] = [
    [m.orders.orderNumber, orderNumber(order)],
    [m.orders.learner, `${order.user.name} <${order.user.email}>`],
    [m.orders.cohort, orderTitle(order, m, locale)],
    [m.orders.paidAt, formatDateTime(order.paidAt, locale)],
    [m.orders.method, methodLabel(order.paymentMethod, m)],
    [m.orders.listPrice, formatMoney(order.listPriceFen, locale)],
  ];
  if (order.discountFen > 0) rows.push([interpolate(m.orders.discount, { code: order.promotionCode ?? "" }), `−${formatMoney(order.discountFen, locale)}`]);
  rows.push([m.orders.total, formatMoney(order.amountFen, locale)]);
  if (order.refundedFen > 0) rows.push([m.orders.statuses.REFUNDED, `−${formatMoney(order.refundedFen, locale)}`]);
  return (
    <>
      <article className="mx-auto max-w-xl rounded-2xl border border-slate-200 p-8 print:border-0">
        <div className="flex flex-wrap items-start justify-between gap-3">
          <div>
            <h1 className="text-2xl font-bold">{m.orders.receiptTitle}</h1>
            <p className="text-slate-600">{m.orders.receiptFor}</p>
          </div>
          <PrintButton label={m.orders.printReceipt} />
        </div>
        <section aria-label={m.orders.issuerTitle} className="mt-4 rounded-lg bg-slate-50 p-3 text-sm text-slate-700" data-testid="receipt-issuer">
          <p>
            <span className="text-slate-500">{m.orders.issuerTitle}：</span>
            <span className="font-medium">{issuer.legalName}</span>
          </p>
          <p>{interpolate(m.orders.issuerTaxId, { taxId: issuer.taxId })}</p>
          <p>{interpolate(m.orders.issuerAddress, { address: issuer.address })}</p>
          <p>{interpolate(m.orders.issuerContact, { contact: issuer.contact })}</p>
        </section>
        <dl className="mt-6 divide-y divide-slate-100">
          {rows.map(([label, value]) => (
            <div key={label} className="flex justify-between gap-4 py-2">
              <dt className="text-slate-600">{label}</dt>
              <dd
                className="text-right font-medium"
                data-testid={label === m.orders.total ? "receipt-total" : label === m.orders.orderNumber ? "receipt-number" : undefined}
              >
                {value}
              </dd>
            </div>
          ))}
        </dl>
      </article>
      {(invoiceable || invoice) && <InvoiceSection orderId={order.id} request={invoice} defaultEmail={order.user.email} m={m} locale={locale} />}
    </>
  );
}
