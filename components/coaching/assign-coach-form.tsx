"use client";

import { useAnnouncedAction } from "@/components/ui/action-notices";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TActionState } from "@/lib/actions/types";

/** One learner's row form: a coach select (the suggestion preselected) and a submit button. */
export function AssignCoachForm<T>({
  action,
  learnerId,
  selectLabel,
  coaches,
  defaultCoachId,
  label,
  pendingLabel,
  successMessage,
}: {
  action: (previous: TActionState<T>, formData: FormData) => Promise<TActionState<T>>;
  learnerId: string;
  /** Accessible name of the select, e.g. "张悦 的教练". */
  selectLabel: string;
  coaches: readonly { value: string; label: string }[];
  defaultCoachId?: string;
  label: string;
  pendingLabel: string;
  successMessage: string;
}) {
  const { state, dispatch: formAction, inline } = useAnnouncedAction(action, () => successMessage);
  const id = `coach-for-${learnerId}`;
  return (
    <form action={formAction} className="space-y-2">
      <input type="hidden" name="learnerId" value={learnerId} />
      {state && !state.ok && <FormAlert kind="error" message={state.message} />}
      {state?.ok && inline && <FormAlert kind="success" message={successMessage} />}
      <div className="flex flex-wrap items-center gap-2">
        <label htmlFor={id} className="sr-only">
          {selectLabel}
        </label>
        <select id={id} name="coachId" defaultValue={defaultCoachId} className="min-h-11 rounded-lg border border-slate-300 bg-white px-3 py-2 text-sm">
          {coaches.map((coach) => (
            <option key={coach.value} value={coach.value}>
              {coach.label}
            </option>
          ))}
        </select>
        <SubmitButton label={label} pendingLabel={pendingLabel} variant="secondary" />
      </div>
    </form>
  );
}
