import type { Metadata } from "next";
import Link from "next/link";
import { CohortCard } from "@/components/catalog/cohort-card";
import { PageHeading } from "@/components/ui/page-heading";
import { readUpcomingCohorts } from "@/lib/catalog/read-upcoming-cohorts";
import { loadCourseContent } from "@/lib/content/load-course";
import { messagesForParams } from "@/lib/i18n/locale-param";
import { publicPageUrl } from "@/lib/i18n/public-page-url";
import { localized } from "@/lib/i18n/localized";

const courseSlugs = ["ai-trainer"] as const;

type TParams = { params: Promise<{ locale: string }> };

/** Cached per language (ISR); seat counts and prices are revalidated on change (lib/page-cache/revalidate-public-pages.ts), at the latest after this many seconds. */
export const revalidate = 30;
/** Nothing rendered at build time (the pages read the database): each is rendered on its first request, then cached. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const { m } = await messagesForParams(params);
  return { title: m.catalog.title, description: m.catalog.intro };
}

export default async function CatalogPage({ params }: TParams) {
  const { m, locale } = await messagesForParams(params);
  const courses = await Promise.all(
    courseSlugs.map(async (slug) => ({ slug, content: await loadCourseContent(slug), cohorts: await readUpcomingCohorts(slug) })),
  );
  return (
    <>
      <PageHeading title={m.catalog.title}>
        <p>{m.catalog.intro}</p>
      </PageHeading>
      {courses.map(({ slug, content, cohorts }) =>
        content ? (
          <section key={slug} aria-labelledby={`course-${slug}`} className="mb-12">
            <div className="mb-6 rounded-2xl bg-brand-50 p-6">
              <h2 id={`course-${slug}`} className="text-2xl font-bold">
                {localized(locale, content.meta, "title")}
              </h2>
              <p className="mt-2 max-w-3xl text-slate-700">{localized(locale, content.meta, "summary")}</p>
              <Link href={publicPageUrl(locale, `/courses/${slug}`)} className="mt-4 inline-block font-semibold text-brand-700 underline">
                {m.catalog.viewCourse}
              </Link>
            </div>
            <h3 className="mb-4 text-xl font-semibold">{m.catalog.upcoming}</h3>
            {cohorts.length === 0 ? (
              <p className="text-slate-600">{m.catalog.noCohorts}</p>
            ) : (
              <div className="grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
                {cohorts.map((cohort) => (
                  <CohortCard key={cohort.id} cohort={cohort} courseSlug={slug} m={m} locale={locale} />
                ))}
              </div>
            )}
          </section>
        ) : null,
      )}
    </>
  );
}
