import Link from "next/link";
import { CohortCard } from "@/components/catalog/cohort-card";
import { buttonClass } from "@/components/ui/button-styles";
import { readUpcomingCohorts } from "@/lib/catalog/read-upcoming-cohorts";
import { messagesForParams } from "@/lib/i18n/locale-param";
import { publicPageUrl } from "@/lib/i18n/public-page-url";

/** Cached per language (ISR); seat counts and prices are revalidated on change (lib/page-cache/revalidate-public-pages.ts), at the latest after this many seconds. */
export const revalidate = 30;
/** Nothing rendered at build time (the pages read the database): each is rendered on its first request, then cached. */
export function generateStaticParams() {
  return [];
}

export default async function HomePage({ params }: { params: Promise<{ locale: string }> }) {
  const { m, locale } = await messagesForParams(params);
  const cohorts = (await readUpcomingCohorts("ai-trainer")).filter((cohort) => cohort.enrollmentOpen).slice(0, 3);
  return (
    <>
      <section className="rounded-3xl bg-gradient-to-br from-brand-50 to-white px-6 py-12 sm:px-12 sm:py-16">
        <p className="text-sm font-semibold text-brand-700">{m.home.eyebrow}</p>
        <h1 className="mt-3 max-w-3xl text-3xl font-bold tracking-tight text-slate-900 sm:text-5xl">{m.home.title}</h1>
        <p className="mt-4 max-w-2xl text-lg text-slate-700">{m.home.lead}</p>
        <div className="mt-8 flex flex-wrap gap-3">
          <Link href={publicPageUrl(locale, "/courses")} className={buttonClass("primary")}>
            {m.home.ctaPrimary}
          </Link>
          <Link href="/sign-up" className={buttonClass("secondary")}>
            {m.home.ctaSecondary}
          </Link>
        </div>
      </section>
      <ul className="mt-12 grid gap-6 sm:grid-cols-3">
        {m.home.points.map((point) => (
          <li key={point.title} className="rounded-2xl border border-slate-200 p-6">
            <h2 className="text-lg font-semibold text-slate-900">{point.title}</h2>
            <p className="mt-2 text-slate-600">{point.body}</p>
          </li>
        ))}
      </ul>
      {cohorts.length > 0 && (
        <section aria-labelledby="home-cohorts" className="mt-12">
          <h2 id="home-cohorts" className="mb-4 text-2xl font-bold">
            {m.catalog.upcoming}
          </h2>
          <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
            {cohorts.map((cohort) => (
              <CohortCard key={cohort.id} cohort={cohort} courseSlug="ai-trainer" m={m} locale={locale} />
            ))}
          </div>
        </section>
      )}
    </>
  );
}
