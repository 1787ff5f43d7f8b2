"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "./button-styles";

/**
 * A submit button that shows a busy label and blocks double submits while its form is pending.
 * `name` / `value` submit which of several buttons was pressed.
 */
export function SubmitButton({
  label,
  pendingLabel,
  variant = "primary",
  name,
  value,
}: {
  label: string;
  pendingLabel: string;
  variant?: "primary" | "secondary";
  name?: string;
  value?: string;
}) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" name={name} value={value} className={buttonClass(variant, "w-full sm:w-auto")} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}
