import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { CohortGroupAction, CohortStandardAction } from "@/components/catalog/cohort-actions";
import { cohortAvailability } from "@/components/catalog/cohort-card";
import { CohortRefundTerms } from "@/components/catalog/cohort-refund-terms";
import { CourseAudience, CourseFaq, CourseInstructors, CourseOutcomes } from "@/components/catalog/course-sections";
import { SessionTable } from "@/components/catalog/session-table";
import type { TSessionUser } from "@/lib/auth/session";
import { readCohortPage } from "@/lib/catalog/read-cohort-page";
import { loadCourseContent } from "@/lib/content/load-course";
import { env } from "@/lib/env";
import { readCohortGroupBuy } from "@/lib/group-buy/read-cohort-group-buy";
import { interpolate, messagesFor } from "@/lib/i18n/catalog";
import { formatDate, formatDateTime, formatMoney } from "@/lib/i18n/format";
import { localized } from "@/lib/i18n/localized";
import { publicPageUrl } from "@/lib/i18n/public-page-url";
import type { TLocale } from "@/lib/i18n/types";

/**
 * What the cohort page shows: the public (cached) page passes no user; the member variant the
 * signed-in user and whether they came back to join the waitlist (?join=waitlist after signing in).
 */
export type TCohortPageInput = { slug: string; number: string; locale: TLocale; user: TSessionUser | null; joinWaitlist: boolean };

async function load({ slug, number, locale }: TCohortPageInput) {
  const content = await loadCourseContent(slug);
  const cohort = content && /^\d{1,6}$/.test(number) ? await readCohortPage(slug, Number(number)) : null;
  return { slug, content, cohort, locale, m: messagesFor(locale) };
}

/** Title and description of a cohort page (empty for an unknown cohort). */
export async function cohortPageMetadata(props: TCohortPageInput): Promise<Metadata> {
  const { content, cohort, m, locale } = await load(props);
  if (!content || !cohort) return {};
  const courseTitle = localized(locale, content.meta, "title");
  const campus = localized(locale, cohort.campus, "name");
  return {
    title: `${interpolate(m.catalog.cohortName, { number: cohort.number })} · ${campus} · ${courseTitle}`,
    description: `${courseTitle} · ${campus} · ${formatMoney(cohort.listPriceFen, locale)} · ${cohortAvailability(cohort, m).label}`,
  };
}

/**
 * The page people buy from: what the course is and what they will be able to do, when and where,
 * who teaches, the price (and the group price only when there is a group-buy), the refund terms and
 * the FAQ, with one action per price. Only CohortStandardAction and CohortGroupAction depend on
 * who is looking.
 */
export async function CohortPageView(props: TCohortPageInput) {
  const { slug, content, cohort, m, locale } = await load(props);
  if (!content || !cohort) notFound();
  const zh = locale === "zh";
  const { meta } = content;
  const name = interpolate(m.catalog.cohortName, { number: cohort.number });
  const path = `/courses/${slug}/${cohort.number}`;
  const availability = cohortAvailability(cohort, m);
  const offer = cohort.enrollmentOpen ? await readCohortGroupBuy(cohort.id) : null;
  const first = cohort.sessions[0];
  const last = cohort.sessions.at(-1);
  return (
    <article className="space-y-10">
      <nav aria-label="breadcrumb" className="text-sm text-slate-600">
        <Link className="underline" href={publicPageUrl(locale, `/courses/${slug}`)}>
          {zh ? meta.title : meta.titleEn}
        </Link>{" "}
        / {name}
      </nav>
      <header className="grid gap-6 rounded-3xl border border-slate-200 p-6 md:grid-cols-[1fr_22rem]">
        <div className="min-w-0 space-y-3">
          <h1 className="text-3xl font-bold">
            {name} · {zh ? cohort.campus.nameZh : cohort.campus.nameEn}
          </h1>
          <p className="text-lg font-medium text-slate-800">{zh ? meta.title : meta.titleEn}</p>
          <p className="text-slate-700" data-testid="cohort-description">
            {zh ? meta.summary : meta.summaryEn}
          </p>
          <ul className="space-y-1 text-sm text-slate-700">
            {first && last && (
              <li data-testid="cohort-dates">
                {interpolate(m.cohort.dates, {
                  first: formatDate(first.startsAt, locale),
                  last: formatDate(last.endsAt, locale),
                  count: cohort.sessions.length,
                })}
              </li>
            )}
            {(zh ? cohort.campusAddressZh : cohort.campusAddressEn) && (
              <li>
                {m.cohort.campus}: {zh ? cohort.campusAddressZh : cohort.campusAddressEn}
              </li>
            )}
            <li>{interpolate(m.catalog.deadline, { date: formatDateTime(cohort.enrollmentDeadline, locale) })}</li>
          </ul>
          <p className="inline-block rounded-full bg-slate-100 px-3 py-1 text-sm font-semibold" data-testid="seats-left">
            {availability.label}
          </p>
        </div>
        <aside aria-labelledby="standard-title" className="space-y-4 rounded-2xl bg-slate-50 p-5" data-testid="buy-box">
          <h2 id="standard-title" className="text-sm font-medium text-slate-500">
            {m.cohort.standardTitle}
          </h2>
          <p className="text-2xl font-bold" data-testid="list-price">
            {formatMoney(cohort.listPriceFen, locale)}
          </p>
          <p className="text-xs text-slate-500">{m.cohort.priceNote}</p>
          <CohortStandardAction
            cohort={cohort}
            path={path}
            user={props.user}
            joinWaitlist={props.joinWaitlist}
            m={m}
            locale={locale}
            holdMinutes={env().SEAT_HOLD_MINUTES}
          />
          {offer && (
            <p className="border-t border-slate-200 pt-3 text-sm">
              <a href="#group-buy" className="font-medium text-brand-700 underline" data-testid="group-price">
                {m.catalog.groupPrice} {formatMoney(offer.priceFen, locale)} ↓
              </a>
            </p>
          )}
        </aside>
      </header>

      {offer && <CohortGroupAction user={props.user} cohort={cohort} offer={offer} path={path} m={m} locale={locale} />}

      <div className="grid gap-8 md:grid-cols-2">
        <CourseOutcomes meta={meta} m={m} locale={locale} />
        <CourseAudience meta={meta} m={m} locale={locale} />
      </div>

      <section aria-labelledby="schedule">
        <h2 id="schedule" className="mb-3 text-xl font-semibold">
          {m.cohort.schedule}
        </h2>
        <SessionTable sessions={cohort.sessions} m={m} locale={locale} timeZone="Asia/Shanghai" />
      </section>

      <CourseInstructors meta={meta} m={m} locale={locale} />

      <CohortRefundTerms terms={cohort.refundTerms} m={m} locale={locale} />

      <CourseFaq meta={meta} m={m} locale={locale} />
    </article>
  );
}
