"use client";

import { useActionState } from "react";
import { retryFailedMailAction } from "@/lib/mail/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";

/** "Send again" for one failed mail. */
export function RetryMailForm({ outboxId, labels }: { outboxId: string; labels: { retry: string; retried: string } }) {
  const [state, action] = useActionState(retryFailedMailAction, null);
  return (
    <form action={action} className="mt-2 flex flex-wrap items-center gap-2">
      <input type="hidden" name="outboxId" value={outboxId} />
      <SubmitButton label={labels.retry} pendingLabel={labels.retry} variant="secondary" />
      {state && !state.ok && <FormAlert kind="error" message={state.message} />}
      {state?.ok && <FormAlert kind="success" message={labels.retried} />}
    </form>
  );
}
