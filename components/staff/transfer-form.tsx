"use client";

import { useActionState } from "react";
import { transferLearnerAction } from "@/lib/transfers/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** Staff move a learner to another cohort; the price difference is paid through Checkout or refunded. */
export function TransferForm({
  enrollmentId,
  learnerName,
  cohorts,
  labels,
}: {
  enrollmentId: string;
  learnerName: string;
  cohorts: readonly { value: string; label: string; full?: boolean }[];
  labels: { toCohort: string; choose: string; submit: string; working: string; completed: string; awaiting: string };
}) {
  const [state, action] = useActionState(transferLearnerAction, null);
  const id = `transfer-${enrollmentId}`;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="enrollmentId" value={enrollmentId} />
      <label htmlFor={id} className="sr-only">{`${learnerName} · ${labels.toCohort}`}</label>
      {/* No cohort is preselected (the first in the list used to be a full one): staff choose. */}
      <select id={id} name="toCohortId" required defaultValue="" className="rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm">
        <option value="" disabled>
          {labels.choose}
        </option>
        {cohorts.map((cohort) => (
          <option key={cohort.value} value={cohort.value} disabled={cohort.full}>
            {cohort.label}
          </option>
        ))}
      </select>
      <SubmitButton label={labels.submit} pendingLabel={labels.working} variant="secondary" />
      {state && !state.ok && <FormAlert kind="error" message={state.message} />}
      {state?.ok && (
        <FormAlert
          kind="success"
          message={
            state.data.status === "COMPLETED"
              ? labels.completed
              : labels.awaiting.replace("{amount}", `¥${(state.data.differenceFen / 100).toLocaleString("zh-CN", { minimumFractionDigits: 2 })}`)
          }
        />
      )}
    </form>
  );
}
