import Link from "next/link";
import { startGroupAction } from "@/lib/group-buy/actions";
import { ActionButton } from "@/components/forms/action-button";
import { buttonClass } from "@/components/ui/button-styles";
import type { TCohortGroupBuy } from "@/lib/group-buy/read-cohort-group-buy";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";

/** The cohort page's group-buy offer: how it works, start a group, or join one of the open groups. */
export function CohortGroupPanel({
  offer,
  cohortId,
  canStart,
  signInPath,
  m,
  locale,
}: {
  offer: TCohortGroupBuy;
  cohortId: string;
  canStart: boolean | "signIn";
  signInPath: string;
  m: TMessages;
  locale: TLocale;
}) {
  const price = formatMoney(offer.priceFen, locale);
  return (
    <section aria-labelledby="group-buy" className="space-y-4 rounded-3xl border border-brand-100 bg-brand-50 p-6">
      <h2 id="group-buy" className="text-xl font-semibold">
        {m.groupBuy.title} · {price}
      </h2>
      <p className="text-sm text-slate-700">{interpolate(m.groupBuy.windowNote, { size: offer.size, deadline: formatDateTime(offer.endsAt, locale) })}</p>
      <p className="text-sm text-slate-700">{interpolate(m.groupBuy.howItWorks, { size: offer.size })}</p>
      <p className="text-xs text-slate-600">{m.groupBuy.cardHoldNote}</p>
      {canStart === "signIn" && (
        <Link href={`/sign-in?next=${encodeURIComponent(signInPath)}`} className={buttonClass("primary")}>
          {interpolate(m.cohort.signInToGroup, { price })}
        </Link>
      )}
      {canStart === true && (
        <ActionButton action={startGroupAction} hidden={{ cohortId }} label={interpolate(m.groupBuy.start, { price })} pendingLabel={m.auth.working} />
      )}
      {offer.openGroups.length > 0 && (
        <div>
          <h3 className="mb-2 font-semibold">{m.groupBuy.openGroups}</h3>
          <ul className="divide-y divide-brand-100 rounded-2xl bg-white">
            {offer.openGroups.map((group) => (
              <li key={group.code} className="flex flex-wrap items-center justify-between gap-3 p-3">
                <span>
                  {interpolate(m.groupBuy.groupOf, { leader: group.leaderName })} · {interpolate(m.groupBuy.placesLeft, { count: group.placesLeft })}
                </span>
                <Link href={`/groups/${group.code}`} className={buttonClass("secondary")}>
                  {m.groupBuy.joinThis}
                </Link>
              </li>
            ))}
          </ul>
        </div>
      )}
    </section>
  );
}
