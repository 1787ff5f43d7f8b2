import { retryStuckWorkAction } from "@/lib/ledger/actions";
import { ActionButton } from "@/components/forms/action-button";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TStuckWork } from "@/lib/ledger/read-stuck-work";

/** Reconciliation: background work that kept failing and waits for a person, each with a button to try again. */
export function StuckWorkSection({ work, m, locale }: { work: TStuckWork; m: TMessages; locale: TLocale }) {
  if (work.orders.length + work.refunds.length === 0) return null;
  const r = m.ledger.reconciliation;
  const line = (who: { user: { name: string; email: string }; cohort: { number: number } }, amountFen: number, at: Date, attempts: number) =>
    `${who.user.name} · ${who.user.email} · ${interpolate(m.catalog.cohortName, { number: who.cohort.number })} · ${formatMoney(amountFen, locale)} · ${formatDateTime(at, locale)} · ${interpolate(r.stuckAttempts, { count: attempts })}`;
  return (
    <section aria-labelledby="stuck-title" className="mb-8 space-y-3" data-testid="stuck-work">
      <h2 id="stuck-title" className="text-lg font-semibold">
        {r.stuckTitle}
      </h2>
      <p className="text-sm text-slate-600">{r.stuckExplain}</p>
      <ul className="space-y-3">
        {work.orders.map((order) => (
          <li key={order.id} className="space-y-2 rounded-2xl border border-amber-300 p-4 text-sm">
            <p>
              <strong>{r.stuckOrder}</strong> · {line(order, order.amountFen, order.createdAt, order.retryAttempts)}
            </p>
            <ActionButton
              action={retryStuckWorkAction}
              hidden={{ kind: "order", id: order.id }}
              label={r.stuckRetry}
              pendingLabel={m.auth.working}
              variant="secondary"
            />
          </li>
        ))}
        {work.refunds.map((refund) => (
          <li key={refund.id} className="space-y-2 rounded-2xl border border-amber-300 p-4 text-sm">
            <p>
              <strong>{r.stuckRefund}</strong> · {line(refund.order, refund.amountFen, refund.createdAt, refund.retryAttempts)}
            </p>
            <ActionButton
              action={retryStuckWorkAction}
              hidden={{ kind: "refund", id: refund.id }}
              label={r.stuckRetry}
              pendingLabel={m.auth.working}
              variant="secondary"
            />
          </li>
        ))}
      </ul>
    </section>
  );
}
