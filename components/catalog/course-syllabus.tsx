import Link from "next/link";
import type { TCourseContent } from "@/lib/content/load-course";
import { interpolate } from "@/lib/i18n/catalog";
import { localized } from "@/lib/i18n/localized";
import { publicPageUrl } from "@/lib/i18n/public-page-url";
import type { TLocale, TMessages } from "@/lib/i18n/types";

/** Each module of the course with its published lessons, in order. */
function modulesWithLessons(content: TCourseContent) {
  const published = content.lessons.filter((lesson) => !lesson.draft);
  return content.meta.modules.map((module) => ({
    module,
    lessons: published.filter((lesson) => lesson.module === module.slug).sort((a, b) => a.order - b.order),
  }));
}

/**
 * The course page's short syllabus: each module and how many lessons it has, and a link to the
 * syllabus page with every lesson (on the course page, the lessons were a sixth of its bytes).
 */
export function SyllabusSummary({ content, m, locale }: { content: TCourseContent; m: TMessages; locale: TLocale }) {
  return (
    <section aria-labelledby="syllabus">
      <h2 id="syllabus" className="mb-4 text-xl font-semibold">
        {m.catalog.syllabus}
      </h2>
      <ol className="syllabus-summary">
        {modulesWithLessons(content).map(({ module, lessons }) => (
          <li key={module.slug}>
            <span>{localized(locale, module, "title")}</span> <span>{interpolate(m.catalog.lessonsCount, { count: lessons.length })}</span>
          </li>
        ))}
      </ol>
      <Link
        href={publicPageUrl(locale, `/courses/${content.slug}/syllabus`)}
        className="mt-3 inline-block font-medium text-brand-700 underline-offset-2 hover:underline"
      >
        {m.catalog.syllabusLink} →
      </Link>
    </section>
  );
}

/** Every module with its lessons and the session each is taught in (the syllabus page). */
export function CourseSyllabus({ content, m, locale }: { content: TCourseContent; m: TMessages; locale: TLocale }) {
  return (
    <ol className="space-y-4">
      {modulesWithLessons(content).map(({ module, lessons }, index) => (
        <li key={module.slug} className="rounded-2xl border border-slate-200 p-5">
          <h2 className="font-semibold">
            {index + 1}. {localized(locale, module, "title")}
          </h2>
          <p className="text-sm text-slate-500">{interpolate(m.catalog.lessonsCount, { count: lessons.length })}</p>
          <ul className="mt-2 space-y-1 text-sm text-slate-700">
            {lessons.map((lesson) => (
              <li key={lesson.slug} className="flex justify-between gap-4">
                <span>{localized(locale, lesson, "title")}</span>
                <span className="shrink-0 text-slate-500">{interpolate(m.catalog.sessionShort, { index: lesson.session })}</span>
              </li>
            ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}
