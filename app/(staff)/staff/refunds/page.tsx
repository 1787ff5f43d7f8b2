import type { Metadata } from "next";
import Link from "next/link";
import { RefundDecisionForms } from "@/components/refunds/refund-decision-forms";
import { PageHeading } from "@/components/ui/page-heading";
import { methodLabel } from "@/components/orders/order-labels";
import { requireRole } from "@/lib/auth/guards";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { readRefundRequests } from "@/lib/refunds/read-refund-requests";

export async function generateMetadata(): Promise<Metadata> {
  const { m } = await getMessages();
  return { title: m.refunds.title };
}

type TProps = { searchParams: Promise<{ view?: string }> };

export default async function StaffRefundsPage({ searchParams }: TProps) {
  const [user, { m, locale }, { view }] = await Promise.all([requireRole(["STAFF"], "/staff/refunds"), getMessages(), searchParams]);
  const filter = view === "decided" ? "DECIDED" : "PENDING";
  const requests = await readRefundRequests(user, filter);
  const r = m.refunds;
  const zh = locale === "zh";
  const ruleLabel = (rule: string) => (r.rules as Record<string, string>)[rule] ?? rule;
  return (
    <>
      <PageHeading title={r.title}><p>{r.intro}</p></PageHeading>
      <nav aria-label={r.title} className="mb-6 flex gap-2">
        {(["PENDING", "DECIDED"] as const).map((value) => (
          <Link key={value} href={value === "PENDING" ? "/staff/refunds" : "/staff/refunds?view=decided"} aria-current={value === filter ? "page" : undefined}
            className="rounded-full border border-slate-300 px-3 py-1 text-sm aria-[current=page]:border-brand-600 aria-[current=page]:bg-brand-600 aria-[current=page]:text-white">
            {value === "PENDING" ? r.pending : r.decided}
          </Link>
        ))}
      </nav>
      {requests.length === 0 && <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{filter === "PENDING" ? r.empty : r.emptyDecided}</p>}
      <ul className="space-y-4">
        {requests.map((request) => {
          const order = request.order;
          return (
            <li key={request.id} className="space-y-4 rounded-2xl border border-slate-200 p-5" data-testid="refund-request">
              <div className="flex flex-wrap items-start justify-between gap-3">
                <div>
                  <h2 className="text-lg font-semibold">{request.user.name} <span className="text-sm font-normal text-slate-600">{request.user.email}</span></h2>
                  <p className="text-sm text-slate-600">
                    {interpolate(m.catalog.cohortName, { number: order.cohort.number })} {zh ? order.cohort.campus.nameZh : order.cohort.campus.nameEn}
                    {order.enrollment ? ` · ${interpolate(m.catalog.className, { code: order.enrollment.class.code })}` : ""} · {methodLabel(order.paymentMethod, m)}
                    {order.groupMember ? ` · ${r.groupOrder}` : ""}
                  </p>
                </div>
                <p className="rounded-full bg-slate-100 px-3 py-1 text-sm font-semibold">{r.statuses[request.status]}{request.refund ? ` · ${r.refundStatuses[request.refund.status]}` : ""}</p>
              </div>
              <dl className="grid gap-x-6 gap-y-2 text-sm sm:grid-cols-4">
                <div><dt className="text-slate-500">{r.paid}</dt><dd>{formatMoney(order.amountFen, locale)}</dd></div>
                <div><dt className="text-slate-500">{r.alreadyRefunded}</dt><dd>{formatMoney(order.refundedFen, locale)}</dd></div>
                <div><dt className="text-slate-500">{r.computed}</dt><dd className="font-semibold" data-testid="refundable">{formatMoney(request.refundableFen, locale)}</dd></div>
                <div><dt className="text-slate-500">{r.requestedAt}</dt><dd>{formatDateTime(request.createdAt, locale)}</dd></div>
                <div className="sm:col-span-4"><dt className="text-slate-500">{r.rule}</dt><dd data-testid="refund-rule">{ruleLabel(request.policyRule)}</dd></div>
                <div className="sm:col-span-4"><dt className="text-slate-500">{r.reason}</dt><dd className="whitespace-pre-wrap">{request.reason}</dd></div>
                {request.decisionNote && <div className="sm:col-span-4"><dt className="text-slate-500">{r.note}</dt><dd className="whitespace-pre-wrap">{request.decisionNote}</dd></div>}
                {request.decidedBy && <div className="sm:col-span-4"><dt className="text-slate-500">{r.decidedBy}</dt><dd>{request.decidedBy.name} · {request.decidedAt ? formatDateTime(request.decidedAt, locale) : ""}{request.approvedFen !== null ? ` · ${formatMoney(request.approvedFen, locale)}` : ""}</dd></div>}
              </dl>
              {request.status === "PENDING" && (
                <RefundDecisionForms
                  requestId={request.id}
                  suggestedYuan={(Math.min(request.refundableFen, order.amountFen - order.refundedFen) / 100).toFixed(2)}
                  labels={{ amount: r.approveAmount, endEnrollment: r.endEnrollment, note: r.note, approve: r.approve, rejectReason: r.rejectReason, reject: r.reject, working: m.auth.working, done: m.staffCohorts.saved }}
                />
              )}
            </li>
          );
        })}
      </ul>
    </>
  );
}
