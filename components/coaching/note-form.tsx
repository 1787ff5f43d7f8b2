"use client";

import { useActionState } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TActionState } from "@/lib/actions/types";

/** The coach's add-note form: a labelled textarea, cleared after a successful save. */
export function NoteForm<T>({
  action,
  assignmentId,
  label,
  submitLabel,
  pendingLabel,
  successMessage,
}: {
  action: (previous: TActionState<T>, formData: FormData) => Promise<TActionState<T>>;
  assignmentId: string;
  label: string;
  submitLabel: string;
  pendingLabel: string;
  successMessage: string;
}) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="space-y-3" noValidate>
      <input type="hidden" name="assignmentId" value={assignmentId} />
      {failed && <FormAlert kind="error" message={failed.message} />}
      {state?.ok && <FormAlert kind="success" message={successMessage} />}
      <div className="space-y-1">
        <label htmlFor="field-note-body" className="block text-sm font-medium text-slate-800">
          {label}
        </label>
        <textarea
          id="field-note-body"
          name="body"
          rows={4}
          maxLength={2000}
          required
          aria-invalid={failed?.fieldErrors.body ? true : undefined}
          aria-describedby={failed?.fieldErrors.body ? "field-note-body-error" : undefined}
          className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-base shadow-sm"
        />
        {failed?.fieldErrors.body && (
          <p id="field-note-body-error" className="text-sm text-red-700">
            {failed.fieldErrors.body}
          </p>
        )}
      </div>
      <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
    </form>
  );
}
