import { fixAnomalyAction } from "@/lib/ledger/actions";
import { ActionButton } from "@/components/forms/action-button";
import type { TMessages } from "@/lib/i18n/types";
import type { TLedgerFix } from "@/lib/ledger/find-anomalies";

/**
 * A fix behind a confirm step: the summary names the fix, opening it explains the consequence
 * and shows the button that does it. The server re-checks the anomaly, so a second press is harmless.
 */
export function AnomalyFix({ fix, id, m }: { fix: TLedgerFix; id: string; m: TMessages }) {
  const text = m.ledger.reconciliation.fixes[fix];
  return (
    <details className="rounded-lg border border-slate-200 p-3" data-testid={`fix-${fix}`}>
      <summary className="cursor-pointer text-sm font-semibold text-brand-700">{text.label}</summary>
      <div className="mt-2 space-y-2">
        <p className="text-sm text-slate-700">{text.consequence}</p>
        <ActionButton
          action={fixAnomalyAction}
          hidden={{ fix, id }}
          label={text.confirm}
          pendingLabel={m.auth.working}
          successMessage={m.ledger.reconciliation.done}
          persistSuccess
          variant="secondary"
        />
      </div>
    </details>
  );
}
