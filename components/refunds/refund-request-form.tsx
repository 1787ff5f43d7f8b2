"use client";

import { useActionState } from "react";
import { requestRefundAction } from "@/lib/refunds/actions";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "./text-area-field";

/** The learner's refund request: a reason, sent for staff to decide. */
export function RefundRequestForm({ orderId, labels }: { orderId: string; labels: { reason: string; submit: string; working: string; sent: string } }) {
  const [state, action] = useActionState(requestRefundAction, null);
  if (state?.ok) return <FormAlert kind="success" message={labels.sent} />;
  const failed = state && !state.ok ? state : null;
  return (
    <form action={action} className="space-y-3" noValidate>
      {failed && <FormAlert kind="error" message={failed.message} />}
      <input type="hidden" name="orderId" value={orderId} />
      <TextAreaField
        id={`refund-reason-${orderId}`}
        name="reason"
        label={labels.reason}
        error={failed?.fieldErrors.reason}
        defaultValue={failed?.values.reason}
      />
      <SubmitButton label={labels.submit} pendingLabel={labels.working} />
    </form>
  );
}
