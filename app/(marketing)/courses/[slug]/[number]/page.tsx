import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { cohortAvailability } from "@/components/catalog/cohort-card";
import { CohortEnrollPanel } from "@/components/catalog/cohort-enroll-panel";
import { CohortGroupPanel } from "@/components/group-buy/cohort-group-panel";
import { SessionTable } from "@/components/catalog/session-table";
import { isEmailVerified } from "@/lib/accounts/email-verification";
import { getCurrentUser } from "@/lib/auth/session";
import { readCohortPage } from "@/lib/catalog/read-cohort-page";
import { loadCourseContent } from "@/lib/content/load-course";
import { env } from "@/lib/env";
import { readCohortGroupBuy } from "@/lib/group-buy/read-cohort-group-buy";
import { interpolate } from "@/lib/i18n/catalog";
import { formatDateTime, formatMoney } from "@/lib/i18n/format";
import { getMessages } from "@/lib/i18n/server";
import { localized } from "@/lib/i18n/localized";

type TParams = { params: Promise<{ slug: string; number: string }> };

async function load({ params }: TParams) {
  const [{ slug, number }, user, messages] = await Promise.all([params, getCurrentUser(), getMessages()]);
  const content = await loadCourseContent(slug);
  const cohort = content && /^\d{1,6}$/.test(number) ? await readCohortPage(slug, Number(number), user?.id ?? null) : null;
  return { slug, content, cohort, user, ...messages };
}

export async function generateMetadata(props: TParams): Promise<Metadata> {
  const { content, cohort, m, locale } = await load(props);
  if (!content || !cohort) return {};
  const courseTitle = localized(locale, content.meta, "title");
  const campus = localized(locale, cohort.campus, "name");
  return {
    title: `${interpolate(m.catalog.cohortName, { number: cohort.number })} · ${campus} · ${courseTitle}`,
    description: `${courseTitle} · ${campus} · ${formatMoney(cohort.listPriceFen, locale)} · ${cohortAvailability(cohort, m).label}`,
  };
}

export default async function CohortPage(props: TParams) {
  const { slug, content, cohort, user, m, locale } = await load(props);
  if (!content || !cohort) notFound();
  const unverifiedEmail = user && !(await isEmailVerified(user.id)) ? user.email : null;
  const name = interpolate(m.catalog.cohortName, { number: cohort.number });
  const availability = cohortAvailability(cohort, m);
  const offer = cohort.enrollmentOpen ? await readCohortGroupBuy(cohort.id) : null;
  const canStart = cohort.viewer.kind === "anonymous" ? ("signIn" as const) : cohort.viewer.kind === "none" && cohort.seatsLeft > 0 && !unverifiedEmail;
  return (
    <article className="space-y-8">
      <nav aria-label="breadcrumb" className="text-sm text-slate-600">
        <Link className="underline" href={`/courses/${slug}`}>{localized(locale, content.meta, "title")}</Link> / {name}
      </nav>
      <header className="grid gap-6 rounded-3xl border border-slate-200 p-6 md:grid-cols-[1fr_20rem]">
        <div>
          <h1 className="text-3xl font-bold">{name} · {localized(locale, cohort.campus, "name")}</h1>
          <p className="mt-2 text-slate-700">{localized(locale, content.meta, "title")}</p>
          {(localized(locale, cohort, "campusAddress")) && <p className="mt-1 text-sm text-slate-600">{m.cohort.campus}: {localized(locale, cohort, "campusAddress")}</p>}
          <p className="mt-1 text-sm text-slate-600">{interpolate(m.catalog.deadline, { date: formatDateTime(cohort.enrollmentDeadline, locale) })}</p>
          <p className="mt-3 inline-block rounded-full bg-slate-100 px-3 py-1 text-sm font-semibold" data-testid="seats-left">{availability.label}</p>
        </div>
        <div className="space-y-4 rounded-2xl bg-slate-50 p-5">
          <p><span className="text-sm text-slate-500">{m.catalog.listPrice}</span><br /><span className="text-2xl font-bold">{formatMoney(cohort.listPriceFen, locale)}</span></p>
          {cohort.groupPriceFen !== null && <p className="text-sm text-brand-700">{m.catalog.groupPrice} {formatMoney(cohort.groupPriceFen, locale)}</p>}
          <p className="text-xs text-slate-500">{m.cohort.priceNote}</p>
          <CohortEnrollPanel cohort={cohort} path={`/courses/${slug}/${cohort.number}`} m={m} locale={locale} holdMinutes={env().SEAT_HOLD_MINUTES} unverifiedEmail={unverifiedEmail} />
        </div>
      </header>
      {offer && <CohortGroupPanel offer={offer} cohortId={cohort.id} canStart={canStart} signInPath={`/courses/${slug}/${cohort.number}`} m={m} locale={locale} />}
      <section aria-labelledby="schedule">
        <h2 id="schedule" className="mb-3 text-xl font-semibold">{m.cohort.schedule}</h2>
        <SessionTable sessions={cohort.sessions} m={m} locale={locale} timeZone="Asia/Shanghai" />
      </section>
    </article>
  );
}
