"use client";

import { useEffect, useRef } from "react";
import { useAnnouncedAction } from "@/components/ui/action-notices";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import type { TActionState } from "@/lib/actions/types";

/** One button that runs a server action with hidden values, then shows its error or success. */
export function ActionButton<T>({
  action,
  hidden,
  label,
  pendingLabel,
  successMessage,
  confirmMessage,
  persistSuccess = false,
  autoSubmit = false,
  variant = "primary",
}: {
  action: (previous: TActionState<T>, formData: FormData) => Promise<TActionState<T>>;
  hidden: Record<string, string>;
  label: string;
  pendingLabel: string;
  successMessage?: string;
  /** Asked before running (window.confirm), e.g. for money: "退款 ¥1,000.00 给 李明？" */
  confirmMessage?: string;
  /** Say the success in the page's status region (ActionNotices), for actions that move the card holding this button away. */
  persistSuccess?: boolean;
  /** Submit once as soon as the page loads (a visitor who signed in to do exactly this). */
  autoSubmit?: boolean;
  variant?: "primary" | "secondary";
}) {
  const { state, dispatch: formAction, inline } = useAnnouncedAction(action, persistSuccess && successMessage ? () => successMessage : undefined);
  const form = useRef<HTMLFormElement>(null);
  const submitted = useRef(false);
  useEffect(() => {
    if (autoSubmit && !submitted.current) {
      submitted.current = true;
      form.current?.requestSubmit();
      // Once only: drop the query that asked for it, so a later visit or refresh does not repeat it.
      window.history.replaceState(null, "", window.location.pathname);
    }
  }, [autoSubmit]);
  return (
    <form
      ref={form}
      action={formAction}
      className="space-y-3"
      onSubmit={(event) => {
        if (confirmMessage && !window.confirm(confirmMessage)) event.preventDefault();
      }}
    >
      {Object.entries(hidden).map(([name, value]) => (
        <input key={name} type="hidden" name={name} value={value} />
      ))}
      {state && !state.ok && <FormAlert kind="error" message={state.message} />}
      {state?.ok && successMessage && (!persistSuccess || inline) && <FormAlert kind="success" message={successMessage} />}
      <SubmitButton label={label} pendingLabel={pendingLabel} variant={variant} />
    </form>
  );
}
