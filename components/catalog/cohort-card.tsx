import Link from "next/link";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import type { TLocale, TMessages } from "@/lib/i18n/types";
import type { TCohortCard } from "@/lib/catalog/read-upcoming-cohorts";
import { localized } from "@/lib/i18n/localized";
import { publicPageUrl } from "@/lib/i18n/public-page-url";

export function cohortAvailability(cohort: TCohortCard, m: TMessages): { label: string; tone: "open" | "full" | "closed" } {
  if (cohort.status === "RUNNING") return { label: m.catalog.running, tone: "closed" };
  if (!cohort.enrollmentOpen) return { label: m.catalog.closed, tone: "closed" };
  if (cohort.seatsLeft === 0 || cohort.waitlistLength > 0) return { label: m.catalog.full, tone: "full" };
  return { label: interpolate(m.catalog.seatsLeftOf, { count: cohort.seatsLeft, capacity: cohort.capacity }), tone: "open" };
}

const toneClass = { open: "bg-green-100 text-green-800", full: "bg-amber-100 text-amber-900", closed: "bg-slate-100 text-slate-700" };

/** A cohort in the catalog: number, campus, dates, seats and prices. */
export function CohortCard({ cohort, courseSlug, m, locale }: { cohort: TCohortCard; courseSlug: string; m: TMessages; locale: TLocale }) {
  const name = interpolate(m.catalog.cohortName, { number: cohort.number });
  const campus = localized(locale, cohort.campus, "name");
  const availability = cohortAvailability(cohort, m);
  const day = { dateStyle: "medium" } as const;
  return (
    <article aria-labelledby={`cohort-${cohort.number}`} className="flex flex-col rounded-2xl border border-slate-200 p-5 shadow-sm">
      <div className="flex items-start justify-between gap-3">
        <h3 id={`cohort-${cohort.number}`} className="text-lg font-bold text-slate-900">
          {name} · {campus}
        </h3>
        <span className={`shrink-0 rounded-full px-2.5 py-1 text-xs font-semibold ${toneClass[availability.tone]}`}>{availability.label}</span>
      </div>
      {cohort.firstSessionAt && cohort.lastSessionAt && (
        <p className="mt-2 text-sm text-slate-700">
          {interpolate(m.catalog.sessionsSpan, {
            first: formatDateTime(cohort.firstSessionAt, locale, day),
            last: formatDateTime(cohort.lastSessionAt, locale, day),
          })}
        </p>
      )}
      {cohort.enrollmentOpen && (
        <p className="text-sm text-slate-600">{interpolate(m.catalog.deadline, { date: formatDateTime(cohort.enrollmentDeadline, locale) })}</p>
      )}
      <dl className="mt-3 flex flex-wrap gap-x-6 gap-y-1 text-sm">
        <div>
          <dt className="text-slate-500">{m.catalog.listPrice}</dt>
          <dd className="text-lg font-bold text-slate-900">{formatMoney(cohort.listPriceFen, locale)}</dd>
        </div>
        {cohort.groupPriceFen !== null && (
          <div>
            <dt className="text-slate-500">{m.catalog.groupPrice}</dt>
            <dd className="text-lg font-bold text-brand-700">{formatMoney(cohort.groupPriceFen, locale)}</dd>
          </div>
        )}
      </dl>
      {cohort.waitlistLength > 0 && <p className="mt-1 text-xs text-slate-500">{interpolate(m.catalog.waitlistLength, { count: cohort.waitlistLength })}</p>}
      <Link
        href={publicPageUrl(locale, `/courses/${courseSlug}/${cohort.number}`)}
        className="mt-4 font-semibold text-brand-700 underline-offset-4 hover:underline"
      >
        {m.catalog.details} <span aria-hidden>→</span>
        <span className="sr-only"> {name}</span>
      </Link>
    </article>
  );
}
