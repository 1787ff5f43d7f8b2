"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TActionState } from "@/lib/actions/types";

/** A learner's "move to class" control: a select of the cohort's other classes and one button. */
export function MoveClassForm<T>({
  action,
  enrollmentId,
  learnerName,
  options,
  labels,
}: {
  action: (previous: TActionState<T>, formData: FormData) => Promise<TActionState<T>>;
  enrollmentId: string;
  learnerName: string;
  options: readonly { value: string; label: string }[];
  labels: { moveTo: string; move: string; working: string; moved: string };
}) {
  const [state, formAction] = useActionState(action, null);
  const id = `move-${enrollmentId}`;
  return (
    <form action={formAction} className="flex flex-wrap items-center gap-2">
      <input type="hidden" name="enrollmentId" value={enrollmentId} />
      <label htmlFor={id} className="sr-only">{`${learnerName} · ${labels.moveTo}`}</label>
      <select id={id} name="classId" className="rounded-lg border border-slate-300 bg-white px-2 py-2 text-sm" defaultValue={options[0]?.value}>
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      <SubmitButton label={labels.move} pendingLabel={labels.working} variant="secondary" />
      {state && !state.ok && <FormAlert kind="error" message={state.message} />}
      {state?.ok && <FormAlert kind="success" message={labels.moved} />}
    </form>
  );
}
