"use client";

import { useFormStatus } from "react-dom";
import { buttonClass } from "./button-styles";

/** A submit button that shows a busy label and blocks double submits while its form is pending. */
export function SubmitButton({ label, pendingLabel, variant = "primary" }: { label: string; pendingLabel: string; variant?: "primary" | "secondary" }) {
  const { pending } = useFormStatus();
  return (
    <button type="submit" className={buttonClass(variant, "w-full sm:w-auto")} disabled={pending} aria-disabled={pending}>
      {pending ? pendingLabel : label}
    </button>
  );
}
