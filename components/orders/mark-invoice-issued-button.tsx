import { ActionButton } from "@/components/forms/action-button";
import { markInvoiceIssuedAction } from "@/lib/invoices/actions";

/** Staff's "mark issued" for one 发票 request. */
export function MarkInvoiceIssuedButton({ requestId, label, pendingLabel }: { requestId: string; label: string; pendingLabel: string }) {
  return <ActionButton action={markInvoiceIssuedAction} hidden={{ requestId }} label={label} pendingLabel={pendingLabel} />;
}
