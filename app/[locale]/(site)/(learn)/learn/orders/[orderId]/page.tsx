import type { Metadata } from "next";
import Link from "next/link";
import { notFound, redirect } from "next/navigation";
import { startCheckoutAction } from "@/lib/orders/actions";
import { ActionButton } from "@/components/forms/action-button";
import { readPendingCheckoutAmount } from "@/lib/orders/read-pending-checkout-amount";
import { OrderStatusPoller } from "@/components/orders/order-status-poller";
import { orderTitle } from "@/components/orders/order-labels";
import { buttonClass } from "@/components/ui/button-styles";
import { PageHeading } from "@/components/ui/page-heading";
import { requireUser } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { readMyOrder } from "@/lib/orders/read-my-orders";
import { readMyOrderRefunds } from "@/lib/refunds/read-refund-requests";
import { RefundLines } from "@/components/refunds/refund-lines";
import { RefundRequestForm } from "@/components/refunds/refund-request-form";
import { parseId } from "@/lib/validation/ids";

type TParams = { params: Promise<{ orderId: string }>; searchParams: Promise<{ checkout?: string }> };

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.orders.order };
}

/** Where Stripe Checkout returns: "payment processing" until the webhook confirms, then the outcome. */
export default async function OrderPage({ params, searchParams }: TParams) {
  const [{ orderId: rawOrderId }, query] = await Promise.all([params, searchParams]);
  const orderId = parseId(rawOrderId) ?? notFound();
  const [user, { m, locale }] = await Promise.all([requireUser(`/learn/orders/${orderId}`), getMessages()]);
  const order = await readMyOrder(user.id, orderId);
  if (!order) notFound();
  const enrolled = order.enrollment?.status === "ACTIVE";
  // Back from Stripe and already confirmed (the webhook was quicker than the browser): straight to the dashboard.
  if (enrolled && query.checkout === "done") redirect("/learn?enrolled=1");
  // Still waiting for Stripe: the payment, or the refund of a payment that found no seat.
  const waiting = order.status === "PENDING" || (order.noSeatRefundAt !== null && order.status === "PAID");
  const groupCode = order.groupMember?.group.code;
  const [refunds, pending] = await Promise.all([readMyOrderRefunds(user.id, order.id), readPendingCheckoutAmount(order)]);
  // While the webhook is on its way, the amount is Stripe's total after a promotion code.
  const shownFen = pending?.amountFen ?? order.amountFen;
  const canRetry = order.status === "FAILED" && !groupCode && order.hold.status === "ACTIVE" && order.hold.expiresAt > new Date();
  const r = m.refunds;
  return (
    <div className="mx-auto max-w-2xl">
      <PageHeading title={orderTitle(order, m, locale)}>
        <p>
          {m.orders.status}: <strong data-testid="order-status">{m.orders.statuses[order.status]}</strong> ·{" "}
          <span data-testid="order-amount">{formatMoney(shownFen, locale)}</span>
        </p>
        {pending && pending.discountFen > 0 && pending.promotionCode && (
          <p className="text-sm" data-testid="charged-after-code">
            {interpolate(m.orders.chargedAfterCode, {
              amount: formatMoney(pending.amountFen, locale),
              list: formatMoney(pending.amountFen + pending.discountFen, locale),
              code: pending.promotionCode,
              discount: formatMoney(pending.discountFen, locale),
            })}
          </p>
        )}
      </PageHeading>
      <div className="space-y-4 rounded-2xl border border-slate-200 p-6">
        {order.status === "PENDING" &&
          query.checkout !== "done" &&
          order.stripeCheckoutUrl &&
          order.checkoutExpiresAt &&
          order.checkoutExpiresAt > new Date() && (
            <a href={order.stripeCheckoutUrl} className={buttonClass("primary")}>
              {interpolate(m.orders.pay, { amount: formatMoney(order.amountFen, locale) })}
            </a>
          )}
        {order.status === "PENDING" && (
          <div role="status" aria-live="polite" className="flex items-start gap-3">
            <span aria-hidden className="mt-1 inline-block size-4 animate-spin rounded-full border-2 border-brand-600 border-t-transparent" />
            <div>
              <h2 className="font-semibold">{m.orders.processingTitle}</h2>
              <p className="text-slate-600">{m.orders.processingBody}</p>
            </div>
          </div>
        )}
        {waiting && <OrderStatusPoller orderId={order.id} status={order.status} toDashboardWhenEnrolled={query.checkout === "done"} />}
        {enrolled && order.enrollment && (
          <div role="status">
            <h2 className="font-semibold text-green-800">{m.orders.paidTitle}</h2>
            <p>{interpolate(m.orders.paidBody, { className: interpolate(m.catalog.className, { code: order.enrollment.class.code }) })}</p>
          </div>
        )}
        {order.noSeatRefundAt && (
          <p role="status" className="text-amber-900">
            {interpolate(m.orders.noSeatBody, { amount: formatMoney(order.amountFen, locale) })}
          </p>
        )}
        {order.status === "FAILED" && !groupCode && (
          <p role="status">{interpolate(m.orders.failedBody, { time: formatDateTime(order.hold.expiresAt, locale) })}</p>
        )}
        {canRetry && (
          <ActionButton
            action={startCheckoutAction}
            hidden={{ holdId: order.holdId }}
            label={interpolate(m.orders.retryPay, { amount: formatMoney(order.listPriceFen, locale) })}
            pendingLabel={m.auth.working}
          />
        )}
        {order.status === "EXPIRED" && <p role="status">{m.orders.expiredBody}</p>}
        <div className="flex flex-wrap gap-3">
          <Link href="/learn" className={buttonClass("primary")}>
            {m.orders.goDashboard}
          </Link>
          {groupCode && (
            <Link href={`/groups/${groupCode}`} className={buttonClass("secondary")}>
              {m.groupBuy.viewGroup}
            </Link>
          )}
          {order.paidAt && (
            <Link href={`/learn/orders/${order.id}/receipt`} className={buttonClass("secondary")}>
              {m.orders.viewReceipt}
            </Link>
          )}
        </div>
      </div>
      {refunds && refunds.requests.length > 0 && (
        <section aria-labelledby="refund-requests" className="mt-6 space-y-2 rounded-2xl border border-slate-200 p-6">
          <h2 id="refund-requests" className="font-semibold">
            {r.myRequests}
          </h2>
          <ul className="space-y-2" data-testid="my-refund-requests">
            {refunds.requests.map((request) => (
              <li key={request.id} className="text-sm">
                <span className="font-semibold">{r.statuses[request.status]}</span> · {formatDateTime(request.createdAt, locale)}
                {(request.status === "APPROVED" || request.status === "COMPLETED") && request.approvedFen !== null && (
                  <> · {interpolate(r.approvedLine, { amount: formatMoney(request.approvedFen, locale) })}</>
                )}
                {request.status === "REJECTED" && <> · {interpolate(r.rejectedLine, { note: request.decisionNote ?? "" })}</>}
                {request.status === "PENDING" && <> · {r.requested}</>}
                <RefundLines refunds={request.refunds} m={m} locale={locale} />
              </li>
            ))}
          </ul>
        </section>
      )}
      {refunds?.moved && (
        <section
          aria-labelledby="seat-moved"
          role="status"
          className="mt-6 space-y-2 rounded-2xl border border-amber-300 bg-amber-50 p-6"
          data-testid="seat-moved"
        >
          <h2 id="seat-moved" className="font-semibold">
            {r.movedTitle}
          </h2>
          <p className="text-sm">{interpolate(r.movedBody, { number: refunds.moved.cohortNumber })}</p>
          {refunds.moved.orderId && (
            <Link href={`/learn/orders/${refunds.moved.orderId}`} className={buttonClass("secondary")}>
              {r.movedLink}
            </Link>
          )}
        </section>
      )}
      {refunds?.quote && (
        <section aria-labelledby="refund-request" className="mt-6 space-y-3 rounded-2xl border border-slate-200 p-6">
          <h2 id="refund-request" className="font-semibold">
            {r.requestTitle}
          </h2>
          <p className="text-sm text-slate-700" data-testid="refund-quote">
            {interpolate(r.requestIntro, {
              amount: formatMoney(refunds.quote.refundableFen, locale),
              rule: (r.rules as Record<string, string>)[refunds.quote.rule] ?? refunds.quote.rule,
            })}
          </p>
          <RefundRequestForm orderId={order.id} labels={{ reason: r.requestReason, submit: r.requestSubmit, working: m.auth.working, sent: r.requested }} />
        </section>
      )}
    </div>
  );
}
