import { completeEnrollmentAction, moveClassAction } from "@/lib/rosters/actions";
import { DataTable } from "@/components/ui/data-table";
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
export function RosterTable({
  roster,
  m,
  locale,
  manage = false,
  transferTargets = [],
}: {
  roster: TRoster;
  m: TMessages;
  locale: TLocale;
  manage?: boolean;
  transferTargets?: readonly { value: string; label: string; full?: boolean }[];
}) {
  const r = m.rosters;
  const c = r.columns;
  if (roster.rows.length === 0) {
    return <p className="rounded-2xl border border-dashed border-slate-300 p-8 text-center text-slate-600">{r.empty}</p>;
  }
  const classLabel = (code: string) => interpolate(r.className, { code });
  type TRow = TRoster["rows"][number];
  const payment = (row: TRow) => ("payment" in row ? row.payment : null);
  return (
    <DataTable
      caption={r.caption}
      captionHidden
      testId="roster-table"
      rowTestId="roster-row"
      minWidth={roster.withPayments || manage ? "64rem" : "48rem"}
      rows={roster.rows}
      rowKey={(row) => row.enrollmentId}
      columns={[
        { key: "name", header: c.name, primary: true, cell: (row) => row.name },
        { key: "email", header: c.email, className: "text-slate-600", cell: (row) => row.email },
        { key: "class", header: c.class, cell: (row) => classLabel(row.classCode) },
        { key: "status", header: c.status, cell: (row) => r.statuses[row.status] },
        { key: "progress", header: c.progress, cell: (row) => interpolate(r.progressValue, { done: row.lessonsCompleted, total: roster.lessonsTotal }) },
        { key: "attendance", header: c.attendance, cell: (row) => interpolate(r.attendanceValue, { attended: row.attended, held: roster.sessionsHeld }) },
        roster.withPayments && {
          key: "payment",
          header: c.payment,
          cell: (row) => {
            const p = payment(row);
            return p ? m.orders.statuses[p.status] : r.noOrder;
          },
        },
        roster.withPayments && {
          key: "amount",
          header: c.amount,
          numeric: true,
          cell: (row) => {
            const p = payment(row);
            return `${p ? formatMoney(p.amountFen, locale) : "—"}${p?.refundedFen ? ` (−${formatMoney(p.refundedFen, locale)})` : ""}`;
          },
        },
        roster.withPayments && { key: "method", header: c.method, cell: (row) => methodLabel(payment(row)?.method ?? null, m) },
        manage && { key: "actions", header: c.actions, cell: (row) => row.status === "ACTIVE" && <RowMenu row={row} /> },
      ]}
    />
  );

  /** One menu per row instead of three forms side by side: open it to move, transfer or complete. */
  function RowMenu({ row }: { row: TRow }) {
    const otherClasses = roster.classes.filter((x) => x.id !== row.classId);
    return (
      <details className="group relative" data-testid="roster-row-menu">
        <summary className="inline-flex min-h-9 cursor-pointer list-none items-center rounded-lg border border-slate-300 px-3 text-sm font-medium">
          {r.rowMenu}
          <span className="sr-only"> · {row.name}</span>
        </summary>
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
              labels={{
                toCohort: m.transfers.toCohort,
                choose: m.rosters.chooseCohort,
                submit: m.transfers.submit,
                working: r.working,
                completed: m.transfers.completed,
                awaiting: m.transfers.awaiting,
              }}
            />
          )}
          <ActionButton
            action={completeEnrollmentAction}
            hidden={{ enrollmentId: row.enrollmentId }}
            label={r.complete}
            pendingLabel={r.working}
            successMessage={r.completed}
            persistSuccess
            variant="secondary"
          />
        </div>
      </details>
    );
  }
}
