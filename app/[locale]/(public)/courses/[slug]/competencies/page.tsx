import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackToCourse } from "@/components/catalog/back-to-course";
import { CoverageTable } from "@/components/competencies/coverage-table";
import { readCourseCoverage } from "@/lib/competencies/read-course-coverage";
import { loadCourseContent } from "@/lib/content/load-course";
import { interpolate } from "@/lib/i18n/catalog";
import { messagesForParams } from "@/lib/i18n/locale-param";
import { localized } from "@/lib/i18n/localized";

type TParams = { params: Promise<{ locale: string; slug: string }> };

/** Cached per language (ISR): it reads only the course's files, at the latest again after this many seconds. */
export const revalidate = 30;
/** Nothing rendered at build time: each is rendered on its first request, then cached. */
export function generateStaticParams() {
  return [];
}

export async function generateMetadata({ params }: TParams): Promise<Metadata> {
  const [{ slug }, { locale, m }] = await Promise.all([params, messagesForParams(params)]);
  const content = await loadCourseContent(slug);
  if (!content) return {};
  return { title: interpolate(m.competencies.pageTitle, { course: localized(locale, content.meta, "title") }), description: m.competencies.coverageIntro };
}

/**
 * A course's map to the national standard 人工智能训练师 (4-04-05-05): per level, each skill
 * requirement and the lessons and practice sets that train it. Its own page (the course page
 * links to it with a summary): on the course page the table was half of its bytes.
 */
export default async function CourseCompetenciesPage({ params }: TParams) {
  const [{ slug }, { m, locale }] = await Promise.all([params, messagesForParams(params)]);
  const [content, coverage] = await Promise.all([loadCourseContent(slug), readCourseCoverage(slug)]);
  if (!content || !coverage) notFound();
  const title = localized(locale, content.meta, "title");
  return (
    <article className="space-y-6">
      <BackToCourse courseSlug={slug} title={title} m={m} locale={locale} />
      <h1 className="text-3xl font-bold">{interpolate(m.competencies.pageTitle, { course: title })}</h1>
      <CoverageTable levels={coverage} m={m} locale={locale} />
    </article>
  );
}
