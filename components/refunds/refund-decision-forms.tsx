"use client";

import { interpolate } from "@/lib/i18n/interpolate";
import { approveRefundAction, rejectRefundAction } from "@/lib/refunds/actions";
import { useAnnouncedAction } from "@/components/ui/action-notices";
import { FormAlert } from "@/components/ui/form-alert";
import { SubmitButton } from "@/components/ui/submit-button";
import { TextAreaField } from "./text-area-field";

type TLabels = {
  amount: string;
  endEnrollment: string;
  note: string;
  approve: string;
  rejectReason: string;
  reject: string;
  working: string;
  confirmApprove: string;
  confirmReject: string;
  approvedDone: string;
  rejectedDone: string;
};

/** Staff's two decisions on a pending request: approve an amount (up to what the policy allows), or reject with a reason. */
export function RefundDecisionForms({
  requestId,
  learnerName,
  suggestedYuan,
  labels,
}: {
  requestId: string;
  learnerName: string;
  suggestedYuan: string;
  labels: TLabels;
}) {
  // Money leaves only after staff confirm the amount they typed; the result names it again. The
  // decided request leaves the pending list: the confirmation is said in the page's status region.
  const approvedDone = (_: unknown, form: FormData) => interpolate(labels.approvedDone, { name: learnerName, amount: String(form.get("amount") ?? "").trim() });
  const { state: approved, dispatch: approve, inline, message: approvedMessage } = useAnnouncedAction(approveRefundAction, approvedDone);
  const {
    state: rejected,
    dispatch: reject,
    message: rejectedMessage,
  } = useAnnouncedAction(rejectRefundAction, () => interpolate(labels.rejectedDone, { name: learnerName }));
  if (approved?.ok) return inline && approvedMessage ? <FormAlert kind="success" message={approvedMessage} /> : null;
  if (rejected?.ok) return inline && rejectedMessage ? <FormAlert kind="success" message={rejectedMessage} /> : null;
  const approveFailed = approved && !approved.ok ? approved : null;
  const rejectFailed = rejected && !rejected.ok ? rejected : null;
  return (
    <div className="grid gap-6 md:grid-cols-2">
      <form
        action={approve}
        className="space-y-3"
        noValidate
        onSubmit={(event) => {
          const amount = String(new FormData(event.currentTarget).get("amount") ?? "").trim();
          if (!window.confirm(interpolate(labels.confirmApprove, { name: learnerName, amount }))) event.preventDefault();
        }}
      >
        {approveFailed && <FormAlert kind="error" message={approveFailed.message} />}
        <input type="hidden" name="requestId" value={requestId} />
        <div className="space-y-1">
          <label htmlFor={`amount-${requestId}`} className="block text-sm font-medium text-slate-800">
            {labels.amount}
          </label>
          <input
            id={`amount-${requestId}`}
            name="amount"
            inputMode="decimal"
            defaultValue={approveFailed?.values.amount ?? suggestedYuan}
            aria-invalid={approveFailed?.fieldErrors.amount ? true : undefined}
            aria-describedby={approveFailed?.fieldErrors.amount ? `amount-${requestId}-error` : undefined}
            className="block w-full rounded-lg border border-slate-300 px-3 py-2 text-base shadow-sm aria-invalid:border-red-600"
          />
          {approveFailed?.fieldErrors.amount && (
            <p id={`amount-${requestId}-error`} className="text-sm text-red-700">
              {approveFailed.fieldErrors.amount}
            </p>
          )}
        </div>
        <label className="flex items-start gap-2 text-sm">
          <input type="checkbox" name="endEnrollment" className="mt-1 size-4" />
          <span>{labels.endEnrollment}</span>
        </label>
        <TextAreaField id={`note-${requestId}`} name="note" label={labels.note} required={false} defaultValue={approveFailed?.values.note} />
        <SubmitButton label={labels.approve} pendingLabel={labels.working} />
      </form>
      <form
        action={reject}
        className="space-y-3"
        noValidate
        onSubmit={(event) => {
          if (!window.confirm(interpolate(labels.confirmReject, { name: learnerName }))) event.preventDefault();
        }}
      >
        {rejectFailed && <FormAlert kind="error" message={rejectFailed.message} />}
        <input type="hidden" name="requestId" value={requestId} />
        <TextAreaField
          id={`reject-${requestId}`}
          name="note"
          label={labels.rejectReason}
          error={rejectFailed?.fieldErrors.note}
          defaultValue={rejectFailed?.values.note}
        />
        <SubmitButton label={labels.reject} pendingLabel={labels.working} variant="secondary" />
      </form>
    </div>
  );
}
