import { methodLabel } from "@/components/orders/order-labels";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TStaffRefundRequest } from "@/lib/refunds/read-refund-requests";
import { RefundDecisionForms } from "./refund-decision-forms";
import { RefundLines } from "./refund-lines";
import { localized } from "@/lib/i18n/localized";

/** One refund request as staff see it: the learner, the seat's money, the policy's quote, the decision (or the forms to make it) and where its refunds stand. */
export function RefundRequestCard({ request, viewerId, m, locale }: { request: TStaffRefundRequest; viewerId: string; m: TMessages; locale: TLocale }) {
  const r = m.refunds;
  const order = request.order;
  const ruleLabel = (rule: string) => (r.rules as Record<string, string>)[rule] ?? rule;
  const seatPaid = request.account ? request.account.orders.reduce((sum, o) => sum + o.amountFen, 0) : order.amountFen;
  const seatRefunded = request.account ? request.account.orders.reduce((sum, o) => sum + o.refundedFen, 0) : order.refundedFen;
  const own = request.userId === viewerId || request.filedById === viewerId;
  return (
    <li className="space-y-4 rounded-2xl border border-slate-200 p-5" data-testid="refund-request">
      <div className="flex flex-wrap items-start justify-between gap-3">
        <div>
          <h2 className="text-lg font-semibold">
            {request.user.name} <span className="text-sm font-normal text-slate-600">{request.user.email}</span>
          </h2>
          <p className="text-sm text-slate-600">
            {interpolate(m.catalog.cohortName, { number: order.cohort.number })} {localized(locale, order.cohort.campus, "name")}
            {order.enrollment ? ` · ${interpolate(m.catalog.className, { code: order.enrollment.class.code })}` : ""} · {methodLabel(order.paymentMethod, m)}
            {order.groupMember ? ` · ${r.groupOrder}` : ""}
          </p>
        </div>
        <p className="rounded-full bg-slate-100 px-3 py-1 text-sm font-semibold" data-testid="refund-request-status">
          {r.statuses[request.status]}
        </p>
      </div>
      <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
        <div>
          <dt className="text-slate-500">{r.seatPaid}</dt>
          <dd>{formatMoney(seatPaid, locale)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{r.alreadyRefunded}</dt>
          <dd>{formatMoney(seatRefunded, locale)}</dd>
        </div>
        <div>
          <dt className="text-slate-500">{r.computed}</dt>
          <dd className="font-semibold" data-testid="refundable">
            {formatMoney(request.refundableFen, locale)}
          </dd>
        </div>
        <div>
          <dt className="text-slate-500">{r.requestedAt}</dt>
          <dd>{formatDateTime(request.createdAt, locale)}</dd>
        </div>
        <div className="sm:col-span-4">
          <dt className="text-slate-500">{r.rule}</dt>
          <dd data-testid="refund-rule">{ruleLabel(request.policyRule)}</dd>
        </div>
        <div className="sm:col-span-4">
          <dt className="text-slate-500">{r.reason}</dt>
          <dd className="whitespace-pre-wrap">{request.reason}</dd>
        </div>
        {request.decisionNote && (
          <div className="sm:col-span-4">
            <dt className="text-slate-500">{r.note}</dt>
            <dd className="whitespace-pre-wrap">{request.decisionNote}</dd>
          </div>
        )}
        {request.decidedBy && (
          <div className="sm:col-span-4">
            <dt className="text-slate-500">{r.decidedBy}</dt>
            <dd>
              {request.decidedBy.name} · {request.decidedAt ? formatDateTime(request.decidedAt, locale) : ""}
              {request.approvedFen !== null ? ` · ${formatMoney(request.approvedFen, locale)}` : ""}
            </dd>
          </div>
        )}
      </dl>
      <RefundLines refunds={request.refunds} m={m} locale={locale} />
      {request.status === "PENDING" && own && (
        <p className="rounded-lg bg-amber-50 p-3 text-sm text-amber-900" role="note">
          {r.ownRequest}
        </p>
      )}
      {request.status === "PENDING" && !own && (
        <RefundDecisionForms
          requestId={request.id}
          learnerName={request.user.name}
          suggestedYuan={(Math.min(request.refundableFen, seatPaid - seatRefunded) / 100).toFixed(2)}
          labels={{
            amount: r.approveAmount,
            endEnrollment: r.endEnrollment,
            note: r.note,
            approve: r.approve,
            rejectReason: r.rejectReason,
            reject: r.reject,
            working: m.auth.working,
            confirmApprove: r.confirmApprove,
            confirmReject: r.confirmReject,
            approvedDone: r.approvedDone,
            rejectedDone: r.rejectedDone,
          }}
        />
      )}
    </li>
  );
}
