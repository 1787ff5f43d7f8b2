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

/**
 * A cohort in the catalog: number, campus, dates, seats and prices. Its look is named once in
 * app/globals.css (.cohort-card): a page lists up to a dozen cards, and each class list would be
 * sent twice per card (the HTML and the RSC payload).
 */
export function CohortCard({ cohort, courseSlug, m, locale }: { cohort: TCohortCard; courseSlug: string; m: TMessages; locale: TLocale }) {
  const name = interpolate(m.catalog.cohortName, { number: cohort.number });
  const campus = localized(locale, cohort.campus, "name");
  const availability = cohortAvailability(cohort, m);
  const day = { dateStyle: "medium" } as const;
  return (
    <article aria-labelledby={`cohort-${cohort.number}`} className="cohort-card">
      <div className="cohort-card-head">
        <h3 id={`cohort-${cohort.number}`}>
          {name} · {campus}
        </h3>
        <span className={`cohort-badge ${availability.tone}`}>{availability.label}</span>
      </div>
      {cohort.firstSessionAt && cohort.lastSessionAt && (
        <p className="cohort-dates">
          {interpolate(m.catalog.sessionsSpan, {
            first: formatDateTime(cohort.firstSessionAt, locale, day),
            last: formatDateTime(cohort.lastSessionAt, locale, day),
          })}
        </p>
      )}
      {cohort.enrollmentOpen && (
        <p className="cohort-deadline">{interpolate(m.catalog.deadline, { date: formatDateTime(cohort.enrollmentDeadline, locale) })}</p>
      )}
      <dl className="cohort-prices">
        <div>
          <dt>{m.catalog.listPrice}</dt>
          <dd>{formatMoney(cohort.listPriceFen, locale)}</dd>
        </div>
        {cohort.groupPriceFen !== null && (
          <div className="group-price">
            <dt>{m.catalog.groupPrice}</dt>
            <dd>{formatMoney(cohort.groupPriceFen, locale)}</dd>
          </div>
        )}
      </dl>
      {cohort.waitlistLength > 0 && <p className="cohort-waitlist">{interpolate(m.catalog.waitlistLength, { count: cohort.waitlistLength })}</p>}
      <Link href={publicPageUrl(locale, `/courses/${courseSlug}/${cohort.number}`)} className="cohort-link">
        {m.catalog.details} <span aria-hidden>→</span>
        <span className="sr-only"> {name}</span>
      </Link>
    </article>
  );
}
