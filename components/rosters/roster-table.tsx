import { completeEnrollmentAction, moveClassAction } from "@/lib/rosters/actions";
import { ActionButton } from "@/components/forms/action-button";
import { methodLabel } from "@/components/orders/order-labels";
import { interpolate } from "@/lib/i18n/catalog";
import { formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TRoster } from "@/lib/rosters/read-roster";
import { MoveClassForm } from "./move-class-form";
import { TransferForm } from "@/components/staff/transfer-form";

/**
 * The roster table. Payment columns exist only when the roster carries payments (staff);
 * `manage` adds staff's per-row actions (move to another class, mark completed).
 */
export function RosterTable({ roster, m, locale, manage = false, transferTargets = [] }: { roster: TRoster; m: TMessages; locale: TLocale; manage?: boolean; transferTargets?: readonly { value: string; label: string; full?: boolean }[] }) {
  const r = m.rosters;
  const c = r.columns;
  if (roster.rows.length === 0) {
    return <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{r.empty}</p>;
  }
  const classLabel = (code: string) => interpolate(r.className, { code });
  return (
    <div className="overflow-x-auto">
      <table className="w-full min-w-[48rem] text-left text-sm" data-testid="roster-table">
        <caption className="sr-only">{r.caption}</caption>
        <thead className="text-slate-500">
          <tr>
            <th scope="col" className="py-2 pr-3">{c.name}</th>
            <th scope="col" className="pr-3">{c.email}</th>
            <th scope="col" className="pr-3">{c.class}</th>
            <th scope="col" className="pr-3">{c.status}</th>
            <th scope="col" className="pr-3">{c.progress}</th>
            <th scope="col" className="pr-3">{c.attendance}</th>
            {roster.withPayments && (
              <>
                <th scope="col" className="pr-3">{c.payment}</th>
                <th scope="col" className="pr-3">{c.amount}</th>
                <th scope="col" className="pr-3">{c.method}</th>
              </>
            )}
            {manage && <th scope="col">{c.actions}</th>}
          </tr>
        </thead>
        <tbody>
          {roster.rows.map((row) => {
            const payment = "payment" in row ? row.payment : null;
            const otherClasses = roster.classes.filter((x) => x.id !== row.classId);
            return (
              <tr key={row.enrollmentId} className="border-t border-slate-100 align-top" data-testid="roster-row">
                <th scope="row" className="py-2 pr-3 font-medium">{row.name}</th>
                <td className="py-2 pr-3 text-slate-600">{row.email}</td>
                <td className="py-2 pr-3">{classLabel(row.classCode)}</td>
                <td className="py-2 pr-3">{r.statuses[row.status]}</td>
                <td className="py-2 pr-3">{interpolate(r.progressValue, { done: row.lessonsCompleted, total: roster.lessonsTotal })}</td>
                <td className="py-2 pr-3">{interpolate(r.attendanceValue, { attended: row.attended, held: roster.sessionsHeld })}</td>
                {roster.withPayments && (
                  <>
                    <td className="py-2 pr-3">{payment ? m.orders.statuses[payment.status] : r.noOrder}</td>
                    <td className="py-2 pr-3">{payment ? formatMoney(payment.amountFen, locale) : "—"}{payment?.refundedFen ? ` (−${formatMoney(payment.refundedFen, locale)})` : ""}</td>
                    <td className="py-2 pr-3">{methodLabel(payment?.method ?? null, m)}</td>
                  </>
                )}
                {manage && (
                  <td className="py-2">
                    {/* One menu per row instead of three forms side by side: open it to move, transfer or complete. */}
                    {row.status === "ACTIVE" && (
                    <details className="group relative" data-testid="roster-row-menu">
                      <summary className="inline-flex min-h-9 cursor-pointer list-none items-center rounded-lg border border-slate-300 px-3 text-sm font-medium">{r.rowMenu}<span className="sr-only"> · {row.name}</span></summary>
                      <div className="mt-2 w-72 max-w-[80vw] space-y-3 rounded-xl border border-slate-200 bg-white p-3 shadow-lg">
                    {otherClasses.length > 0 && (
                      <MoveClassForm
                        action={moveClassAction}
                        enrollmentId={row.enrollmentId}
                        learnerName={row.name}
                        options={otherClasses.map((x) => ({ value: x.id, label: `${classLabel(x.code)} (${x.size}/${x.capacity})` }))}
                        labels={{ moveTo: r.moveTo, move: r.move, working: r.working, moved: r.moved }}
                      />
                    )}
                    {transferTargets.length > 0 && (
                      <TransferForm
                        enrollmentId={row.enrollmentId}
                        learnerName={row.name}
                        cohorts={transferTargets}
                        labels={{ toCohort: m.transfers.toCohort, choose: m.rosters.chooseCohort, submit: m.transfers.submit, working: r.working, completed: m.transfers.completed, awaiting: m.transfers.awaiting }}
                      />
                    )}
                    <ActionButton action={completeEnrollmentAction} hidden={{ enrollmentId: row.enrollmentId }} label={r.complete} pendingLabel={r.working} successMessage={r.completed} variant="secondary" />
                      </div>
                    </details>
                    )}
                  </td>
                )}
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
