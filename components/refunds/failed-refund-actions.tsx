"use client";

import { useActionState } from "react";
import { replaceFailedRefundAction } from "@/lib/refunds/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** Staff's two ways forward for a refund that failed: retry through Stripe (when it was paid through Stripe), or pay it out offline. */
export function FailedRefundActions({ refundId, canRetry, labels }: { refundId: string; canRetry: boolean; labels: { retry: string; offline: string; working: string; done: string } }) {
  const [state, action] = useActionState(replaceFailedRefundAction, null);
  if (state?.ok) return <FormAlert kind="success" message={labels.done} />;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      {state && !state.ok && <FormAlert kind="error" message={state.message} />}
      <input type="hidden" name="refundId" value={refundId} />
      {canRetry && <SubmitButton label={labels.retry} pendingLabel={labels.working} name="how" value="stripe" />}
      <SubmitButton label={labels.offline} pendingLabel={labels.working} name="how" value="offline" variant="secondary" />
    </form>
  );
}
