import { interpolate } from "@/lib/i18n/catalog";
import { formatDate, formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { RefundMethod, RefundStatus } from "@/lib/generated/prisma/enums";

export type TRefundLine = {
  id: string;
  method: RefundMethod;
  status: RefundStatus;
  amountFen: number;
  failureReason: string | null;
  paidOutAt: Date | null;
  payoutMethod: string | null;
  payoutReference: string | null;
};

/**
 * Where each part of a refund stands and how the money comes back: through Stripe (in progress,
 * back, failed with the reason) or paid out by staff (awaiting payout, paid out on a date by a
 * method with a reference). Shown to the learner and to staff alike.
 */
export function RefundLines({ refunds, m, locale }: { refunds: readonly TRefundLine[]; m: TMessages; locale: TLocale }) {
  if (refunds.length === 0) return null;
  const r = m.refunds;
  return (
    <ul className="mt-1 space-y-1 text-sm" data-testid="refund-lines">
      {refunds.map((refund) => {
        const amount = formatMoney(refund.amountFen, locale);
        const offline = refund.method === "OFFLINE";
        const help =
          offline && refund.status === "PENDING"
            ? r.offlinePendingHelp
            : offline && refund.status === "SUCCEEDED" && refund.paidOutAt
              ? interpolate(r.paidOutLine, {
                  date: formatDate(refund.paidOutAt, locale),
                  method: (r.payoutMethods as Record<string, string>)[refund.payoutMethod ?? ""] ?? refund.payoutMethod ?? "",
                  reference: refund.payoutReference ?? "",
                })
              : !offline && refund.status === "PENDING"
                ? r.stripePendingHelp
                : !offline && refund.status === "FAILED"
                  ? interpolate(r.stripeFailedHelp, {
                      reason: refund.failureReason ? ((r.failureReasons as Record<string, string>)[refund.failureReason] ?? refund.failureReason) : "—",
                    })
                  : null;
        return (
          <li key={refund.id} className="rounded-lg bg-slate-50 px-3 py-2">
            <span>{interpolate(offline ? r.offlineLine : r.stripeLine, { amount })}</span>
            {" · "}
            <strong data-testid="refund-line-status">{(offline ? r.offlineStatuses : r.refundStatuses)[refund.status]}</strong>
            {help && <span className="block text-slate-600">{help}</span>}
          </li>
        );
      })}
    </ul>
  );
}
