import { methodLabel } from "@/components/orders/order-labels";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TAnomalies, TAnomalyOrder } from "@/lib/ledger/find-anomalies";
import { AnomalyFix } from "./anomaly-fix";
import { localized } from "@/lib/i18n/localized";

type TKind = "paidWithoutEnrollment" | "enrollmentWithoutPayment" | "differsFromStripe";
type TAnomaly = TAnomalies[TKind][number];

function Learner({ user, cohort, m, locale }: { user: { name: string; email: string }; cohort: TAnomalyOrder["cohort"]; m: TMessages; locale: TLocale }) {
  return (
    <p className="font-semibold">
      {user.name} <span className="font-normal text-slate-500">{user.email}</span> · {interpolate(m.catalog.cohortName, { number: cohort.number })}{" "}
      {localized(locale, cohort.campus, "name")}
    </p>
  );
}

function OrderLine({ order, m, locale }: { order: TAnomalyOrder; m: TMessages; locale: TLocale }) {
  const r = m.ledger.reconciliation;
  return (
    <p className="text-sm text-slate-700">
      {m.ledger.order} <span className="font-mono text-xs">{order.id}</span> · {m.orders.statuses[order.status]} · {methodLabel(order.paymentMethod, m)} ·{" "}
      {interpolate(r.received, { amount: formatMoney(order.amountFen, locale) })}
      {order.refundedFen > 0 && <> · {interpolate(r.refundedAmount, { amount: formatMoney(order.refundedFen, locale) })}</>}
      {order.paidAt && (
        <>
          {" "}
          · {m.ledger.paidAt} {formatDateTime(order.paidAt, locale)}
        </>
      )}
    </p>
  );
}

function Details({ anomaly, m, locale }: { anomaly: TAnomaly; m: TMessages; locale: TLocale }) {
  const r = m.ledger.reconciliation;
  const money = (fen: number) => formatMoney(fen, locale);
  switch (anomaly.kind) {
    case "paidWithoutEnrollment":
      return (
        <>
          <Learner user={anomaly.order.user} cohort={anomaly.order.cohort} m={m} locale={locale} />
          <OrderLine order={anomaly.order} m={m} locale={locale} />
          <p className="text-sm text-slate-700">
            {r.enrollment}: {anomaly.enrollmentStatus ? m.ledger.enrollmentStatuses[anomaly.enrollmentStatus] : r.noEnrollment}
          </p>
        </>
      );
    case "enrollmentWithoutPayment":
      return (
        <>
          <Learner user={anomaly.enrollment.user} cohort={anomaly.enrollment.cohort} m={m} locale={locale} />
          <p className="text-sm text-slate-700">
            {interpolate(r.className, { code: anomaly.enrollment.classCode })} · {r.enrolledAt} {formatDateTime(anomaly.enrollment.createdAt, locale)} ·{" "}
            {r.linkedOrder}:{" "}
            {anomaly.order ? (
              <>
                {m.orders.statuses[anomaly.order.status]} ({methodLabel(anomaly.order.paymentMethod, m)}, {money(anomaly.order.amountFen)})
              </>
            ) : (
              r.noOrder
            )}
          </p>
        </>
      );
    case "differsFromStripe":
      return (
        <>
          <Learner user={anomaly.order.user} cohort={anomaly.order.cohort} m={m} locale={locale} />
          <p className="text-sm font-semibold text-red-800">{anomaly.differences.map((difference) => r.differences[difference]).join("；")}</p>
          <dl className="grid gap-1 text-sm sm:grid-cols-[auto_1fr] sm:gap-x-4">
            <dt className="text-slate-500">{r.ours}</dt>
            <dd>
              {m.orders.statuses[anomaly.order.status]} · {interpolate(r.received, { amount: money(anomaly.order.amountFen) })} ·{" "}
              {interpolate(r.refundedAmount, { amount: money(anomaly.order.refundedFen) })}
            </dd>
            <dt className="text-slate-500">{r.stripe}</dt>
            <dd>
              {anomaly.stripe ? (
                <>
                  {interpolate(r.intentStatus, { status: anomaly.stripe.intentStatus })} ·{" "}
                  {interpolate(r.received, { amount: money(anomaly.stripe.amountReceivedFen) })} ·{" "}
                  {interpolate(r.refundedAmount, { amount: money(anomaly.stripe.amountRefundedFen) })}
                </>
              ) : (
                r.differences.missing
              )}
            </dd>
          </dl>
          <p className="font-mono text-xs text-slate-500">
            {anomaly.order.id} · {anomaly.order.stripePaymentIntentId}
          </p>
        </>
      );
  }
}

/** One kind of anomaly: what it means, then each case with its safe fixes behind a confirm step. */
export function AnomalySection({ kind, anomalies, m, locale }: { kind: TKind; anomalies: readonly TAnomaly[]; m: TMessages; locale: TLocale }) {
  const r = m.ledger.reconciliation;
  if (anomalies.length === 0) return null;
  return (
    <section aria-labelledby={`${kind}-title`} className="mb-10" data-testid={`anomalies-${kind}`}>
      <h2 id={`${kind}-title`} className="text-lg font-semibold">
        {r.kinds[kind].title} <span className="text-slate-500">({interpolate(r.count, { count: anomalies.length })})</span>
      </h2>
      <p className="mb-3 text-sm text-slate-600">{r.kinds[kind].explain}</p>
      <ul className="space-y-3">
        {anomalies.map((anomaly) => (
          <li key={anomaly.id} className="space-y-2 rounded-2xl border border-slate-200 p-4" data-testid="anomaly">
            <Details anomaly={anomaly} m={m} locale={locale} />
            {anomaly.fixes.length === 0 ? (
              <p className="text-sm text-slate-600">{r.noFix}</p>
            ) : (
              <div className="grid gap-2 sm:grid-cols-2">
                {anomaly.fixes.map((fix) => (
                  <AnomalyFix key={fix} fix={fix} id={anomaly.id} m={m} />
                ))}
              </div>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
