"use client";

import { replaceFailedRefundAction } from "@/lib/refunds/actions";
import { useAnnouncedAction } from "@/components/ui/action-notices";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** Staff's two ways forward for a refund that failed: retry through Stripe (when it was paid through Stripe), or pay it out offline. */
export function FailedRefundActions({
  refundId,
  canRetry,
  labels,
}: {
  refundId: string;
  canRetry: boolean;
  labels: { retry: string; offline: string; working: string; done: string };
}) {
  const { state, dispatch: action, inline } = useAnnouncedAction(replaceFailedRefundAction, () => labels.done);
  if (state?.ok) return inline ? <FormAlert kind="success" message={labels.done} /> : null;
  return (
    <form action={action} className="flex flex-wrap items-center gap-2">
      {state && !state.ok && <FormAlert kind="error" message={state.message} />}
      <input type="hidden" name="refundId" value={refundId} />
      {canRetry && <SubmitButton label={labels.retry} pendingLabel={labels.working} name="how" value="stripe" />}
      <SubmitButton label={labels.offline} pendingLabel={labels.working} name="how" value="offline" variant="secondary" />
    </form>
  );
}
