"use client";

import { recordPayoutAction } from "@/lib/refunds/actions";
import { useAnnouncedAction } from "@/components/ui/action-notices";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

type TLabels = { date: string; method: string; reference: string; submit: string; working: string; done: string; methods: Record<string, string> };

/** Staff record an offline refund they paid out: date, method, reference. */
export function PayoutForm({ refundId, today, labels }: { refundId: string; today: string; labels: TLabels }) {
  const { state, dispatch: action, inline } = useAnnouncedAction(recordPayoutAction, () => labels.done);
  if (state?.ok) return inline ? <FormAlert kind="success" message={labels.done} /> : null;
  const failed = state && !state.ok ? state : null;
  const field = "block w-full rounded-lg border border-slate-300 px-3 py-2 text-base shadow-sm aria-invalid:border-red-600";
  const error = (name: string) => failed?.fieldErrors[name];
  return (
    <form action={action} className="grid gap-3 sm:grid-cols-4 sm:items-end" noValidate>
      {failed && (
        <div className="sm:col-span-4">
          <FormAlert kind="error" message={failed.message} />
        </div>
      )}
      <input type="hidden" name="refundId" value={refundId} />
      <div className="space-y-1">
        <label htmlFor={`paid-on-${refundId}`} className="block text-sm font-medium">
          {labels.date}
        </label>
        <input
          id={`paid-on-${refundId}`}
          name="paidOn"
          type="date"
          defaultValue={failed?.values.paidOn ?? today}
          max={today}
          aria-invalid={error("paidOn") ? true : undefined}
          className={field}
        />
        {error("paidOn") && <p className="text-sm text-red-700">{error("paidOn")}</p>}
      </div>
      <div className="space-y-1">
        <label htmlFor={`payout-method-${refundId}`} className="block text-sm font-medium">
          {labels.method}
        </label>
        <select id={`payout-method-${refundId}`} name="method" defaultValue={failed?.values.method ?? "bank_transfer"} className={field}>
          {Object.entries(labels.methods).map(([value, label]) => (
            <option key={value} value={value}>
              {label}
            </option>
          ))}
        </select>
      </div>
      <div className="space-y-1">
        <label htmlFor={`payout-reference-${refundId}`} className="block text-sm font-medium">
          {labels.reference}
        </label>
        <input
          id={`payout-reference-${refundId}`}
          name="reference"
          defaultValue={failed?.values.reference}
          maxLength={100}
          aria-invalid={error("reference") ? true : undefined}
          className={field}
        />
        {error("reference") && <p className="text-sm text-red-700">{error("reference")}</p>}
      </div>
      <SubmitButton label={labels.submit} pendingLabel={labels.working} />
    </form>
  );
}
