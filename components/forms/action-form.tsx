"use client";

import { useActionState, type ReactNode } from "react";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { SelectField } from "@/components/ui/select-field";
import { TextField } from "@/components/ui/text-field";
import type { TActionState } from "@/lib/actions/types";

export type TFormField = {
  name: string;
  label: string;
  type?: "text" | "email" | "password" | "number" | "date" | "datetime-local";
  /** Fields are required unless marked optional. */
  optional?: boolean;
  autoComplete?: string;
  hint?: string;
  defaultValue?: string;
  /** Renders a select instead of a text input. */
  options?: readonly { value: string; label: string }[];
};

type TActionFormProps<T> = {
  action: (previous: TActionState<T>, formData: FormData) => Promise<TActionState<T>>;
  fields: readonly TFormField[];
  hidden?: Record<string, string>;
  submitLabel: string;
  pendingLabel: string;
  /** Shown (role=status) after a successful submit that did not navigate away. */
  successMessage?: string;
  /** Shown before the first submit (role=status), e.g. "password changed, sign in". */
  notice?: string;
  children?: ReactNode;
};

/**
 * A server-action form with field errors under each input, one alert for the whole form,
 * kept values after a failed submit and a busy submit button. Works without JavaScript too.
 */
export function ActionForm<T>({ action, fields, hidden, submitLabel, pendingLabel, successMessage, notice, children }: TActionFormProps<T>) {
  const [state, formAction] = useActionState(action, null);
  const failed = state && !state.ok ? state : null;
  return (
    <form action={formAction} className="space-y-4" noValidate>
      {failed && <FormAlert kind="error" message={failed.message} />}
      {state?.ok && successMessage && <FormAlert kind="success" message={successMessage} />}
      {!state && notice && <FormAlert kind="success" message={notice} />}
      {Object.entries(hidden ?? {}).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {fields.map((field) =>
        field.options ? (
          <SelectField
            // A select applies defaultValue only when it mounts, and React resets the form after an
            // action: keyed by the value, the select remounts with what was chosen, which the reset keeps.
            key={`${field.name}:${failed?.values[field.name] ?? field.defaultValue ?? ""}`}
            name={field.name}
            label={field.label}
            options={field.options}
            defaultValue={failed?.values[field.name] ?? field.defaultValue}
            error={failed?.fieldErrors[field.name]}
          />
        ) : (
          <TextField
            key={field.name}
            name={field.name}
            label={field.label}
            type={field.type ?? "text"}
            autoComplete={field.autoComplete}
            hint={field.hint}
            required={!field.optional}
            defaultValue={failed?.values[field.name] ?? field.defaultValue}
            error={failed?.fieldErrors[field.name]}
          />
        ),
      )}
      {children}
      <SubmitButton label={submitLabel} pendingLabel={pendingLabel} />
    </form>
  );
}
