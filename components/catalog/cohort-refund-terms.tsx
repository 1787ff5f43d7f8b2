import type { TRefundTerms } from "@/lib/refunds/refund-policy";
import { interpolate } from "@/lib/i18n/catalog";
import { formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";

/** The cohort's refund terms in words, before anyone pays (the course FAQ points here). */
export function CohortRefundTerms({ terms, m, locale }: { terms: TRefundTerms; m: TMessages; locale: TLocale }) {
  const c = m.cohort;
  const fee = formatMoney(terms.adminFeeFen, locale);
  return (
    <section aria-labelledby="refund-terms" id="refund-policy" className="space-y-3 rounded-2xl border border-slate-200 p-5" data-testid="refund-terms">
      <h2 id="refund-terms" className="text-xl font-semibold">
        {c.refundTitle}
      </h2>
      <ul className="list-disc space-y-1 pl-5 text-slate-700">
        <li>{interpolate(c.refundFull, { days: terms.fullRefundDays })}</li>
        <li>{interpolate(c.refundMinusFee, { days: terms.fullRefundDays, fee })}</li>
        <li>{interpolate(c.refundProRata, { session: terms.lastRefundSession, fee })}</li>
        <li>{interpolate(c.refundNone, { session: terms.lastRefundSession })}</li>
      </ul>
      <p className="text-sm text-slate-600">{c.refundHow}</p>
    </section>
  );
}
