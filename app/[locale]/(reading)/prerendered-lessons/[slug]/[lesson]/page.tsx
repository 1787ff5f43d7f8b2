import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { LessonReader } from "@/components/lessons/lesson-reader";
import { LessonView } from "@/components/lessons/lesson-view";
import { createMdxComponents } from "@/components/mdx";
import { loadCourseContent, type TCourseContent } from "@/lib/content/load-course";
import { renderLesson } from "@/lib/content/render-lesson";
import { messagesForParams } from "@/lib/i18n/locale-param";

type TParams = { params: Promise<{ locale: string; slug: string; lesson: string }> };

/** Rendered on first request, then served from Next.js's cache; a lesson file edited on the server shows within this many seconds. */
export const revalidate = 300;
/** Nothing at build time: each lesson and language is rendered when first read. */
export function generateStaticParams() {
  return [];
}

/** A course's lessons in reading order (modules in course order, lessons by their order), drafts left out. */
function lessonsInOrder(course: TCourseContent) {
  return course.meta.modules.flatMap((module) =>
    course.lessons.filter((lesson) => lesson.module === module.slug && !lesson.draft).sort((a, b) => a.order - b.order),
  );
}

async function load({ params }: TParams) {
  const [{ slug, lesson }, { locale, m }] = await Promise.all([params, messagesForParams(params)]);
  const course = await loadCourseContent(slug);
  const ordered = course ? lessonsInOrder(course) : [];
  const index = ordered.findIndex((item) => item.slug === lesson);
  return { slug, lesson, locale, m, summary: ordered[index] ?? null, next: index >= 0 ? (ordered[index + 1] ?? null) : null };
}

export async function generateMetadata(props: TParams): Promise<Metadata> {
  const { summary, locale } = await load(props);
  if (!summary) return {};
  return { title: locale === "en" && summary.titleEn ? summary.titleEn : summary.title, description: summary.summary };
}

/**
 * A lesson as every reader sees it, prerendered: proxy.ts rewrites a lesson's URL here only for a
 * reader whose grant names it (lib/lessons/lesson-grant.ts: signed, bound to the session, checked
 * against the database within the last five minutes); asked by its own URL it answers 404
 * (lib/http/page-route.ts). Drafts have no page here. The reader's completion, reading position and
 * menu come from their state call, which also renews the grant.
 */
export default async function PrerenderedLessonPage(props: TParams) {
  const { slug, lesson, locale, m, summary, next } = await load(props);
  if (!summary) notFound();
  const rendered = await renderLesson({ courseSlug: slug, lessonSlug: lesson, locale, componentsFor: createMdxComponents });
  if (!rendered || rendered.frontmatter.draft) notFound();
  const labels = { completed: m.lessons.completed, markComplete: m.lessons.markComplete, markedComplete: m.lessons.markedComplete, working: m.auth.working };
  return (
    <LessonView
      courseSlug={slug}
      rendered={rendered}
      backHref={`/learn/courses/${slug}`}
      next={next}
      reader={<LessonReader courseSlug={slug} lessonSlug={lesson} labels={labels} />}
      m={m}
      locale={locale}
    />
  );
}
