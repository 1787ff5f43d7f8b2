import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { CohortCard } from "@/components/catalog/cohort-card";
import { CourseAudience, CourseFaq, CourseInstructors, CourseOutcomes } from "@/components/catalog/course-sections";
import { SyllabusSummary } from "@/components/catalog/course-syllabus";
import { CoverageSummary } from "@/components/competencies/coverage-summary";
import { readUpcomingCohorts } from "@/lib/catalog/read-upcoming-cohorts";
import { readCourseCoverage } from "@/lib/competencies/read-course-coverage";
import { loadCourseContent } from "@/lib/content/load-course";
import { messagesForParams } from "@/lib/i18n/locale-param";
import { localized } from "@/lib/i18n/localized";

type TParams = { params: Promise<{ locale: string; slug: string }> };

/** Cached per language (ISR); seat counts and prices are revalidated on change (lib/page-cache/revalidate-public-pages.ts), at the latest after this many seconds. */
export const revalidate = 30;
/** Nothing rendered at build time (the pages read the database): each is rendered on its first request, then cached. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const [{ slug }, { locale }] = await Promise.all([params, messagesForParams(params)]);
  const content = await loadCourseContent(slug);
  if (!content) return {};
  return {
    title: localized(locale, content.meta, "title"),
    description: localized(locale, content.meta, "summary"),
  };
}

export default async function CoursePage({ params }: TParams) {
  const [{ slug }, { m, locale }] = await Promise.all([params, messagesForParams(params)]);
  const content = await loadCourseContent(slug);
  if (!content) notFound();
  const { meta } = content;
  const [cohorts, coverage] = await Promise.all([readUpcomingCohorts(slug), readCourseCoverage(slug)]);
  const campuses = [...new Map(cohorts.map((c) => [c.campus.slug, c.campus])).values()];
  return (
    <article className="space-y-12">
      <header className="rounded-3xl bg-gradient-to-br from-brand-50 to-white p-8">
        <h1 className="text-3xl font-bold sm:text-4xl">{localized(locale, meta, "title")}</h1>
        <p className="mt-4 max-w-3xl text-lg text-slate-700">{localized(locale, meta, "summary")}</p>
      </header>

      <div className="grid gap-8 md:grid-cols-2">
        <CourseAudience meta={meta} m={m} locale={locale} />
        <CourseOutcomes meta={meta} m={m} locale={locale} />
      </div>

      <section aria-labelledby="upcoming">
        <h2 id="upcoming" className="mb-4 text-xl font-semibold">
          {m.catalog.upcoming}
        </h2>
        {cohorts.length === 0 && <p className="text-slate-600">{m.catalog.noCohorts}</p>}
        {campuses.map((campus) => (
          <div key={campus.slug} className="mb-6">
            <h3 className="mb-3 text-lg font-semibold text-slate-800">{localized(locale, campus, "name")}</h3>
            <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
              {cohorts
                .filter((c) => c.campus.slug === campus.slug)
                .map((cohort) => (
                  <CohortCard key={cohort.id} cohort={cohort} courseSlug={slug} m={m} locale={locale} />
                ))}
            </div>
          </div>
        ))}
      </section>

      <SyllabusSummary content={content} m={m} locale={locale} />

      {coverage && <CoverageSummary levels={coverage} courseSlug={slug} m={m} locale={locale} />}

      <CourseInstructors meta={meta} m={m} locale={locale} />

      <CourseFaq meta={meta} m={m} locale={locale} />
    </article>
  );
}
