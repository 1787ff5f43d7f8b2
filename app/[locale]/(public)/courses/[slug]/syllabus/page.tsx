import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { BackToCourse } from "@/components/catalog/back-to-course";
import { CourseSyllabus } from "@/components/catalog/course-syllabus";
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
  return { title: interpolate(m.catalog.syllabusTitle, { course: localized(locale, content.meta, "title") }) };
}

/** A course's every lesson, by module, with the session each is taught in. The course page shows the modules and links here. */
export default async function CourseSyllabusPage({ params }: TParams) {
  const [{ slug }, { m, locale }] = await Promise.all([params, messagesForParams(params)]);
  const content = await loadCourseContent(slug);
  if (!content) notFound();
  const title = localized(locale, content.meta, "title");
  return (
    <article className="space-y-6">
      <BackToCourse courseSlug={slug} title={title} m={m} locale={locale} />
      <h1 className="text-3xl font-bold">{interpolate(m.catalog.syllabusTitle, { course: title })}</h1>
      <CourseSyllabus content={content} m={m} locale={locale} />
    </article>
  );
}
