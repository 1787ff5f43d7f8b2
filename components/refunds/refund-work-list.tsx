import { methodLabel } from "@/components/orders/order-labels";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TRefundWork } from "@/lib/refunds/read-refund-work";
import { toShanghaiInput } from "@/lib/cohorts/cohort-form";
import { FailedRefundActions } from "./failed-refund-actions";
import { PayoutForm } from "./payout-form";
import { localized } from "@/lib/i18n/localized";

/** Staff's refund work: offline refunds to pay out (with the form to record each) and refunds that failed. */
export function RefundWorkList({ work, m, locale }: { work: TRefundWork; m: TMessages; locale: TLocale }) {
  const r = m.refunds;
  const today = toShanghaiInput(new Date()).slice(0, 10);
  const who = (row: TRefundWork["awaitingPayout"][number]) =>
    `${row.order.user.name} · ${row.order.user.email} · ${interpolate(m.catalog.cohortName, { number: row.order.cohort.number })} ${localized(locale, row.order.cohort.campus, "name")} · ${methodLabel(row.order.paymentMethod, m)}`;
  return (
    <div className="space-y-8">
      <section aria-labelledby="payouts-title" className="space-y-3">
        <h2 id="payouts-title" className="text-lg font-semibold">
          {r.payoutsTitle}
        </h2>
        <p className="text-sm text-slate-600">{r.payoutsIntro}</p>
        {work.awaitingPayout.length === 0 && (
          <p className="rounded-2xl border border-dashed border-slate-300 p-6 text-center text-slate-600">{r.payoutsEmpty}</p>
        )}
        <ul className="space-y-3">
          {work.awaitingPayout.map((row) => (
            <li key={row.id} className="space-y-3 rounded-2xl border border-slate-200 p-4" data-testid="awaiting-payout">
              <p className="font-semibold">
                {formatMoney(row.amountFen, locale)} <span className="font-normal text-slate-600">· {formatDateTime(row.createdAt, locale)}</span>
              </p>
              <p className="text-sm text-slate-700">{who(row)}</p>
              <PayoutForm
                refundId={row.id}
                today={today}
                labels={{
                  date: r.payoutDate,
                  method: r.payoutMethod,
                  reference: r.payoutReference,
                  submit: r.payoutRecord,
                  working: m.auth.working,
                  done: r.payoutRecorded,
                  methods: r.payoutMethods,
                }}
              />
            </li>
          ))}
        </ul>
      </section>
      {work.failed.length > 0 && (
        <section aria-labelledby="failed-title" className="space-y-3">
          <h2 id="failed-title" className="text-lg font-semibold text-red-800">
            {r.failedTitle}
          </h2>
          <p className="text-sm text-slate-600">{r.failedHelp}</p>
          <ul className="space-y-3">
            {work.failed.map((row) => (
              <li key={row.id} className="space-y-2 rounded-2xl border border-red-200 p-4 text-sm" data-testid="failed-refund">
                <p className="font-semibold">
                  {formatMoney(row.amountFen, locale)} · {r.refundStatuses.FAILED}
                  {row.failureReason ? `（${(r.failureReasons as Record<string, string>)[row.failureReason] ?? row.failureReason}）` : ""}
                </p>
                <p className="text-slate-700">{who(row)}</p>
                <FailedRefundActions
                  refundId={row.id}
                  canRetry={row.method === "STRIPE" && row.order.stripePaymentIntentId !== null}
                  labels={{ retry: r.retryStripe, offline: r.toOffline, working: m.auth.working, done: r.replaced }}
                />
              </li>
            ))}
          </ul>
        </section>
      )}
    </div>
  );
}
